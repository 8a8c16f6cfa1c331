package vn.quytrinh.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Counts and times every request the application answers, by endpoint ({@link Endpoints}): from the
 * first filter to the last byte written, so a streamed export is timed whole. A request the
 * authentication mechanism refused (401, 429) never reaches the filters; failed sign-ins are
 * counted apart.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTiming implements Filter {

  /** The request attribute {@link EndpointTemplate} names the API endpoint in. */
  static final String ENDPOINT = "vn.quytrinh.endpoint";

  @Inject Measures measures;

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    boolean thrown = true;
    try {
      chain.doFilter(req, res);
      thrown = false;
    } finally {
      HttpServletRequest request = (HttpServletRequest) req;
      // what escaped the chain becomes the container's 500 after this filter
      int status = thrown ? 500 : ((HttpServletResponse) res).getStatus();
      Object endpoint = request.getAttribute(ENDPOINT);
      String name =
          endpoint instanceof String s
              ? s
              : Endpoints.other(
                  request.getMethod(),
                  request.getRequestURI().substring(request.getContextPath().length()),
                  status,
                  view -> isView(request.getServletContext(), view));
      measures.request(name, status, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** The views found so far: no more than the WAR holds, so a page's lookup is made once. */
  private static final java.util.Set<String> VIEWS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Whether the application holds this view (a file of the WAR), asked only of paths that passed. A
   * path that is not one is looked up each time and never remembered: callers choose those.
   */
  static boolean isView(jakarta.servlet.ServletContext context, String path) {
    if (VIEWS.contains(path)) {
      return true;
    }
    try {
      boolean found = context.getResource(path) != null;
      if (found) {
        VIEWS.add(path);
      }
      return found;
    } catch (java.net.MalformedURLException notAPath) {
      return false;
    }
  }
}
