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
 * Security headers on every answer; API answers are never cached by shared caches.
 *
 * <p>Two content security policies: the API, static files and error pages get the strict one. A
 * page of the web interface (a Faces view) gets one that says everything but scripts; PrimeFaces in
 * CSP mode adds a second header, {@code script-src 'self' 'nonce-…'}, with the nonce it puts on
 * each script of that page. A browser enforces both, so a script runs only when it is the
 * application's own file or carries that page's nonce.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse r = (HttpServletResponse) res;
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Referrer-Policy", "no-referrer");
    HttpServletRequest request = (HttpServletRequest) req;
    String path = request.getRequestURI();
    String inApp = path.substring(Math.min(request.getContextPath().length(), path.length()));
    r.setHeader("Content-Security-Policy", isPage(inApp) ? PAGE_POLICY : STRICT_POLICY);
    r.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (path.contains("/api/")) {
      r.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }

  static final String STRICT_POLICY =
      "default-src 'self'; frame-ancestors 'none'; object-src 'none'";

  /** Scripts are left to the nonce policy PrimeFaces adds on each page. */
  static final String PAGE_POLICY =
      "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:;"
          + " connect-src 'self'; media-src 'none'; frame-src 'none'; worker-src 'none';"
          + " frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  /** A Faces view of the web interface: {@code /}, or a path ending in {@code .xhtml}. */
  static boolean isPage(String path) {
    return !path.startsWith("/api/")
        && !path.startsWith("/jakarta.faces.resource/")
        && (path.equals("/") || path.isEmpty() || path.endsWith(".xhtml"));
  }
}
