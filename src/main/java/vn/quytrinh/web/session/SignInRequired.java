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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.quytrinh.org.security.ApiAuthenticationMechanism;

/**
 * Every page under {@code /app/} needs a signed-in person; without one the browser goes to the
 * sign-in page ({@code /dang-nhap?next=…}, back here after signing in), told when it is because the
 * session ran out. Personal pages are never cached.
 */
@WebFilter(urlPatterns = "/app/*")
public class SignInRequired implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    response.setHeader("Cache-Control", "no-store");
    if (!CurrentUser.signedIn(request)) {
      boolean expired =
          request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
      String here = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        here += "?" + request.getQueryString();
      }
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          request.getContextPath()
              + ApiAuthenticationMechanism.SIGN_IN
              + "?next="
              + URLEncoder.encode(here, StandardCharsets.UTF_8)
              + (expired ? "&expired=true" : ""));
      return;
    }
    chain.doFilter(req, res);
  }
}
