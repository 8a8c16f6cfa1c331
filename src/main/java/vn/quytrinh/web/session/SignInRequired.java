package vn.quytrinh.web.session;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every page under {@code /app/} needs a signed-in person; without one the browser goes to the
 * sign-in page, told when it is because the session ran out. Personal pages are never cached.
 */
@WebFilter(urlPatterns = "/app/*")
public class SignInRequired implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    response.setHeader("Cache-Control", "no-store");
    if (SessionUser.of(request).isEmpty()) {
      boolean expired =
          request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
      response.sendRedirect(
          request.getContextPath() + "/signin.xhtml" + (expired ? "?expired=true" : ""));
      return;
    }
    chain.doFilter(req, res);
  }
}
