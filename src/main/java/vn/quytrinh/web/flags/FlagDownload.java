package vn.quytrinh.web.flags;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.Attachments;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.publishing.PublishingService;
import vn.quytrinh.publishing.Register;
import vn.quytrinh.publishing.Renderers;
import vn.quytrinh.web.Attachment;
import vn.quytrinh.web.errors.ErrorPage;
import vn.quytrinh.web.session.CurrentUser;

/**
 * {@code /app/flags/download?unit=&status=&severity=&due=&dueFrom=&dueTo=}: the flags register as
 * the page filters it, as a spreadsheet, for the signed-in person of the session; recorded as an
 * export like the API's registers.
 */
@WebServlet(urlPatterns = "/app/flags/download")
public class FlagDownload extends HttpServlet {

  @Inject CurrentUser user;
  @Inject PublishingService publishing;
  @Inject Renderers renderers;
  @Inject TimeSource time;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    FlagFilters f =
        new FlagFilters(
            req.getParameter("unit"),
            req.getParameter("status"),
            req.getParameter("severity"),
            req.getParameter("due"),
            req.getParameter("dueFrom"),
            req.getParameter("dueTo"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Register r = publishing.flagRegister(user.caller(), f.criteria(time.today()));
      renderers.xlsx().register(r, out);
    } catch (ProblemException e) {
      req.setAttribute(ErrorPage.PROBLEM, e);
      res.sendError(e.status());
      return;
    }
    String unit = f.unit() == null || f.unit().isBlank() ? "" : "_" + f.unit().strip();
    Attachment.send(res, "so-theo-doi-co-ra-soat" + unit + ".xlsx", Attachments.XLSX, out);
  }
}
