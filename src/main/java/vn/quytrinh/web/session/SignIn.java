package vn.quytrinh.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ResourceBundle;
import vn.quytrinh.org.security.Authenticator;

/**
 * The sign-in form and sign-out. Interim until the form sign-in of the security work lands: the
 * password is checked by the same {@link Authenticator} as HTTP Basic (same identity store, same
 * throttle), the session id changes at sign-in, and the Faces view state of the POST is what a
 * forged request lacks.
 */
@Named
@RequestScoped
public class SignIn {

  static final String DASHBOARD = "/app/dashboard.xhtml?faces-redirect=true";

  @Inject Authenticator authenticator;
  @Inject FacesContext faces;

  private String username;
  private String password;

  /** On the sign-in page: someone already signed in goes straight to the dashboard. */
  public void skipIfSignedIn() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    if (SessionUser.of((HttpServletRequest) ext.getRequest()).isPresent()) {
      ext.redirect(ext.getRequestContextPath() + "/app/dashboard.xhtml");
    }
  }

  public String signIn() {
    String user = username == null ? "" : username.strip();
    Authenticator.Outcome outcome =
        user.isEmpty() || password == null
            ? new Authenticator.Refused()
            : authenticator.authenticate(user, password);
    password = null;
    ResourceBundle ui = faces.getApplication().getResourceBundle(faces, "ui");
    if (outcome instanceof Authenticator.Accepted a) {
      HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
      request.getSession(true);
      request.changeSessionId();
      request.getSession().setAttribute(SessionUser.ATTRIBUTE, a.caller().username());
      return DASHBOARD;
    }
    String text =
        outcome instanceof Authenticator.Locked l
            ? ui.getString("signin.locked")
                .replace("{0}", Long.toString(l.retryAfter().toSeconds() + 1))
            : ui.getString("signin.refused");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    return null;
  }

  public String signOut() {
    faces.getExternalContext().invalidateSession();
    return "/signin.xhtml?faces-redirect=true&signedOut=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
