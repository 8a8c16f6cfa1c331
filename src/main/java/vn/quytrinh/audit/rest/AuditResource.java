package vn.quytrinh.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.quytrinh.audit.AuditChain;
import vn.quytrinh.audit.AuditService;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private AuditService audit;
  private CurrentCaller caller;

  @Inject
  public AuditResource(AuditService audit, CurrentCaller caller) {
    this.audit = audit;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected AuditResource() {}

  @GET
  @Operation(
      summary = "The audit events the caller may read, newest first",
      description =
          "Filtered by the caller's scope, counted and paged by the database. For deep pages, pass"
              + " the seq of the last event received as before= and keep page=0.")
  public Page<AuditChain.Event> events(
      @QueryParam("entity") String entity,
      @QueryParam("id") String id,
      @Parameter(
              description =
                  "Only events with a sequence number below this one (a cursor for deep pages; at"
                      + " least 1); total then counts those events")
          @QueryParam("before")
          Long before,
      @BeanParam PageParams paging) {
    return audit.events(
        caller.get(),
        entity == null ? null : entity.toUpperCase(java.util.Locale.ROOT),
        id,
        before,
        paging.request());
  }

  @GET
  @Path("verify")
  public AuditTrail.Verification verify() {
    return audit.verify(caller.get());
  }
}
