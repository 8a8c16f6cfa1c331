package vn.quytrinh.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.security.ApiAuthenticationMechanism;
import vn.quytrinh.platform.problem.ProblemException;

/** The verified caller of the current request. */
@RequestScoped
public class CurrentCaller {

  @Inject HttpServletRequest request;
  @Inject SecurityContext security;
  @Inject OrgService org;

  private Caller caller;

  public Caller get() {
    if (caller == null) {
      Object c = request.getAttribute(ApiAuthenticationMechanism.CALLER_ATTRIBUTE);
      if (c instanceof Caller known) {
        caller = known;
      } else if (security.getCallerPrincipal() != null) {
        caller = org.caller(security.getCallerPrincipal().getName()).orElse(null);
      }
      if (caller == null) {
        throw new ProblemException(
            401, "Chưa đăng nhập (Unauthorized)", "Cần đăng nhập (authentication required).");
      }
    }
    return caller;
  }
}
