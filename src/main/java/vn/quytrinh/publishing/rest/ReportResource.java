package vn.quytrinh.publishing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.publishing.PublishingService;
import vn.quytrinh.publishing.Register;
import vn.quytrinh.publishing.Renderers;
import vn.quytrinh.publishing.rest.Downloads.Format;

/** {@code GET /reports/{name}?unit=&format=xlsx}: master-list, coverage, flags. */
@Path("/reports")
@RequestScoped
public class ReportResource {

  private PublishingService publishing;
  private Renderers renderers;
  private CurrentCaller caller;

  @Inject
  public ReportResource(PublishingService publishing, Renderers renderers, CurrentCaller caller) {
    this.publishing = publishing;
    this.renderers = renderers;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ReportResource() {}

  @GET
  @Path("{name}")
  public Response report(
      @PathParam("name") String name,
      @QueryParam("unit") String unit,
      @QueryParam("format") String format) {
    Format f = Downloads.format(format, Format.XLSX);
    Register r = publishing.register(caller.get(), name, unit);
    return Downloads.file(out -> renderers.xlsx().register(r, out), f, fileName(name, unit));
  }

  /**
   * "nhat-ky-kiem-toan" for the whole trail, "nhat-ky-kiem-toan_HY" for a unit's; never "_null".
   */
  static String fileName(String name, String unit) {
    return PublishingService.registerFileName(name, unit);
  }
}
