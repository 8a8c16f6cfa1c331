package vn.quytrinh.impact.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.quytrinh.impact.Finding;
import vn.quytrinh.impact.FindingsService;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

  @Inject FindingsService findings;
  @Inject CurrentCaller caller;

  @GET
  public Page<Finding> list(
      @QueryParam("unit") String unit,
      @QueryParam("documentId") Long documentId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return Page.slice(
        findings.findings(caller.get(), unit, documentId), PageRequest.of(page, size));
  }
}
