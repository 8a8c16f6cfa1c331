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
    apply((HttpServletRequest) req, (HttpServletResponse) res);
    chain.doFilter(req, res);
  }

  /** Sets the headers on an answer (again, after a {@code reset()}). */
  public static void apply(HttpServletRequest req, HttpServletResponse r) {
    r.setHeader("X-Content-Type-Options", "nosniff");
    String path = req.getRequestURI();
    boolean api = path.contains("/api/");
    // same-origin rather than no-referrer for the pages: with no-referrer, browsers send
    // "Origin: null" on our own form posts, and the CSRF check needs the real origin
    r.setHeader("Referrer-Policy", api ? "no-referrer" : "same-origin");
    String inApp = path.substring(Math.min(req.getContextPath().length(), path.length()));
    r.setHeader("Content-Security-Policy", isPage(inApp) ? PAGE_POLICY : STRICT_POLICY);
    r.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (api) {
      r.setHeader("Cache-Control", "no-store");
    }
  }

  static final String STRICT_POLICY =
      "default-src 'self'; frame-ancestors 'none'; object-src 'none'; form-action 'self';"
          + " base-uri 'none'";

  /** Scripts are left to the nonce policy PrimeFaces adds on each page. */
  static final String PAGE_POLICY =
      "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:;"
          + " connect-src 'self'; media-src 'none'; frame-src 'none'; worker-src 'none';"
          + " frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  /**
   * A Faces view of the web interface: {@code /}, {@code /dang-nhap} (the sign-in page), or a path
   * ending in {@code .xhtml}.
   */
  static boolean isPage(String path) {
    return !path.startsWith("/api/")
        && !path.startsWith("/jakarta.faces.resource/")
        && (path.equals("/")
            || path.isEmpty()
            || path.equals("/dang-nhap")
            || path.endsWith(".xhtml"));
  }
}
