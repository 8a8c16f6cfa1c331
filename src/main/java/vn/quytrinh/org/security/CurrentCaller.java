package vn.quytrinh.org.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import vn.quytrinh.org.Caller;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.problem.ProblemException;

/** The verified caller of the current request. */
@RequestScoped
public class CurrentCaller {

  private HttpServletRequest request;
  private SecurityContext security;
  private OrgService org;

  @Inject
  public CurrentCaller(HttpServletRequest request, SecurityContext security, OrgService org) {
    this.request = request;
    this.security = security;
    this.org = org;
  }

  /** For the CDI client proxy only. */
  protected CurrentCaller() {}

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
        throw new ProblemException(401, "problem.title.unauthorized", "problem.auth.required");
      }
    }
    return caller;
  }
}
