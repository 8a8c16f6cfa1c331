package vn.quytrinh.platform.metrics;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The name a request is measured under: the method and the template of the API endpoint that
 * answered it ({@code GET /api/v1/documents/{id}}), a page of the web interface that was found, or
 * one of a few fixed names. Never the path itself, which a caller chooses: the names are a fixed
 * set, so the metrics cannot be flooded with series.
 */
public final class Endpoints {

  /** An API request that no endpoint took (404, 405 …). */
  public static final String UNMATCHED = "api (no endpoint)";

  /** Static files: the Faces resources and {@code /resources/…}. */
  public static final String STATIC = "static";

  /** Anything else: an unknown page, the container's own paths. */
  public static final String OTHER = "other";

  private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");
  private static final Pattern SLASHES = Pattern.compile("/{2,}");

  private Endpoints() {}

  /**
   * An endpoint's name from its method and the {@code @Path}s of the application, the resource
   * class and the resource method; a parameter's regular expression is left out ({@code {id: \d+}}
   * is {@code {id}}).
   */
  public static String template(String method, String... paths) {
    StringBuilder b = new StringBuilder();
    for (String p : paths) {
      if (p != null && !p.isBlank()) {
        b.append('/').append(p.strip());
      }
    }
    String path = SLASHES.matcher(PARAMETER.matcher(b).replaceAll("{$1}")).replaceAll("/");
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return method + " " + (path.isEmpty() ? "/" : path);
  }

  /**
   * The name of a request no API endpoint took, from its path inside the application and its
   * status: a page of the web interface that was answered (below 400) under its path, and the fixed
   * names otherwise. A path counts as a page only when {@code isView} says the application has that
   * view: a made-up {@code /app/x1.xhtml} is redirected to the sign-in page (303) like a real one,
   * and would otherwise open a series of its own for every name a caller makes up.
   */
  public static String other(String method, String path, int status, Predicate<String> isView) {
    if (path.startsWith("/api/")) {
      return UNMATCHED;
    }
    if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
      return STATIC;
    }
    boolean page = path.equals("/") || path.equals("/dang-nhap") || path.endsWith(".xhtml");
    boolean known = method.equals("GET") || method.equals("POST") || method.equals("HEAD");
    if (page
        && known
        && status < 400
        && path.length() <= 100
        && path.matches("[\\w./-]*")
        && (!path.endsWith(".xhtml") || isView.test(path))) {
      return method + " " + path;
    }
    return OTHER;
  }
}
