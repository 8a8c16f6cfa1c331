package vn.quytrinh.org.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.org.rest.OrgViews.UnitBody;
import vn.quytrinh.org.rest.OrgViews.UnitView;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

  @Context UriInfo uri;

  private OrgService org;
  private CurrentCaller caller;
  private Validator validator;

  @Inject
  public UnitResource(OrgService org, CurrentCaller caller, Validator validator) {
    this.org = org;
    this.caller = caller;
    this.validator = validator;
  }

  /** For the CDI client proxy only. */
  protected UnitResource() {}

  @GET
  public Page<UnitView> list(
      @Parameter(description = "Only units of this level (TINH, SO, XA, PHONG, HUYEN, KHAC)")
          @QueryParam("level")
          String level,
      @Parameter(description = "Only the units directly under this unit code") @QueryParam("parent")
          String parent,
      @BeanParam PageParams paging) {
    caller.get();
    return org.units(Params.enumValue(UnitLevel.class, "level", level), parent, paging.request())
        .map(UnitView::of);
  }

  @GET
  @Path("{code}")
  public Response get(@PathParam("code") String code) {
    caller.get();
    Unit u = org.unit(code);
    return Response.ok(UnitView.of(u)).tag(Preconditions.tag(OrgService.etag(u))).build();
  }

  @POST
  public Response create(UnitBody body) {
    Unit u = org.createUnit(caller.get(), data(Bodies.valid(validator, body)));
    return Response.created(uri.getAbsolutePathBuilder().path(u.code()).build())
        .tag(Preconditions.tag(OrgService.etag(u)))
        .entity(UnitView.of(u))
        .build();
  }

  @PUT
  @Path("{code}")
  public Response update(
      @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, UnitBody body) {
    Bodies.valid(validator, body);
    if (!code.equals(body.code)) {
      throw new InvalidInput("code", "problem.unit.codeFixed");
    }
    Unit u = org.updateUnit(caller.get(), code, data(Bodies.valid(validator, body)), ifMatch);
    return Response.ok(UnitView.of(u)).tag(Preconditions.tag(OrgService.etag(u))).build();
  }

  private static OrgService.UnitData data(UnitBody b) {
    return new OrgService.UnitData(b.code, b.name, b.parentCode, b.level);
  }
}
