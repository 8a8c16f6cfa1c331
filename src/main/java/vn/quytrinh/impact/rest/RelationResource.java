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
import vn.quytrinh.impact.rest.ImpactViews.RelationOutcomeView;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.legal.rest.LegalViews.RelationBody;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.Repeats;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.security.CurrentCaller;

/**
 * {@code POST /legal-documents/{id}/relations}: record how a document acts on another, and flag.
 */
@Path("/legal-documents/{id}/relations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelationResource {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  private ImpactService impact;
  private CurrentCaller caller;

  @Inject
  public RelationResource(ImpactService impact, CurrentCaller caller) {
    this.impact = impact;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected RelationResource() {}

  @POST
  public Response record(@PathParam("id") long id, RelationBody b) {
    Bodies.required(b);
    ImpactService.RelationOutcome o =
        Repeats.settled(
            () ->
                impact.recordRelation(
                    caller.get(),
                    id,
                    Params.enumValue(RelationKind.class, "kind", b.kind),
                    b.targetNumber,
                    b.articles,
                    b.effectiveFrom));
    RelationOutcomeView view =
        RelationOutcomeView.of(o, Messages.of(headers.getAcceptableLanguages()));
    if (!o.created()) {
      return Response.ok(view).build();
    }
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(o.relation().id())).build())
        .entity(view)
        .build();
  }
}
