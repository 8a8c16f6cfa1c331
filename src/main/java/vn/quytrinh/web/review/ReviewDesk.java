package vn.quytrinh.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentService.ApprovalDecision;
import vn.quytrinh.document.DocumentService.ReviewDecision;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.VersionDiff;
import vn.quytrinh.document.VersionOperation;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.impact.Finding;
import vn.quytrinh.impact.FindingsService;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.VersionPages;
import vn.quytrinh.web.VersionRef;
import vn.quytrinh.web.session.CurrentUser;

/**
 * Review, approval and withdrawal of a version ({@code /app/review.xhtml?id=&issue=}): the changes
 * against the version in force side by side, the findings, and the decisions the person may take
 * ({@link DocumentService#operations}). Accepting and approving are signatures (the password
 * again); approving and withdrawing are confirmed in a second step that restates what will happen.
 */
@Named
@ViewScoped
public class ReviewDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  private CurrentUser user;
  private VersionRef ref;
  private DocumentService documents;
  private FindingsService findings;
  private TimeSource time;

  private long id;
  private int issue;
  private boolean loaded;

  private String code;
  private String title;
  private VersionStatus status;
  private String changeSummary;
  private String changeReason;
  private Integer against;
  private String etag;
  private Set<VersionOperation> operations = Set.of();
  private List<DiffLine> changes = List.of();
  private List<Finding> versionFindings = List.of();

  private String comment;
  private String password;
  private LocalDate effectiveFrom;
  private String reason;
  private String confirming;

  @Inject
  public ReviewDesk(
      CurrentUser user,
      VersionRef ref,
      DocumentService documents,
      FindingsService findings,
      TimeSource time) {
    this.user = user;
    this.ref = ref;
    this.documents = documents;
    this.findings = findings;
    this.time = time;
  }

  /** For the CDI client proxy only. */
  protected ReviewDesk() {}

  public void load() throws IOException {
    if (loaded) {
      return;
    }
    if (!ref.complete()) {
      return;
    }
    id = ref.getId();
    issue = ref.getIssue();
    try {
      ControlledDocument doc = documents.get(user.caller(), id);
      DocumentVersion v = documents.version(user.caller(), id, issue);
      operations = documents.operations(user.caller(), id, issue);
      if (!isMayReview() && !isMayApprove() && !isMayWithdraw()) {
        VersionPages.redirectToDocument(id, issue);
        return;
      }
      code = doc.code();
      title = doc.title();
      status = v.status();
      changeSummary = v.changeSummary();
      changeReason = v.changeReason();
      etag = DocumentService.etag(v);
      Integer inForce = doc.effectiveIssueNo();
      against = inForce != null && inForce != issue ? inForce : null;
      changes =
          DiffLine.of(
              against != null
                  ? documents.diff(user.caller(), id, issue, against)
                  : VersionDiff.between(null, v.content()));
      versionFindings = VersionPages.findings(findings, user.caller(), id, issue);
      effectiveFrom = time.today();
      loaded = true;
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  // ---- review

  public String accept() {
    return done(
        () ->
            documents.review(
                user.caller(), id, issue, ReviewDecision.ACCEPT, comment, password, etag),
        "review.accepted");
  }

  public String returnAtReview() {
    return done(
        () ->
            documents.review(user.caller(), id, issue, ReviewDecision.RETURN, comment, null, etag),
        "review.returned");
  }

  // ---- approval: choose the date, then confirm with the password

  public void askApprove() {
    try {
      effectiveFrom = ControlledDocument.effectiveDate(effectiveFrom, time.today());
    } catch (ProblemException e) {
      Notices.refused(e);
      return;
    }
    confirming = "approve";
  }

  public String approve() {
    return done(
        () ->
            documents.approve(
                user.caller(),
                id,
                issue,
                ApprovalDecision.APPROVE,
                comment,
                password,
                effectiveFrom,
                etag),
        effectiveFrom.isAfter(time.today()) ? "review.approvedLater" : "review.approvedToday");
  }

  public String returnAtApproval() {
    return done(
        () ->
            documents.approve(
                user.caller(), id, issue, ApprovalDecision.RETURN, comment, null, null, etag),
        "review.returned");
  }

  // ---- withdrawal: the reason, then confirm

  public void askWithdraw() {
    if (reason == null || reason.isBlank()) {
      Notices.error("review.withdraw.reasonRequired");
      return;
    }
    confirming = "withdraw";
  }

  public String withdraw() {
    try {
      documents.withdraw(user.caller(), id, reason, null);
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    }
    Notices.info("review.withdrawn");
    Notices.keepOverRedirect();
    return "/app/document?faces-redirect=true&id=" + id;
  }

  public void cancel() {
    confirming = null;
    password = null;
  }

  private String done(Runnable action, String noticeKey) {
    try {
      action.run();
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    } finally {
      password = null;
    }
    Notices.info(noticeKey, formatted(effectiveFrom));
    return VersionPages.shown(id, issue);
  }

  private static String formatted(LocalDate d) {
    return d == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d);
  }

  // ---- what the page reads

  public String documentAddress() {
    return VersionPages.address(id, issue);
  }

  public boolean isMayReview() {
    return operations.contains(VersionOperation.REVIEW);
  }

  public boolean isMayApprove() {
    return operations.contains(VersionOperation.APPROVE);
  }

  public boolean isMayWithdraw() {
    return operations.contains(VersionOperation.WITHDRAW);
  }

  public boolean isConfirmingApproval() {
    return "approve".equals(confirming);
  }

  public boolean isConfirmingWithdrawal() {
    return "withdraw".equals(confirming);
  }

  public LocalDate getToday() {
    return time.today();
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public VersionStatus getStatus() {
    return status;
  }

  public String getChangeSummary() {
    return changeSummary;
  }

  public String getChangeReason() {
    return changeReason;
  }

  public Integer getAgainst() {
    return against;
  }

  public List<DiffLine> getChanges() {
    return changes;
  }

  public List<Finding> getFindings() {
    return versionFindings;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public long getId() {
    return id;
  }

  public int getIssue() {
    return issue;
  }

  public void setIssue(int issue) {
    this.issue = issue;
  }
}
