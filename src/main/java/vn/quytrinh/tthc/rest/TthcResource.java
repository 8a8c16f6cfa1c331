package vn.quytrinh.tthc.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.tthc.Tthc;
import vn.quytrinh.tthc.TthcLevel;
import vn.quytrinh.tthc.TthcService;
import vn.quytrinh.tthc.TthcStatus;
import vn.quytrinh.tthc.rest.TthcViews.TthcBody;
import vn.quytrinh.tthc.rest.TthcViews.TthcView;

@Path("/tthc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TthcResource {

  @Context UriInfo uri;

  private TthcService tthc;
  private CurrentCaller caller;

  @Inject
  public TthcResource(TthcService tthc, CurrentCaller caller) {
    this.tthc = tthc;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected TthcResource() {}

  @GET
  public Page<TthcView> list(
      @QueryParam("q") String q,
      @QueryParam("field") String field,
      @QueryParam("level") String level,
      @QueryParam("status") String status,
      @QueryParam("unit") String unit,
      @BeanParam PageParams paging) {
    caller.get();
    return tthc.list(
            q,
            field,
            Params.enumValue(TthcLevel.class, "level", level),
            Params.enumValue(TthcStatus.class, "status", status),
            unit,
            paging.request())
        .map(t -> TthcView.of(t, null));
  }

  @POST
  public Response create(TthcBody b) {
    Bodies.required(b);
    Tthc t = tthc.create(caller.get(), b.data());
    return Response.created(uri.getAbsolutePathBuilder().path(t.code()).build())
        .tag(Preconditions.tag(TthcService.etag(t)))
        .entity(TthcView.of(t, tthc.changesOf(t.code())))
        .build();
  }

  @GET
  @Path("{code}")
  public Response get(@PathParam("code") String code) {
    caller.get();
    Tthc t = tthc.get(code);
    return Response.ok(TthcView.of(t, tthc.changesOf(code)))
        .tag(Preconditions.tag(TthcService.etag(t)))
        .build();
  }

  @PUT
  @Path("{code}")
  public Response update(
      @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, TthcBody b) {
    Bodies.required(b);
    Tthc t = tthc.update(caller.get(), code, b.data(), ifMatch);
    return Response.ok(TthcView.of(t, tthc.changesOf(code)))
        .tag(Preconditions.tag(TthcService.etag(t)))
        .build();
  }
}
