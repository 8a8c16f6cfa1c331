package vn.quytrinh.org.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.quytrinh.org.AppUser;
import vn.quytrinh.org.InterfaceLanguage;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.rest.OrgViews.LanguageBody;
import vn.quytrinh.org.rest.OrgViews.MeView;
import vn.quytrinh.org.rest.OrgViews.PasswordBody;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.CurrentCaller;

/**
 * The signed-in person, with roles and read scope, and what they change for themselves: the
 * language of their interface and their password.
 */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  private CurrentCaller caller;
  private OrgService org;
  private Validator validator;

  @Inject
  public MeResource(CurrentCaller caller, OrgService org, Validator validator) {
    this.caller = caller;
    this.org = org;
    this.validator = validator;
  }

  /** For the CDI client proxy only. */
  protected MeResource() {}

  @GET
  @Operation(
      summary = "The signed-in person",
      description =
          "Roles, read scope and the interface language chosen (vi or en); the ETag is the one"
              + " PUT /me/language takes in If-Match.")
  public Response me() {
    Caller c = caller.get();
    return answer(c, org.me(c));
  }

  @PUT
  @Path("language")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose the language of one's own interface",
      description =
          "Body {language: \"vi\"|\"en\"}; If-Match required (* allowed). Stored for the person and"
              + " applied whenever they sign in to the web interface. Answers the person as GET"
              + " /me does. Only for oneself: there is no way to set another person's.")
  public Response language(@HeaderParam("If-Match") String ifMatch, LanguageBody b) {
    Bodies.valid(validator, b);
    InterfaceLanguage l =
        InterfaceLanguage.of(b.language)
            .orElseThrow(() -> new InvalidInput("language", "validation.user.language"));
    Caller c = caller.get();
    return answer(c, org.chooseLanguage(c, l, ifMatch));
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change one's own password",
      description =
          "Body {currentPassword, newPassword}. 204 when changed; 403 when the current password is"
              + " wrong; 400 on newPassword when the password rule refuses it or it equals the"
              + " current one. Cached credentials are forgotten and every web session of the"
              + " person ends on every instance; the next request takes the new password.")
  public Response password(PasswordBody b) {
    Bodies.valid(validator, b);
    org.changeOwnPassword(caller.get(), b.currentPassword, b.newPassword, null);
    return Response.noContent().build();
  }

  private static Response answer(Caller c, AppUser u) {
    return Response.ok(MeView.of(c, u)).tag(Preconditions.tag(OrgService.etag(u))).build();
  }
}
