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

/**
 * Security headers on every answer; API answers are never cached by shared caches. The
 * authentication mechanism answers 401/429 before any filter runs, so it calls {@link #apply}
 * itself.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    apply((HttpServletRequest) req, (HttpServletResponse) res);
    chain.doFilter(req, res);
  }

  /** Sets the headers on an answer (again, after a {@code reset()}). */
  public static void apply(HttpServletRequest req, HttpServletResponse r) {
    r.setHeader("X-Content-Type-Options", "nosniff");
    boolean api = req.getRequestURI().contains("/api/");
    // same-origin rather than no-referrer for the pages: with no-referrer, browsers send
    // "Origin: null" on our own form posts, and the CSRF check needs the real origin
    r.setHeader("Referrer-Policy", api ? "no-referrer" : "same-origin");
    r.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; object-src 'none'; form-action 'self';"
            + " base-uri 'none'");
    r.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (api) {
      r.setHeader("Cache-Control", "no-store");
    }
  }
}
