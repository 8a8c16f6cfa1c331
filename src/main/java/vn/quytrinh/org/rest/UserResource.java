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
import vn.quytrinh.org.AppUser;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.rest.OrgViews.CreateUserBody;
import vn.quytrinh.org.rest.OrgViews.UpdateUserBody;
import vn.quytrinh.org.rest.OrgViews.UserView;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

  @Context UriInfo uri;

  private OrgService org;
  private CurrentCaller caller;
  private Validator validator;

  @Inject
  public UserResource(OrgService org, CurrentCaller caller, Validator validator) {
    this.org = org;
    this.caller = caller;
    this.validator = validator;
  }

  /** For the CDI client proxy only. */
  protected UserResource() {}

  @GET
  public Page<UserView> list(
      @Parameter(description = "Only the people of this unit and of the units below it")
          @QueryParam("unit")
          String unit,
      @Parameter(description = "true: only active people; false: only deactivated ones")
          @QueryParam("active")
          String active,
      @Parameter(description = "In the username or the full name, marks and case ignored")
          @QueryParam("q")
          String q,
      @BeanParam PageParams paging) {
    return org.listUsers(
            caller.get(),
            new OrgService.People(unit, Params.bool("active", active), q),
            paging.request())
        .map(UserView::of);
  }

  @GET
  @Path("{username}")
  public Response get(@PathParam("username") String username) {
    AppUser u = org.user(caller.get(), username);
    return Response.ok(UserView.of(u)).tag(Preconditions.tag(OrgService.etag(u))).build();
  }

  @POST
  public Response create(CreateUserBody b) {
    Bodies.valid(validator, b);
    AppUser u =
        org.createUser(
            caller.get(),
            new OrgService.UserData(b.username, b.fullName, b.position, b.unitCode, b.roles, true),
            b.password);
    return Response.created(uri.getBaseUriBuilder().path("users").path(u.username()).build())
        .tag(Preconditions.tag(OrgService.etag(u)))
        .entity(UserView.of(u))
        .build();
  }

  @PUT
  @Path("{username}")
  public Response update(
      @PathParam("username") String username,
      @HeaderParam("If-Match") String ifMatch,
      UpdateUserBody b) {
    Bodies.valid(validator, b);
    AppUser u =
        org.updateUser(
            caller.get(),
            username,
            new OrgService.UserData(
                username, b.fullName, b.position, b.unitCode, b.roles, b.active),
            b.password,
            ifMatch);
    return Response.ok(UserView.of(u)).tag(Preconditions.tag(OrgService.etag(u))).build();
  }
}
