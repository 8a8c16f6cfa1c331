package vn.quytrinh.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
  public Page<AuditChain.Event> events(
      @QueryParam("entity") String entity,
      @QueryParam("id") String id,
      @QueryParam("before") Long before,
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
