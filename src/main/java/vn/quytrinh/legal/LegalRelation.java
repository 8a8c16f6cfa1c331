package vn.quytrinh.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * How a newer (acting) document acts on an older one, from a date, possibly on listed articles
 * only. Never changed once recorded; recording the same again finds this one.
 */
@Entity
@Table(name = "legal_relation")
@NamedQuery(
    name = "LegalRelation.find",
    query =
        "SELECT r FROM LegalRelation r WHERE r.acting = :acting AND r.target = :target AND r.kind = :kind"
            + " AND r.articles = :articles AND r.effectiveFrom = :from")
@NamedQuery(
    name = "LegalRelation.actingOn",
    query =
        "SELECT r FROM LegalRelation r WHERE r.target.id = :target ORDER BY r.effectiveFrom, r.id")
@NamedQuery(
    name = "LegalRelation.actingOnAny",
    query = "SELECT r FROM LegalRelation r WHERE r.target.id IN :targets")
@NamedQuery(
    name = "LegalRelation.recordedBy",
    query =
        "SELECT r FROM LegalRelation r WHERE r.acting.id = :acting ORDER BY r.effectiveFrom, r.id")
public class LegalRelation {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @BatchFetch(BatchFetchType.IN)
  @JoinColumn(name = "acting_id")
  private LegalDocument acting;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @BatchFetch(BatchFetchType.IN)
  @JoinColumn(name = "target_id")
  private LegalDocument target;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RelationKind kind;

  /** Normalised article numbers joined by commas; empty for the whole document. */
  @Column(nullable = false)
  private String articles;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LegalRelation() {}

  public LegalRelation(
      LegalDocument acting,
      LegalDocument target,
      RelationKind kind,
      List<String> articles,
      LocalDate effectiveFrom,
      String createdBy,
      Instant createdAt) {
    this.acting = acting;
    this.target = target;
    this.kind = kind;
    this.articles = join(articles);
    this.effectiveFrom = effectiveFrom;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public static String join(List<String> articles) {
    return String.join(",", articles);
  }

  public Long id() {
    return id;
  }

  public LegalDocument acting() {
    return acting;
  }

  public LegalDocument target() {
    return target;
  }

  public RelationKind kind() {
    return kind;
  }

  public List<String> articles() {
    return articles.isEmpty() ? List.of() : Arrays.asList(articles.split(","));
  }

  public boolean wholeDocument() {
    return articles.isEmpty();
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Validity.Act asAct() {
    return new Validity.Act(kind, articles(), effectiveFrom);
  }
}
