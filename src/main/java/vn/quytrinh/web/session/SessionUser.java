package vn.quytrinh.web.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where the signed-in person's username lives in the HTTP session. Interim: the security work (form
 * sign-in beside HTTP Basic) replaces this with its own mechanism; the pages only read it through
 * {@link CurrentUser}.
 */
public final class SessionUser {

  static final String ATTRIBUTE = "vn.quytrinh.web.user";

  private SessionUser() {}

  public static Optional<String> of(HttpServletRequest request) {
    HttpSession s = request.getSession(false);
    return s == null ? Optional.empty() : Optional.ofNullable((String) s.getAttribute(ATTRIBUTE));
  }
}
