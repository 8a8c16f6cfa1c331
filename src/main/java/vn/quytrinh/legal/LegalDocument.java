package vn.quytrinh.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import vn.quytrinh.platform.persistence.VersionedEntity;
import vn.quytrinh.platform.text.Text;

/** A legal or administrative document: number, type, issuer, summary and its dates. */
@Entity
@Table(name = "legal_document")
@NamedQuery(
    name = "LegalDocument.findByNumberKey",
    query = "SELECT d FROM LegalDocument d WHERE d.numberKey = :key ORDER BY d.signedOn, d.id")
@NamedQuery(
    name = "LegalDocument.findByIdentity",
    query = "SELECT d FROM LegalDocument d WHERE d.identityKey = :key")
public class LegalDocument extends VersionedEntity {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @Column(nullable = false)
  private String number;

  @Column(name = "number_key", nullable = false)
  private String numberKey;

  @Column(name = "identity_key", nullable = false)
  private String identityKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_type", nullable = false)
  private LegalDocumentType type;

  private String issuer;

  private String title;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "effective_until")
  private LocalDate effectiveUntil;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LegalDocument() {}

  public LegalDocument(LegalDocumentNumber number, Details d, String createdBy, Instant createdAt) {
    this.number = number.value();
    this.numberKey = number.key();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    describe(d);
    this.identityKey = identityKey(number, d.issuer(), d.signedOn());
  }

  /** What describes a document besides its number. */
  public record Details(
      LegalDocumentType type,
      String issuer,
      String title,
      LocalDate signedOn,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil) {}

  public void describe(Details d) {
    this.type = d.type();
    this.issuer = d.issuer();
    this.title = d.title();
    this.signedOn = d.signedOn();
    this.effectiveFrom = d.effectiveFrom();
    this.effectiveUntil = d.effectiveUntil();
  }

  /**
   * Numbers restart every 1 January: a number with its year names one document; one without
   * (3218/QĐ-UBND) is told apart by issuer and signing year.
   */
  public static String identityKey(LegalDocumentNumber n, String issuer, LocalDate signedOn) {
    if (n.hasYear()) {
      return n.key();
    }
    return n.key()
        + "|"
        + Text.fold(issuer == null ? "" : issuer)
            .replaceAll("\\s+", " ")
            .strip()
            .toUpperCase(Locale.ROOT)
        + "|"
        + (signedOn == null ? "" : Integer.toString(signedOn.getYear()));
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String numberKey() {
    return numberKey;
  }

  public LegalDocumentType type() {
    return type;
  }

  public String issuer() {
    return issuer;
  }

  public String title() {
    return title;
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate effectiveUntil() {
    return effectiveUntil;
  }

  public Details details() {
    return new Details(type, issuer, title, signedOn, effectiveFrom, effectiveUntil);
  }
}
