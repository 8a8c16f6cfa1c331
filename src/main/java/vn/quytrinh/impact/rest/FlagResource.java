package vn.quytrinh.impact.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.impact.rest.ImpactViews.DismissBody;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagResource {

  @Inject ImpactService impact;
  @Inject CurrentCaller caller;

  @GET
  public Page<FlagView> list(
      @QueryParam("status") String status,
      @QueryParam("unit") String unit,
      @QueryParam("documentId") Long documentId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return impact.list(caller.get(), status, unit, documentId, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  public FlagView get(@PathParam("id") long id) {
    return impact.get(caller.get(), id);
  }

  @POST
  @Path("{id}/dismiss")
  public FlagView dismiss(@PathParam("id") long id, DismissBody b) {
    Params.requireBody(b);
    return impact.dismiss(caller.get(), id, b.justification);
  }
}
