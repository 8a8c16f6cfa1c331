package vn.quytrinh.web.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import vn.quytrinh.document.DocumentReading;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.VersionOperation;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.publishing.ProcedureSheet;
import vn.quytrinh.publishing.PublishingService;
import vn.quytrinh.web.review.DiffLine;
import vn.quytrinh.web.session.CurrentUser;

/**
 * One document, read only: a version laid out like the paper form (the same sheet the PDF and the
 * Word file are drawn from), the versions the person may see with their events and signatures, and
 * the document's revision flags — one service call, which reads the document once and builds every
 * part inside its transaction. What the person may not read is refused by the services: the page
 * answers 404 or 403 like the API.
 */
@Named
@RequestScoped
public class DocumentPage {

  @Inject CurrentUser user;
  @Inject PublishingService publishing;
  @Inject DocumentService documents;

  private long id;
  private Integer issue;
  private Integer from;
  private Integer to;
  private List<DiffLine> changes;

  private PublishingService.ProcedurePage page;
  private Set<VersionOperation> operations = Set.of();

  /** The view action: reads everything once, or answers the service's refusal. */
  public void load() throws IOException {
    try {
      page = publishing.page(user.caller(), id, issue);
      operations = documents.operations(user.caller(), id, page.reading().shown().issueNo());
    } catch (ProblemException e) {
      vn.quytrinh.web.Notices.refuseRequest(e);
      return;
    }
    if (from != null && to != null && isComparable()) {
      try {
        changes = DiffLine.of(documents.diff(user.caller(), id, to, from));
      } catch (ProblemException e) {
        vn.quytrinh.web.Notices.refused(e); // a version that does not exist or is not theirs
      }
    }
  }

  /** Starts the next issue from the version in force and opens it in the editor. */
  public String startRevision() {
    return vn.quytrinh.web.VersionPages.startRevision(documents, user.caller(), id);
  }

  /** What the person may do to the version shown ({@link DocumentService#operations}). */
  public boolean may(String operation) {
    return operations.contains(VersionOperation.valueOf(operation));
  }

  public boolean isAnyAction() {
    return !operations.isEmpty();
  }

  public DocumentReading getDocument() {
    return page == null ? null : page.reading();
  }

  public DocumentReading.Entry getVersion() {
    return page == null ? null : page.reading().shown();
  }

  public ProcedureSheet getSheet() {
    return page == null ? null : page.sheet();
  }

  /** Newest first, as a register of revisions is read. */
  public List<DocumentReading.Entry> getVersions() {
    return page == null ? List.of() : page.reading().versions();
  }

  public List<FlagView> getFlags() {
    return page == null ? List.of() : page.flags();
  }

  /** Whether the person reads this unit's work: events with their comments, flags. */
  public boolean isWorkReader() {
    return page != null && page.reading().workReader();
  }

  public boolean isInForce() {
    return page != null && page.reading().shown().status() == VersionStatus.EFFECTIVE;
  }

  /** Two versions can be compared: the person reads the unit's work and there are two. */
  public boolean isComparable() {
    return isWorkReader() && getVersions().size() > 1;
  }

  /** Whether a comparison was asked and answered. */
  public boolean isCompared() {
    return changes != null;
  }

  /** The changes from {@link #getCompareFrom} to {@link #getCompareTo}, as on the review page. */
  public List<DiffLine> getChanges() {
    return changes == null ? List.of() : changes;
  }

  /**
   * The older side: the one asked, else the version shown when a newer one exists (the version in
   * force against the revision in progress), else the one before it.
   */
  public int getCompareFrom() {
    if (from != null) {
      return from;
    }
    int shown = getVersion().issueNo();
    if (shown != newest()) {
      return shown;
    }
    return getVersions().stream()
        .mapToInt(DocumentReading.Entry::issueNo)
        .filter(n -> n < shown)
        .max()
        .orElse(shown);
  }

  /** The newer side: the one asked, else the newest version the person sees. */
  public int getCompareTo() {
    return to != null ? to : newest();
  }

  private int newest() {
    return getVersions().stream().mapToInt(DocumentReading.Entry::issueNo).max().orElse(0);
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Integer getIssue() {
    return issue;
  }

  public void setIssue(Integer issue) {
    this.issue = issue;
  }
}
