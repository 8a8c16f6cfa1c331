package vn.quytrinh.publishing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.publishing.Manual;
import vn.quytrinh.publishing.PublishingService;
import vn.quytrinh.publishing.Renderers;
import vn.quytrinh.publishing.rest.Downloads.Format;

/** {@code GET /manuals/{unitCode}?format=pdf|docx&asOf=}: a unit's manual. */
@Path("/manuals")
@RequestScoped
public class ManualResource {

  private PublishingService publishing;
  private Renderers renderers;
  private CurrentCaller caller;

  @Inject
  public ManualResource(PublishingService publishing, Renderers renderers, CurrentCaller caller) {
    this.publishing = publishing;
    this.renderers = renderers;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ManualResource() {}

  @GET
  @Path("{unitCode}")
  public Response manual(
      @PathParam("unitCode") String unit,
      @QueryParam("format") String format,
      @QueryParam("asOf") String asOf,
      @QueryParam("wordings") boolean wordings) {
    Format f = Downloads.format(format, Format.PDF, Format.DOCX);
    Manual m = publishing.manual(caller.get(), unit, Params.date("asOf", asOf), wordings);
    return Downloads.file(
        out -> {
          if (f == Format.PDF) {
            renderers.pdf().manual(m, out);
          } else {
            renderers.docx().manual(m, out);
          }
        },
        f,
        PublishingService.manualFileName(unit, m.asOf()));
  }
}
