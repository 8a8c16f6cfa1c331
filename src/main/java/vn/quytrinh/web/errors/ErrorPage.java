package vn.quytrinh.web.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.ProblemPage;
import vn.quytrinh.platform.rest.SecurityHeaders;
import vn.quytrinh.web.session.Language;
import vn.quytrinh.web.session.VisitorLanguage;

/**
 * The container's error answers: under {@code /api/} the problem+json of {@code /problem}, as
 * before; everywhere else a page in the person's language (Vietnamese first) that says what
 * happened and where to go, with nothing of the failure's inside. An expired page or session has
 * its own text. Written without Faces, which may be what failed.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPage extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  /**
   * Request attribute: the service's {@code ProblemException} that a page turned into this error,
   * whose detail the page says in the person's language instead of the general text (a 403 or 400;
   * a 404 keeps the general text, which tells nothing about what exists).
   */
  public static final String PROBLEM = "vn.quytrinh.web.problem";

  /** Never the session's bean directly: an anonymous error must not make a session. */
  @Inject VisitorLanguage language;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    String uri = (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        uri == null ? "" : uri.substring(Math.min(req.getContextPath().length(), uri.length()));
    if (path.startsWith("/api/") || path.equals("/api")) {
      req.getRequestDispatcher("/problem").forward(req, res);
      return;
    }
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable failure = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = code instanceof Integer i ? i : 404;
    String kind;
    String incident = null;
    if (expired(failure)) {
      kind = "expired";
      status = HttpServletResponse.SC_BAD_REQUEST;
    } else if (status == 403 || status == 404) {
      kind = String.valueOf(status);
    } else if (status < 500 || status == 501) {
      // any other refusal (405, 414, 431, …) and a method no servlet knows: a request not
      // understood
      kind = "400";
    } else if (!ProblemPage.isIncident(status, failure)) {
      kind = "500"; // a status sent on purpose (503): the general words, no incident
    } else {
      kind = "500";
      incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Incident " + incident + " on " + uri, failure);
    }
    Locale locale = language == null ? Language.VIETNAMESE : language.getLocale();
    ResourceBundle ui = ResourceBundle.getBundle("vn.quytrinh.web.ui", locale);
    res.setStatus(status);
    // a request the container refused before any filter (a path into WEB-INF) has none of them yet
    SecurityHeaders.apply(req, res);
    res.setContentType("text/html");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Cache-Control", "no-store");
    String home = req.getContextPath() + "/";
    PrintWriter w = res.getWriter();
    w.write(
        "<!DOCTYPE html>\n<html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"utf-8\">");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    w.write(
        "<title>"
            + esc(ui.getString("error." + kind + ".title"))
            + " – "
            + esc(ui.getString("app.name"))
            + "</title>");
    w.write(
        "<link rel=\"stylesheet\" href=\"" + req.getContextPath() + "/resources/css/app.css\">");
    w.write("</head><body class=\"error-body\"><main class=\"error-page\">");
    w.write("<p class=\"brand\">" + esc(ui.getString("app.name")) + "</p>");
    w.write("<h1>" + esc(ui.getString("error." + kind + ".title")) + "</h1>");
    String text =
        req.getAttribute(PROBLEM) instanceof ProblemException p
                && ("403".equals(kind) || "400".equals(kind))
            ? p.detail(locale)
            : ui.getString("error." + kind + ".text");
    w.write("<p id=\"error-text\">" + esc(text) + "</p>");
    if (incident != null) {
      w.write(
          "<p>" + esc(ui.getString("error.incident")) + " <strong>" + incident + "</strong></p>");
    }
    w.write(
        "<p><a class=\"button-link\" href=\""
            + home
            + "\">"
            + esc(ui.getString("error.home"))
            + "</a></p>");
    w.write("</main></body></html>");
  }

  private static boolean expired(Throwable t) {
    for (Throwable x = t; x != null; x = x.getCause()) {
      if (x instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
