package vn.quytrinh.impact.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.platform.security.CurrentCaller;

/** {@code GET /legal-documents/{id}/dependents?article=&page=&size=}: the reverse index, paged. */
@Path("/legal-documents/{id}/dependents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DependentsResource {

  private ImpactService impact;
  private CurrentCaller caller;

  @Inject
  public DependentsResource(ImpactService impact, CurrentCaller caller) {
    this.impact = impact;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected DependentsResource() {}

  @GET
  public ImpactService.Dependents dependents(
      @PathParam("id") long id,
      @QueryParam("article") String article,
      @jakarta.ws.rs.BeanParam vn.quytrinh.platform.rest.PageParams paging) {
    return impact.dependents(caller.get(), id, article, paging.request());
  }
}
