package vn.quytrinh.impact.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.impact.rest.ImpactViews.ChangeOutcomeView;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.Repeats;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.tthc.TthcChangeKind;
import vn.quytrinh.tthc.rest.TthcViews.ChangeBody;

/** {@code POST /tthc/{code}/changes}: a Quyết định công bố amends, replaces or abolishes a TTHC. */
@Path("/tthc/{code}/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TthcChangeResource {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  private ImpactService impact;
  private CurrentCaller caller;

  @Inject
  public TthcChangeResource(ImpactService impact, CurrentCaller caller) {
    this.impact = impact;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected TthcChangeResource() {}

  @POST
  public Response record(@PathParam("code") String code, ChangeBody b) {
    Bodies.required(b);
    ImpactService.ChangeOutcome o =
        Repeats.settled(
            () ->
                impact.recordTthcChange(
                    caller.get(),
                    code,
                    Params.enumValue(TthcChangeKind.class, "kind", b.kind),
                    b.decisionNumber,
                    b.effectiveFrom,
                    b.replacedByCode));
    ChangeOutcomeView view = ChangeOutcomeView.of(o, Messages.of(headers.getAcceptableLanguages()));
    if (!o.created()) {
      return Response.ok(view).build();
    }
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(o.change().id())).build())
        .entity(view)
        .build();
  }
}
