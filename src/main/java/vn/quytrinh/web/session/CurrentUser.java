package vn.quytrinh.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.security.WebSessions;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.platform.security.Role;

/**
 * The signed-in person of this request: the {@link Caller} the authentication mechanism verified
 * from the session and left on the request ({@link CurrentCaller}), read again on every request, so
 * a changed role or a deactivated account counts at once.
 */
@Named
@RequestScoped
public class CurrentUser {

  private HttpServletRequest request;
  private CurrentCaller current;
  private OrgService org;

  private String unitName;

  @Inject
  public CurrentUser(HttpServletRequest request, CurrentCaller current, OrgService org) {
    this.request = request;
    this.current = current;
    this.org = org;
  }

  /** For the CDI client proxy only. */
  protected CurrentUser() {}

  public Caller caller() {
    return current.get();
  }

  public boolean isSignedIn() {
    return signedIn(request);
  }

  /** Whether the mechanism verified a person from this request's session. */
  public static boolean signedIn(HttpServletRequest request) {
    return request.getAttribute(CurrentCaller.ATTRIBUTE) instanceof Caller
        && request.getSession(false) != null;
  }

  /** On the sign-in page: someone already signed in goes straight to the dashboard. */
  public void skipIfSignedIn() throws IOException {
    if (isSignedIn()) {
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      ext.redirect(ext.getRequestContextPath() + "/app/dashboard.xhtml");
    }
  }

  /** The session's token that the sign-out form carries ({@code _csrf}). */
  public String getCsrfToken() {
    HttpSession s = request.getSession(false);
    Object token = s == null ? null : s.getAttribute(WebSessions.CSRF);
    return token == null ? "" : token.toString();
  }

  public String getName() {
    return caller().fullName();
  }

  public String getPosition() {
    return caller().position();
  }

  public String getUnitName() {
    if (unitName == null) {
      String code = caller().unitCode();
      unitName = code == null ? "" : org.unit(code).name();
    }
    return unitName;
  }

  public List<Role> getRoles() {
    return caller().roles().stream().sorted().toList();
  }

  /** Whether the person reads the work (drafts, flags, findings) of their units. */
  public boolean isWorkReader() {
    return caller().hasAny(Role.READ_ALL);
  }
}
