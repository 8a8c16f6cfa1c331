package vn.quytrinh.tthc;

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

/** A TTHC amended, replaced or abolished by a Quyết định công bố, from a date. */
@Entity
@Table(name = "tthc_change")
@NamedQuery(
    name = "TthcChange.find",
    query =
        "SELECT c FROM TthcChange c WHERE c.tthcCode = :code AND c.kind = :kind"
            + " AND c.decisionNumber = :decision AND c.effectiveFrom = :from")
@NamedQuery(
    name = "TthcChange.of",
    query = "SELECT c FROM TthcChange c WHERE c.tthcCode = :code ORDER BY c.effectiveFrom, c.id")
public class TthcChange {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @Column(name = "tthc_code", nullable = false)
  private String tthcCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TthcChangeKind kind;

  @Column(name = "decision_number", nullable = false)
  private String decisionNumber;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "replaced_by_code")
  private String replacedByCode;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TthcChange() {}

  public TthcChange(
      String tthcCode,
      TthcChangeKind kind,
      String decisionNumber,
      LocalDate effectiveFrom,
      String replacedByCode,
      String createdBy,
      Instant createdAt) {
    this.tthcCode = tthcCode;
    this.kind = kind;
    this.decisionNumber = decisionNumber;
    this.effectiveFrom = effectiveFrom;
    this.replacedByCode = replacedByCode;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String tthcCode() {
    return tthcCode;
  }

  public TthcChangeKind kind() {
    return kind;
  }

  public String decisionNumber() {
    return decisionNumber;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String replacedByCode() {
    return replacedByCode;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
