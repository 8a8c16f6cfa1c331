package vn.quytrinh.publishing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.publishing.ProcedureSheet;
import vn.quytrinh.publishing.PublishingService;
import vn.quytrinh.publishing.Renderers;
import vn.quytrinh.publishing.rest.Downloads.Format;

/** {@code GET /documents/{id}/versions/{issueNo}/export?format=pdf|docx}. */
@Path("/documents/{id}/versions/{issueNo}/export")
@RequestScoped
public class ExportResource {

  private PublishingService publishing;
  private Renderers renderers;
  private CurrentCaller caller;

  @Inject
  public ExportResource(PublishingService publishing, Renderers renderers, CurrentCaller caller) {
    this.publishing = publishing;
    this.renderers = renderers;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ExportResource() {}

  @GET
  public Response export(
      @PathParam("id") long id,
      @PathParam("issueNo") int issueNo,
      @QueryParam("format") String format) {
    Format f = Downloads.format(format, Format.PDF, Format.DOCX);
    ProcedureSheet sheet = publishing.sheet(caller.get(), id, issueNo);
    String name = sheet.documentCode().replaceAll("[/\\\\]", "-") + "_lan-" + sheet.issueNo();
    return Downloads.file(
        out -> {
          if (f == Format.PDF) {
            renderers.pdf().procedure(sheet, out);
          } else {
            renderers.docx().procedure(sheet, out);
          }
        },
        f,
        name);
  }
}
