package vn.quytrinh.platform.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Security headers on every answer; API answers are never cached by shared caches. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse r = (HttpServletResponse) res;
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Referrer-Policy", "no-referrer");
    r.setHeader(
        "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; object-src 'none'");
    r.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String path = ((HttpServletRequest) req).getRequestURI();
    if (path.contains("/api/")) {
      r.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }
}
