package vn.quytrinh.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.quytrinh.platform.problem.ProblemException;

/**
 * The verified caller of the current request, as the authentication mechanism left it on the
 * request (HTTP Basic for the API, the session for the web pages).
 */
@RequestScoped
public class CurrentCaller {

  /** The request attribute under which the verified {@link Caller} travels to the resources. */
  public static final String ATTRIBUTE = "vn.quytrinh.caller";

  private HttpServletRequest request;

  private Caller caller;

  @Inject
  public CurrentCaller(HttpServletRequest request) {
    this.request = request;
  }

  /** For the CDI client proxy only. */
  protected CurrentCaller() {}

  public Caller get() {
    if (caller == null) {
      if (request.getAttribute(ATTRIBUTE) instanceof Caller known) {
        caller = known;
      } else {
        throw new ProblemException(401, "problem.title.unauthorized", "problem.auth.required");
      }
    }
    return caller;
  }
}
