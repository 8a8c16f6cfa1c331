package vn.quytrinh.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.search.SearchService;

@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  private SearchService search;
  private CurrentCaller caller;

  @Inject
  public SearchResource(SearchService search, CurrentCaller caller) {
    this.search = search;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected SearchResource() {}

  @GET
  public Page<SearchService.Hit> search(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("unit") String unit,
      @BeanParam PageParams paging) {
    return search.search(caller.get(), q, type, unit, paging.request());
  }

  @POST
  @Path("rebuild")
  public Map<String, Integer> rebuild() {
    return Map.of("entries", search.rebuild(caller.get()));
  }
}
