package vn.quytrinh.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * "Đổi mật khẩu" ({@code /app/password.xhtml}): the current password, the new one twice. The
 * service checks the current one and the password rule and has the effects of any new password
 * (other sessions ended on every instance, cached credentials forgotten, an audit event); this
 * session stays signed in.
 */
@Named
@RequestScoped
public class OwnPassword {

  private CurrentUser user;
  private OrgService org;
  private HttpServletRequest request;

  private String current;
  private String next;
  private String repeat;

  @Inject
  public OwnPassword(CurrentUser user, OrgService org, HttpServletRequest request) {
    this.user = user;
    this.org = org;
    this.request = request;
  }

  /** For the CDI client proxy only. */
  protected OwnPassword() {}

  public String change() {
    if (next == null || !next.equals(repeat)) {
      Notices.error("password.mismatch");
      return null;
    }
    HttpSession session = request.getSession(false);
    try {
      org.changeOwnPassword(user.caller(), current, next, session == null ? null : session.getId());
    } catch (InvalidInput e) {
      // what is wrong with the new password, without the API's "the request has invalid fields"
      e.errors().forEach(f -> Notices.error("password.refused", f.text(Notices.locale())));
      return null;
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    }
    Notices.info("password.changed");
    Notices.keepOverRedirect();
    return "/app/password?faces-redirect=true";
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
