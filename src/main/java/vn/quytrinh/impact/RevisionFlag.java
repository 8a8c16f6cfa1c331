package vn.quytrinh.impact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.quytrinh.platform.persistence.VersionedEntity;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.text.Text;

/**
 * A revision flag (cờ rà soát): a document that a change of the law or of a TTHC reached, to be
 * revised by its due date. Its life: OPEN, then RESOLVED when a newer issue is approved, or
 * DISMISSED by an approver with a justification; both stay on record.
 *
 * <p>Flags are raised in bulk, many at once, by the one {@code INSERT … SELECT} of {@link
 * ImpactEngine#raise}, which writes the columns this entity reads; what happens to a flag after
 * that goes through this class. What it shows is read with the document it belongs to as a {@link
 * FlagView}.
 */
@Entity
@Table(name = "revision_flag")
public class RevisionFlag extends VersionedEntity {

  /** QĐ 19/2014/QĐ-TTg Art. 4: legal changes enter the QMS within 3 months of taking effect. */
  public static final int MONTHS_TO_REVISE = 3;

  static final int MAX_JUSTIFICATION = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "issue_no", nullable = false)
  private int issueNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Column(name = "raised_on", nullable = false)
  private LocalDate raisedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FlagStatus status;

  @Column(name = "resolved_on")
  private LocalDate resolvedOn;

  @Column(name = "resolved_by_issue")
  private Integer resolvedByIssue;

  @Column(name = "dismissed_by")
  private String dismissedBy;

  @Column(name = "dismissed_at")
  private Instant dismissedAt;

  private String justification;

  protected RevisionFlag() {}

  /**
   * An open flag as {@link ImpactEngine#raise} leaves it, for the tests of its life; flags are
   * never raised one at a time.
   */
  RevisionFlag(long documentId, int issueNo, Severity severity, LocalDate raisedOn, LocalDate due) {
    this.documentId = documentId;
    this.issueNo = issueNo;
    this.severity = severity;
    this.raisedOn = raisedOn;
    this.dueOn = due;
    this.status = FlagStatus.OPEN;
  }

  /** When the revision a change asks for is due: three months after the change takes effect. */
  public static LocalDate dueOn(LocalDate changeEffectiveFrom) {
    return changeEffectiveFrom.plusMonths(MONTHS_TO_REVISE);
  }

  /**
   * An approved issue settles the flag when it is newer than the issue flagged, or is that issue
   * itself — a revision that was in progress when the change came is where the change is made. An
   * issue is approved once, so this never settles a flag on the version in force by approving it
   * again. Answers whether this approval resolved the flag; a flag no longer open stays as it is.
   */
  public boolean resolveBy(int approvedIssue, LocalDate on) {
    if (status != FlagStatus.OPEN || approvedIssue < issueNo) {
      return false;
    }
    this.status = FlagStatus.RESOLVED;
    this.resolvedOn = on;
    this.resolvedByIssue = approvedIssue;
    return true;
  }

  /**
   * An approver judges that the change needs no revision and says why: the justification is
   * required (400) and kept; only an open flag can be dismissed (409).
   */
  public void dismiss(String by, String justification, Instant at) {
    String j = Text.cleanOrNull(justification);
    if (j == null) {
      throw new InvalidInput("justification", "validation.flag.justification");
    }
    if (j.length() > MAX_JUSTIFICATION) {
      throw new InvalidInput("justification", "validation.tooLong", MAX_JUSTIFICATION);
    }
    if (status != FlagStatus.OPEN) {
      throw new Conflict("problem.flag.notOpen", status.name());
    }
    this.status = FlagStatus.DISMISSED;
    this.dismissedBy = by;
    this.dismissedAt = at;
    this.justification = j;
  }

  public Long id() {
    return id;
  }

  public long documentId() {
    return documentId;
  }

  public int issueNo() {
    return issueNo;
  }

  public Severity severity() {
    return severity;
  }

  public LocalDate raisedOn() {
    return raisedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public FlagStatus status() {
    return status;
  }

  public LocalDate resolvedOn() {
    return resolvedOn;
  }

  public Integer resolvedByIssue() {
    return resolvedByIssue;
  }

  public String dismissedBy() {
    return dismissedBy;
  }

  public Instant dismissedAt() {
    return dismissedAt;
  }

  public String justification() {
    return justification;
  }
}
