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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.legal.Citations;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.persistence.VersionedEntity;
import vn.quytrinh.platform.problem.InvalidInput;

/**
 * One issue (lần ban hành) of a controlled document, with its content and its way through the
 * lifecycle: DRAFT → IN_REVIEW → REVIEWED → APPROVED → EFFECTIVE → SUPERSEDED, OBSOLETE when
 * withdrawn. Only a draft can change; every move is recorded as an event.
 */
@Entity
@Table(name = "document_version")
@NamedQuery(
    name = "DocumentVersion.findDue",
    query =
        "SELECT v.id FROM DocumentVersion v WHERE v.status = vn.quytrinh.document.VersionStatus.APPROVED"
            + " AND v.effectiveFrom <= :today ORDER BY v.effectiveFrom, v.id")
@NamedQuery(
    name = "DocumentVersion.activateIfDue",
    query =
        "UPDATE DocumentVersion v SET v.status = vn.quytrinh.document.VersionStatus.EFFECTIVE,"
            + " v.rowVersion = v.rowVersion + 1 WHERE v.id = :id"
            + " AND v.status = vn.quytrinh.document.VersionStatus.APPROVED AND v.effectiveFrom <= :today")
public class DocumentVersion extends VersionedEntity {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @BatchFetch(BatchFetchType.IN)
  @JoinColumn(name = "document_id")
  private ControlledDocument document;

  @Column(name = "issue_no", nullable = false)
  private int issueNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VersionStatus status;

  @Column(name = "content_json", nullable = false)
  private String contentJson;

  @Column(name = "change_summary")
  private String changeSummary;

