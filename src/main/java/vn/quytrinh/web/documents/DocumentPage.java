package vn.quytrinh.web.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.VersionOperation;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.publishing.ProcedureSheet;
import vn.quytrinh.publishing.PublishingService;
import vn.quytrinh.web.errors.ErrorPage;
import vn.quytrinh.web.session.CurrentUser;

/**
 * One document, read only: a version laid out like the paper form (the same sheet the PDF and the
 * Word file are drawn from), the versions the person may see with their events and signatures, and
 * the document's revision flags. What the person may not read is refused by the services: the page
 * answers 404 or 403 like the API.
 */
@Named
@RequestScoped
public class DocumentPage {

  @Inject CurrentUser user;
  @Inject DocumentService documents;
  @Inject PublishingService publishing;
  @Inject ImpactService impact;
  @Inject FacesContext faces;

  private long id;
  private Integer issue;

  private ControlledDocument document;
  private DocumentVersion version;
  private ProcedureSheet sheet;
  private List<DocumentVersion> versions;
  private List<FlagView> flags;
  private java.util.Set<VersionOperation> operations = java.util.Set.of();

  /** The view action: reads everything once, or answers the service's refusal. */
  public void load() throws IOException {
    try {
      document = documents.get(user.caller(), id);
      versions = documents.versionsFor(user.caller(), document);
      int shown =
          issue != null
              ? issue
              : document.effectiveIssueNo() != null
                  ? document.effectiveIssueNo()
                  : versions.isEmpty() ? -1 : versions.get(versions.size() - 1).issueNo();
      version = documents.version(user.caller(), id, shown);
      sheet = publishing.preview(user.caller(), id, shown);
      operations = documents.operations(user.caller(), id, shown);
      flags =
          user.caller().readsWorkOf(document.unitCode())
              ? impact.list(user.caller(), null, null, id, new PageRequest(0, 100)).items()
              : List.of();
    } catch (ProblemException e) {
      faces.getExternalContext().getRequestMap().put(ErrorPage.PROBLEM, e);
      faces.getExternalContext().responseSendError(e.status(), null);
      faces.responseComplete();
    }
  }

  /** Starts the next issue from the version in force and opens it in the editor. */
  public String startRevision() {
    try {
      DocumentVersion v = documents.startVersion(user.caller(), id);
      vn.quytrinh.web.Notices.info("document.revisionStarted", v.issueNo());
      vn.quytrinh.web.Notices.keepOverRedirect();
      return "/app/editor?faces-redirect=true&id=" + id + "&issue=" + v.issueNo();
    } catch (ProblemException e) {
      vn.quytrinh.web.Notices.refused(e);
      return null;
    }
  }

  /** What the person may do to the version shown ({@link DocumentService#operations}). */
  public boolean may(String operation) {
    return operations.contains(VersionOperation.valueOf(operation));
  }

  public boolean isAnyAction() {
    return !operations.isEmpty();
  }

  public ControlledDocument getDocument() {
    return document;
  }

  public DocumentVersion getVersion() {
    return version;
  }

  public ProcedureSheet getSheet() {
    return sheet;
  }

  /** Newest first, as a register of revisions is read. */
  public List<DocumentVersion> getVersions() {
    if (versions == null) {
      return List.of();
    }
    List<DocumentVersion> newestFirst = new java.util.ArrayList<>(versions);
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  public List<FlagView> getFlags() {
    return flags;
  }

  /** Whether the person reads this unit's work: events with their comments, flags. */
  public boolean isWorkReader() {
    return document != null && user.caller().readsWorkOf(document.unitCode());
  }

  public boolean isInForce() {
    return version != null && version.status() == vn.quytrinh.document.VersionStatus.EFFECTIVE;
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
