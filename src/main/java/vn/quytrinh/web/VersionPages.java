package vn.quytrinh.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import vn.quytrinh.impact.Finding;
import vn.quytrinh.impact.FindingsService;
import vn.quytrinh.platform.security.Caller;

/** What the pages that work on one version (editor, review) share: its address and findings. */
public final class VersionPages {

  private VersionPages() {}

  /** The address of the document page showing this version. */
  public static String address(long id, int issue) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/app/document.xhtml?id="
        + id
        + "&issue="
        + issue;
  }

  /** Sends the person to the version's document page (when this page has nothing for them). */
  public static void redirectToDocument(long id, int issue) throws IOException {
    FacesContext.getCurrentInstance().getExternalContext().redirect(address(id, issue));
  }

  /** The findings on this issue of the document, as the person may read them. */
  public static List<Finding> findings(FindingsService findings, Caller c, long id, int issue) {
    return findings.findings(c, null, id).stream()
        .filter(f -> f.issueNo() != null && f.issueNo() == issue)
        .toList();
  }

  /** The outcome that shows the version's document page after an action (messages kept). */
  public static String shown(long id, int issue) {
    Notices.keepOverRedirect();
    return "/app/document?faces-redirect=true&id=" + id + "&issue=" + issue;
  }

  /**
   * Starts the next issue of a document from its version in force and opens it in the editor; on a
   * refusal stays on the page with the service's reason. The action of the document page and of a
   * flag's page.
   */
  public static String startRevision(
      vn.quytrinh.document.DocumentService documents, Caller c, long id) {
    try {
      vn.quytrinh.document.DocumentVersion v = documents.startVersion(c, id);
      Notices.info("document.revisionStarted", v.issueNo());
      Notices.keepOverRedirect();
      return "/app/editor?faces-redirect=true&id=" + id + "&issue=" + v.issueNo();
    } catch (vn.quytrinh.platform.problem.ProblemException e) {
      Notices.refused(e);
      return null;
    }
  }
}