  @Column(name = "change_reason")
  private String changeReason;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "last_comment")
  private String lastComment;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  // every collection of a version is read for all the versions one query loaded at once (IN)
  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "version_drafter", joinColumns = @JoinColumn(name = "version_id"))
  @Column(name = "username")
  private Set<String> drafters = new LinkedHashSet<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("occurredAt ASC, id ASC")
  private List<VersionEvent> events = new ArrayList<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("signedAt ASC, id ASC")
  private List<Signature> signatures = new ArrayList<>();

  /** The legal basis as rows, derived from the content on every save: the citation graph. */
  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "version_citation", joinColumns = @JoinColumn(name = "version_id"))
  @OrderBy("seq")
  private List<CitationRow> citations = new ArrayList<>();

  @Transient private ProcedureContent content;

  protected DocumentVersion() {}

  DocumentVersion(
      ControlledDocument document, int issueNo, ProcedureContent content, Actor by, Instant now) {
    this.document = document;
    this.issueNo = issueNo;
    this.status = VersionStatus.DRAFT;
    setContent(content);
    this.createdBy = by.username();
    this.createdAt = now;
    this.updatedAt = now;
    this.drafters.add(by.username());
    record(VersionAction.CREATED, by, now, null, VersionStatus.DRAFT, null);
  }

  // ---- drafting

  /** Saves the draft; whoever saves it becomes one of its drafters. */
  public void edit(
      ProcedureContent newContent, String summary, String reason, Actor by, Instant now) {
    requireStatus(VersionStatus.DRAFT, "text.versionAction.edit");
    setContent(newContent);
    this.changeSummary = summary;
    this.changeReason = reason;
    this.updatedAt = now;
    this.drafters.add(by.username());
    VersionEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (last != null
        && last.action() == VersionAction.SAVED
        && last.actor().username().equals(by.username())) {
      last.touch(now, by);
    } else {
      record(VersionAction.SAVED, by, now, VersionStatus.DRAFT, VersionStatus.DRAFT, null);
    }
  }

  /** Sends the draft to review once it is complete. */
  public void submitForReview(Actor by, Instant now) {
    requireStatus(VersionStatus.DRAFT, "text.versionAction.submit");
    List<Message> missing = ContentRules.missingForSubmission(content(), document.kind());
    if (!missing.isEmpty()) {
      throw new IllegalTransition(missing, "problem.version.incomplete");
    }
    move(VersionStatus.IN_REVIEW, VersionAction.SUBMITTED, by, now, null);
  }

  // ---- review

  /** Checks state and duties before the reviewer's password is even looked at. */
  public void checkReviewableBy(Actor by) {
    requireStatus(VersionStatus.IN_REVIEW, "text.versionAction.review");
    SeparationOfDuties.checkReviewer(by.username(), drafters());
  }

  public void acceptReview(Actor by, String signedHash, Instant now) {
    checkReviewableBy(by);
    signatures.add(new Signature(this, SignatureCapacity.REVIEW, by, now, signedHash));
    move(VersionStatus.REVIEWED, VersionAction.ACCEPTED, by, now, null);
  }

  public void returnFromReview(Actor by, String comment, Instant now) {
    checkReviewableBy(by);
    requireComment(comment);
    this.lastComment = comment;
    move(VersionStatus.DRAFT, VersionAction.RETURNED_AT_REVIEW, by, now, comment);
  }

  // ---- approval

  public void checkApprovableBy(Actor by) {
    requireStatus(VersionStatus.REVIEWED, "text.versionAction.approve");
    SeparationOfDuties.checkApprover(by.username(), drafters(), reviewers());
  }

  /** Signs the approval; the version takes effect now or on its scheduled date. */
  public void approve(Actor by, String signedHash, LocalDate effectiveFrom, Instant now) {
    checkApprovableBy(by);
    signatures.add(new Signature(this, SignatureCapacity.APPROVAL, by, now, signedHash));
    this.effectiveFrom = effectiveFrom;
    move(VersionStatus.APPROVED, VersionAction.APPROVED, by, now, null);
  }

  public void returnFromApproval(Actor by, String comment, Instant now) {
    checkApprovableBy(by);
    requireComment(comment);
    this.lastComment = comment;
    signatures.forEach(Signature::withdraw);
    move(VersionStatus.DRAFT, VersionAction.RETURNED_AT_APPROVAL, by, now, comment);
  }

  // ---- in force and after

  void takeEffect(Actor by, Instant now) {
    move(VersionStatus.EFFECTIVE, VersionAction.EFFECTIVE, by, now, null);
  }

  void supersede(LocalDate on, Actor by, Instant now) {
    this.endedOn = on;
    move(VersionStatus.SUPERSEDED, VersionAction.SUPERSEDED, by, now, null);
  }

  void makeObsolete(LocalDate on, String reason, Actor by, Instant now) {
    this.endedOn = on;
    move(VersionStatus.OBSOLETE, VersionAction.WITHDRAWN, by, now, reason);
  }

  /** Records the move made by a conditional update in the database (scheduled effective date). */
  void recordScheduledEffect(Instant now) {
    this.updatedAt = now;
    record(
        VersionAction.EFFECTIVE,
        Actor.SYSTEM,
        now,
        VersionStatus.APPROVED,
        VersionStatus.EFFECTIVE,
        null);
  }

  // ---- helpers

  private void move(
      VersionStatus next, VersionAction action, Actor by, Instant now, String comment) {
    if (!status.canMoveTo(next)) {
      throw new IllegalTransition("problem.version.illegalTransition", status.name(), next.name());
    }
    VersionStatus from = status;
    status = next;
    updatedAt = now;
    record(action, by, now, from, next, comment);
  }

  private void record(
      VersionAction action,
      Actor by,
      Instant now,
      VersionStatus from,
      VersionStatus to,
      String comment) {
    events.add(new VersionEvent(this, action, by, now, from, to, comment));
  }

  /** {@code actionKey}: the action in words ({@code text.versionAction.…}). */
  private void requireStatus(VersionStatus expected, String actionKey) {
    if (status != expected) {
      throw new IllegalTransition(
          "problem.version.wrongStatus",
          status.name(),
          status,
          Message.of(actionKey),
          expected.name());
    }
  }

  private static void requireComment(String comment) {
    if (comment == null || comment.isBlank()) {
      throw new vn.quytrinh.platform.problem.InvalidInput("comment", "validation.return.comment");
    }
  }

  private void setContent(ProcedureContent c) {
    this.content = (c == null ? ProcedureContent.empty() : c).normalized();
    this.contentJson = ContentJson.write(this.content);
    this.citations = citationRows(this.content);
  }

  static List<CitationRow> citationRows(ProcedureContent c) {
    List<CitationRow> rows = new ArrayList<>();
    for (int i = 0; i < c.legalBasis().size(); i++) {
      ProcedureContent.Citation x = c.legalBasis().get(i);
      if (x == null || x.number() == null) {
        continue;
      }
      try {
        rows.add(
            new CitationRow(
                i,
                LegalDocumentNumber.parse(x.number()),
                Citations.article(x.article()),
                x.clause(),
                x.point()));
      } catch (InvalidInput malformed) {
        // content checks refuse malformed numbers before a save; older content keeps its text
      }
    }
    return rows;
  }

  public List<CitationRow> citations() {
    return Collections.unmodifiableList(citations);
  }

  // ---- reading

  public Long id() {
    return id;
  }

  public ControlledDocument document() {
    return document;
  }

  public int issueNo() {
    return issueNo;
  }

  public VersionStatus status() {
    return status;
  }

  public ProcedureContent content() {
    if (content == null) {
      content = ContentJson.read(contentJson);
    }
    return content;
  }

  public String changeSummary() {
    return changeSummary;
  }

  public String changeReason() {
    return changeReason;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate endedOn() {
    return endedOn;
  }

  public String lastComment() {
    return lastComment;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Set<String> drafters() {
    return Collections.unmodifiableSet(drafters);
  }

  /** Everyone who ever accepted this version at review. */
  public Set<String> reviewers() {
    return signatures.stream()
        .filter(s -> s.capacity() == SignatureCapacity.REVIEW)
        .map(s -> s.signer().username())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public List<VersionEvent> events() {
    return Collections.unmodifiableList(events);
  }

  public List<Signature> signatures() {
    return Collections.unmodifiableList(signatures);
  }

  /** The signature in force for a capacity, if any. */
  public Optional<Signature> signature(SignatureCapacity capacity) {
    return signatures.stream()
        .filter(s -> s.capacity() == capacity && !s.withdrawn())
        .reduce((a, b) -> b);
  }

  public boolean editable() {
    return status == VersionStatus.DRAFT;
  }
}
