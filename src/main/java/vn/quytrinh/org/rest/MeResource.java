package vn.quytrinh.org.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.quytrinh.org.rest.OrgViews.MeView;
import vn.quytrinh.platform.security.CurrentCaller;

/** The signed-in person, with roles and read scope. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  private CurrentCaller caller;

  @Inject
  public MeResource(CurrentCaller caller) {
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected MeResource() {}

  @GET
  public MeView me() {
    return MeView.of(caller.get());
  }
}
