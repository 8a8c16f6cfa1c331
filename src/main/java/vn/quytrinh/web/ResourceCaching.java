package vn.quytrinh.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A style sheet, script or image addressed with its version ({@code ?v=}: the content's digest for
 * the application's own, {@link VersionedResources}, the library's version for PrimeFaces') never
 * changes under that address, so a browser keeps it for a year without asking again; a page's first
 * load then fetches only the page. An address without a version is left to the defaults.
 */
@WebFilter(urlPatterns = ResourceHandler.RESOURCE_IDENTIFIER + "/*")
public class ResourceCaching extends HttpFilter {

  static final String FOREVER = "public, max-age=31536000, immutable";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getParameter("v") == null) {
      chain.doFilter(req, res);
      return;
    }
    res.setHeader("Cache-Control", FOREVER);
    chain.doFilter(req, new KeepsCaching(res));
  }

  /**
   * The answer with the caching said here kept: the Faces resource handler sets its own (a week,
   * {@code max-age=604800}, and an Expires), which would otherwise replace it.
   */
  static final class KeepsCaching extends HttpServletResponseWrapper {
    KeepsCaching(HttpServletResponse res) {
      super(res);
    }

    private static boolean ours(String name) {
      return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!ours(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!ours(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!ours(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!ours(name)) {
        super.addDateHeader(name, date);
      }
    }
  }
}
