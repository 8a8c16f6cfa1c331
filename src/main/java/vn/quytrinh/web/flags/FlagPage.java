package vn.quytrinh.web.flags;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.quytrinh.document.DocumentReading;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.VersionOperation;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.impact.FlagChanges;
import vn.quytrinh.impact.FlagOperations;
import vn.quytrinh.impact.FlagStatus;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.web.IdRef;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * One revision flag ({@code /app/flag.xhtml?id=}, an address that can be sent): what raised it, its
 * due date and state, and what the person may do with it, asked of the services: start the revision
 * of its document (or open the revision already in progress), or — an approver — dismiss it with a
 * justification, confirmed in a second step. For a change of the law, the cited articles' wording
 * before and after, side by side with the changed words marked ({@link WordingChange}); when a text
 * is missing, which one, with the page where it is imported.
 */
@Named
@ViewScoped
public class FlagPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private CurrentUser user;
  private IdRef ref;
  private ImpactService impact;
  private DocumentService documents;
  private FlagChanges changes;
  private LegalService legal;

  private boolean loaded;
  private List<WordingChange> wordings = List.of();
  private FlagView flag;
  private Integer inProgress;
  private VersionStatus inProgressStatus;
  private boolean mayEdit;
  private boolean mayStart;
  private boolean mayDismiss;
  private String justification;
  private boolean confirming;

  @Inject
  public FlagPage(
      CurrentUser user,
      IdRef ref,
      ImpactService impact,
      DocumentService documents,
      FlagChanges changes,
      LegalService legal) {
    this.user = user;
    this.ref = ref;
    this.impact = impact;
    this.documents = documents;
    this.changes = changes;
    this.legal = legal;
  }

  /** For the CDI client proxy only. */
  protected FlagPage() {}

  public void load() throws IOException {
    if (loaded) {
      return;
    }
    if (ref.getId() == null) {
      Notices.refuseRequest(new NotFound("problem.flag.notFound", (Object) null));
      return;
    }
    try {
      read(ref.getId());
      loaded = true;
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  private void read(long id) {
    flag = changes.view(user.caller(), id, Notices.locale());
    wordings = WordingChange.of(flag.wordings(), flag.trigger(), this::legalId);
    mayDismiss = FlagOperations.mayDismiss(user.caller(), flag.unitCode(), flag.status());
    inProgress = null;
    inProgressStatus = null;
    mayEdit = false;
    mayStart = false;
    if (flag.status() != FlagStatus.OPEN) {
      return;
    }
    DocumentReading doc = documents.reading(user.caller(), flag.documentId(), null);
    Optional<DocumentReading.Entry> working =
        doc.versions().stream().filter(v -> v.status().inProgress()).findFirst();
    if (working.isPresent()) {
      inProgress = working.get().issueNo();
      inProgressStatus = working.get().status();
      mayEdit = may(inProgress, VersionOperation.EDIT);
    } else if (doc.shown().status() == VersionStatus.EFFECTIVE) {
      mayStart = may(doc.shown().issueNo(), VersionOperation.START_REVISION);
    }
  }

  /** The id of the one registered document a number names, else null. */
  private Long legalId(String number) {
    try {
      List<LegalDocument> found = legal.lookup(number);
      return found.size() == 1 ? found.get(0).id() : null;
    } catch (ProblemException e) {
      return null;
    }
  }

  private boolean may(int issue, VersionOperation op) {
    Set<VersionOperation> ops = documents.operations(user.caller(), flag.documentId(), issue);
    return ops.contains(op);
  }

  /** Starts the next issue of the flagged document from the version in force, in the editor. */
  public String startRevision() {
    return vn.quytrinh.web.VersionPages.startRevision(documents, user.caller(), flag.documentId());
  }

  public void askDismiss() {
    if (justification == null || justification.isBlank()) {
      Notices.error("flagPage.dismiss.justificationRequired");
      return;
    }
    confirming = true;
  }

  public void dismiss() {
    try {
      impact.dismiss(user.caller(), flag.id(), justification);
      Notices.info("flagPage.dismissed");
      read(flag.id());
    } catch (ProblemException e) {
      Notices.refused(e);
    }
    confirming = false;
  }

  public void cancel() {
    confirming = false;
  }

  public FlagView getFlag() {
    return flag;
  }

  /** The cited articles' wordings before and after the change (empty for a TTHC change). */
  public List<WordingChange> getWordings() {
    return wordings;
  }

  public Integer getInProgress() {
    return inProgress;
  }

  public VersionStatus getInProgressStatus() {
    return inProgressStatus;
  }

  public boolean isMayEdit() {
    return mayEdit;
  }

  public boolean isMayStart() {
    return mayStart;
  }

  public boolean isMayDismiss() {
    return mayDismiss;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
