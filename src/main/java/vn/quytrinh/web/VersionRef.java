package vn.quytrinh.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import vn.quytrinh.platform.problem.NotFound;

/**
 * The version a page works on, from its address ({@code ?id=&issue=}): the target of the pages'
 * view parameters, so that a view-scoped bean is first made when the page renders (after PrimeFaces
 * has put the page's CSP nonce in the view map, which a postback is checked against), and so that
 * the language switch keeps the address.
 */
@Named
@RequestScoped
public class VersionRef {

  private Long id;
  private Integer issue;

  /** Whether the address names both the document and the issue; if not, the page answers 404. */
  public boolean complete() throws IOException {
    if (id == null || issue == null) {
      Notices.refuseRequest(new NotFound("problem.document.notFound", id));
      return false;
    }
    return true;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getIssue() {
    return issue;
  }

  public void setIssue(Integer issue) {
    this.issue = issue;
  }
}
