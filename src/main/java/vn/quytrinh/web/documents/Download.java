package vn.quytrinh.web.documents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.Attachments;
import vn.quytrinh.publishing.ProcedureSheet;
import vn.quytrinh.publishing.PublishingService;
import vn.quytrinh.publishing.Renderers;
import vn.quytrinh.web.Attachment;
import vn.quytrinh.web.errors.ErrorPage;
import vn.quytrinh.web.session.CurrentUser;

/**
 * {@code /app/download?id=&issue=&format=pdf|docx}: a version as PDF or Word for the signed-in
 * person of the session (the API takes HTTP Basic only). The same service call as the API's export,
 * so the same refusals and the same audit record.
 */
@WebServlet(urlPatterns = "/app/download")
public class Download extends HttpServlet {

  @Inject CurrentUser user;
  @Inject PublishingService publishing;
  @Inject Renderers renderers;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    boolean pdf = !"docx".equals(req.getParameter("format"));
    long id;
    int issue;
    try {
      id = Long.parseLong(req.getParameter("id"));
      issue = Integer.parseInt(req.getParameter("issue"));
    } catch (NumberFormatException | NullPointerException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String name;
    try {
      ProcedureSheet sheet = publishing.sheet(user.caller(), id, issue);
      if (pdf) {
        renderers.pdf().procedure(sheet, out);
      } else {
        renderers.docx().procedure(sheet, out);
      }
      name = sheet.documentCode().replaceAll("[/\\\\]", "-") + "_lan-" + sheet.issueNo();
    } catch (ProblemException e) {
      req.setAttribute(ErrorPage.PROBLEM, e);
      res.sendError(e.status());
      return;
    }
    String file = name + (pdf ? ".pdf" : ".docx");
    Attachment.send(res, file, pdf ? Attachments.PDF : Attachments.DOCX, out);
  }
}
