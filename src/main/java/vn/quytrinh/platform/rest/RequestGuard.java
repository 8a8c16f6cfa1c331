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
import java.util.Collections;
import java.util.Enumeration;
import java.util.OptionalInt;

/**
 * Refuses, before any servlet, what the web container used to refuse itself with an empty answer:
 * {@code TRACE} (405, echoing nothing), a request target over {@link #MAX_TARGET_BYTES} (414),
 * headers over {@link #MAX_HEADER_BYTES} in all or more than {@link #MAX_HEADERS} of them (431);
 * and a post to the sign-in view ({@link #SIGN_IN_VIEW}, 405). The refusal goes through the error
 * pages, so it is problem+json under {@code /api/} and a page in the person's language elsewhere.
 *
 * <p>The container's listener ({@code scripts/payara.asadmin}) passes {@code TRACE} on and takes up
 * to 32 KB of request line and headers and 2,000 headers, above these bounds, so that a request
 * over them gets this answer rather than the container's empty 400. Behind nginx, nginx's tighter
 * bounds answer first.
 */
@WebFilter(filterName = RequestGuard.NAME, urlPatterns = "/*", asyncSupported = true)
public class RequestGuard implements Filter {

  /** The filter's name, which {@code WEB-INF/web.xml} maps first of all filters. */
  public static final String NAME = "RequestGuard";

  /** The request target (path and query, as sent) at most: 8 KB. */
  public static final int MAX_TARGET_BYTES = 8 * 1024;

  /** All header lines together at most ({@code name: value} and the line break): 16 KB. */
  public static final int MAX_HEADER_BYTES = 16 * 1024;

  /** Header lines at most: Payara's own default. */
  public static final int MAX_HEADERS = 100;

  /** What a 405 names: the methods the application answers somewhere. */
  public static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    OptionalInt refusal = refusal(request);
    if (refusal.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    HttpServletResponse response = (HttpServletResponse) res;
    SecurityHeaders.apply(request, response);
    if (refusal.getAsInt() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
      response.setHeader("Allow", isTrace(request.getMethod()) ? ALLOW : VIEW_ALLOW);
    }
    response.sendError(refusal.getAsInt());
  }

  /**
   * The sign-in page as Faces sees it (also at {@code /}, its welcome address): a view without a
   * form of its own (its form posts to {@code /dang-nhap}), so only read. A post to it could only
   * be a made-up postback, which Faces refused as an expired view with a 4 KB stack trace in the
   * log, for anyone, without signing in.
   */
  public static final String SIGN_IN_VIEW = "/signin.xhtml";

  /** What a 405 of the sign-in view names. */
  public static final String VIEW_ALLOW = "GET, HEAD, OPTIONS";

  static OptionalInt refusal(HttpServletRequest r) {
    String query = r.getQueryString();
    int target = r.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
    int headers = 0;
    int bytes = 0;
    for (String name : Collections.list(r.getHeaderNames())) {
      Enumeration<String> values = r.getHeaders(name);
      while (values.hasMoreElements()) {
        headers++;
        // the container reads header bytes as ISO-8859-1: one character, one byte
        bytes += name.length() + 2 + values.nextElement().length() + 2;
      }
    }
    OptionalInt head = refusal(r.getMethod(), target, headers, bytes);
    if (head.isEmpty() && SIGN_IN_VIEW.equals(r.getServletPath()) && !readOnly(r.getMethod())) {
      return OptionalInt.of(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
    return head;
  }

  private static boolean readOnly(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  private static boolean isTrace(String method) {
    return "TRACE".equalsIgnoreCase(method) || "TRACK".equalsIgnoreCase(method);
  }

  /**
   * The status a request is refused with, from its method, the length of its target and the count
   * and bytes of its header lines; empty when it may go on.
   */
  static OptionalInt refusal(String method, int targetBytes, int headers, int headerBytes) {
    if (isTrace(method)) {
      return OptionalInt.of(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
    if (targetBytes > MAX_TARGET_BYTES) {
      return OptionalInt.of(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
    }
    if (headers > MAX_HEADERS || headerBytes > MAX_HEADER_BYTES) {
      return OptionalInt.of(431);
    }
    return OptionalInt.empty();
  }
}
