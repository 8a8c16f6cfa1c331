package vn.quytrinh.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.quytrinh.platform.persistence.VersionedEntity;
import vn.quytrinh.platform.problem.InvalidInput;

/**
 * A controlled document of a unit (tài liệu kiểm soát): code, title, kind, the TTHC it implements,
 * its review period, and its versions. The aggregate that keeps at most one version in progress and
 * exactly one in force.
 */
@Entity
@Table(name = "controlled_document")
@NamedQuery(
    name = "ControlledDocument.findByCodeKey",
    query = "SELECT d FROM ControlledDocument d WHERE d.unitCode = :unit AND d.codeKey = :key")
public class ControlledDocument extends VersionedEntity {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(name = "code_key", nullable = false)
  private String codeKey;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "review_period_months", nullable = false)
  private int reviewPeriodMonths;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentStatus status = DocumentStatus.ACTIVE;

  @Column(name = "effective_issue_no")
  private Integer effectiveIssueNo;

  @Column(name = "withdrawn_reason")
  private String withdrawnReason;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // read when asked, and then for every document the same query loaded (one IN query, not one per
  // document): a page of documents costs the same number of statements whatever its size
  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "document_tthc", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "tthc_code")
  private Set<String> tthcCodes = new TreeSet<>();

  @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("issueNo ASC")
  private List<DocumentVersion> versions = new ArrayList<>();

  protected ControlledDocument() {}

  public ControlledDocument(
      DocumentCode code,
      String title,
      DocumentKind kind,
      String unitCode,
      Set<String> tthcCodes,
      int reviewPeriodMonths,
      Actor by,
      Instant now) {
    this.code = code.value();
    this.codeKey = code.key();
    this.title = title;
    this.kind = kind;
    this.unitCode = unitCode;
    this.tthcCodes = new TreeSet<>(tthcCodes);
    this.reviewPeriodMonths = reviewPeriodMonths;
    this.createdBy = by.username();
    this.createdAt = now;
  }

  /** Changes what describes the document; its versions are untouched. */
  public void describe(String title, Set<String> tthcCodes, int reviewPeriodMonths) {
    requireActive();
    this.title = title;
    this.tthcCodes = new TreeSet<>(tthcCodes);
    this.reviewPeriodMonths = reviewPeriodMonths;
  }

  /**
   * Starts the next issue: issue 1 empty, a later one copied from the version in force. Refused
   * while another version is still on its way.
   */
  public DocumentVersion startVersion(Actor by, Instant now) {
    requireActive();
    Optional<DocumentVersion> pending = inProgress();
    if (pending.isPresent()) {
      throw new IllegalTransition(
          "problem.version.anotherInProgress",
          pending.get().issueNo(),
          pending.get().status().name());
    }
    int next = versions.stream().mapToInt(DocumentVersion::issueNo).max().orElse(0) + 1;
    ProcedureContent base =
        effectiveVersion().map(DocumentVersion::content).orElse(ProcedureContent.empty());
    DocumentVersion v = new DocumentVersion(this, next, base, by, now);
    versions.add(v);
    return v;
  }

  /**
   * The date an approval takes effect: the one asked for, today when none is asked; never a day
   * already past (400 on {@code effectiveFrom}). Asked before the approver's password is checked,
   * so a wrong date is refused without a signature attempt on record.
   */
  public static LocalDate effectiveDate(LocalDate requested, LocalDate today) {
    LocalDate from = requested == null ? today : requested;
    if (from.isBefore(today)) {
      throw new InvalidInput("effectiveFrom", "validation.effectiveFrom.past", today);
    }
    return from;
  }

  /**
   * The approver signs {@code v}: it takes effect at once when its date has come (the version in
   * force until now superseded today), or stays approved until the scheduler activates it on its
   * date. Answers whether it took effect now.
   */
  public boolean approve(
      DocumentVersion v,
      Actor by,
      String signedHash,
      LocalDate effectiveFrom,
      LocalDate today,
      Instant now) {
    requireActive();
    LocalDate from = effectiveDate(effectiveFrom, today);
    v.approve(by, signedHash, from, now);
    if (from.isAfter(today)) {
      return false;
    }
    activate(v, today, by, now);
    return true;
  }

  /** The version takes effect; the one in force until now is superseded on the same day. */
  public void activate(DocumentVersion v, LocalDate on, Actor by, Instant now) {
    requireActive();
    if (!v.status().canMoveTo(VersionStatus.EFFECTIVE)) {
      throw new IllegalTransition("problem.version.notApproved", v.status().name());
    }
    effectiveVersion().filter(old -> old != v).ifPresent(old -> old.supersede(on, by, now));
    v.takeEffect(by, now);
    this.effectiveIssueNo = v.issueNo();
  }

  /**
   * After a conditional update in the database made {@code v} effective: supersede the old one,
   * record the event, and bump this row so concurrent activations of one document collide.
   */
  void activatedInDatabase(DocumentVersion v, LocalDate on, Instant now) {
    versions.stream()
        .filter(old -> old != v && old.status() == VersionStatus.EFFECTIVE)
        .forEach(old -> old.supersede(on, Actor.SYSTEM, now));
    v.recordScheduledEffect(now);
    this.effectiveIssueNo = v.issueNo();
  }

  /** Thu hồi: the document and its version in force become obsolete; any draft is abandoned. */
  public void withdraw(String reason, Actor by, LocalDate today, Instant now) {
    requireActive();
    for (DocumentVersion v : versions) {
      if (v.status() == VersionStatus.EFFECTIVE || v.status().inProgress()) {
        v.makeObsolete(today, reason, by, now);
      }
    }
    this.status = DocumentStatus.OBSOLETE;
    this.withdrawnReason = reason;
    this.withdrawnBy = by.username();
    this.withdrawnAt = now;
    this.effectiveIssueNo = null;
  }

  private void requireActive() {
    if (status == DocumentStatus.OBSOLETE) {
      throw new IllegalTransition("problem.document.withdrawn");
    }
  }

  public Optional<DocumentVersion> effectiveVersion() {
    return versions.stream().filter(v -> v.status() == VersionStatus.EFFECTIVE).findFirst();
  }

  /**
   * The version in force on a date: effective from then or earlier and not ended by then — the one
   * in force now, or one superseded or withdrawn since. None before the first issue took effect.
   */
  public Optional<DocumentVersion> inForceOn(LocalDate on) {
    return inForceOn(on, false);
  }

  /**
   * The version that is or will be in force on a date as its unit knows it: like {@link
   * #inForceOn}, and also an approved version scheduled to take effect by then (a manual printed
   * for a later date shows the issue due by that date).
   */
  public Optional<DocumentVersion> dueInForceOn(LocalDate on) {
    return inForceOn(on, true);
  }

  private Optional<DocumentVersion> inForceOn(LocalDate on, boolean approvedToo) {
    return versions.stream()
        .filter(
            v ->
                (v.status() == VersionStatus.EFFECTIVE
                        || (approvedToo && v.status() == VersionStatus.APPROVED)
                        || v.status() == VersionStatus.SUPERSEDED
                        || v.status() == VersionStatus.OBSOLETE)
                    && v.effectiveFrom() != null
                    && !v.effectiveFrom().isAfter(on)
                    && (v.endedOn() == null || v.endedOn().isAfter(on)))
        .max(Comparator.comparingInt(DocumentVersion::issueNo));
  }

  /**
   * When the version in force is due for its periodic review: its effective date plus the review
   * period. None when nothing is in force.
   */
  public Optional<LocalDate> reviewDueOn() {
    return effectiveVersion()
        .map(DocumentVersion::effectiveFrom)
        .map(from -> from.plusMonths(reviewPeriodMonths));
  }

  /** The periodic review of the version in force is overdue on {@code today} (due before it). */
  public boolean reviewOverdueOn(LocalDate today) {
    return reviewDueOn().filter(due -> due.isBefore(today)).isPresent();
  }

  public Optional<DocumentVersion> inProgress() {
    return versions.stream().filter(v -> v.status().inProgress()).findFirst();
  }

  public Optional<DocumentVersion> version(int issueNo) {
    return versions.stream().filter(v -> v.issueNo() == issueNo).findFirst();
  }

  public Optional<DocumentVersion> latest() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public DocumentKind kind() {
    return kind;
  }

  public String unitCode() {
    return unitCode;
  }

  public Set<String> tthcCodes() {
    return Collections.unmodifiableSet(tthcCodes);
  }

  public int reviewPeriodMonths() {
    return reviewPeriodMonths;
  }

  public DocumentStatus status() {
    return status;
  }

  public Integer effectiveIssueNo() {
    return effectiveIssueNo;
  }

  public String withdrawnReason() {
    return withdrawnReason;
  }

  public String withdrawnBy() {
    return withdrawnBy;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<DocumentVersion> versions() {
    return Collections.unmodifiableList(versions);
  }
}
