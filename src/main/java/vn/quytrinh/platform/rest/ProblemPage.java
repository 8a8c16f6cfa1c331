package vn.quytrinh.platform.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.quytrinh.platform.i18n.Messages;

/**
 * The container's own error answers (a path that maps to nothing, a request it cannot parse) as
 * problem+json, in the same words as the API's; the status is kept.
 */
@WebServlet(urlPatterns = "/problem")
public class ProblemPage extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    // the container's own failure is logged with an incident id like any other
    Locale locale = Messages.ofHeader(req.getHeader("Accept-Language"));
    Throwable failure = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    jakarta.ws.rs.core.Response problem =
        isIncident(status, failure)
            ? UnexpectedExceptionMapper.serverError(failure, locale)
            : WebApplicationExceptionMapper.forStatus(status, locale);
    res.setStatus(status);
    // a request the container refused before any filter (a path into WEB-INF) has none of them yet
    SecurityHeaders.apply(req, res);
    res.setHeader("Cache-Control", "no-store");
    res.setContentType(Problems.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    String body = (String) problem.getEntity();
    res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether an error the container dispatched is an incident, logged with an id: a failure, or a
   * 500; a status sent on purpose (501 for a method no servlet knows, 503) is not.
   */
  public static boolean isIncident(int status, Throwable failure) {
    return failure != null || status == 500;
  }
}
