package vn.quytrinh.impact.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import vn.quytrinh.impact.Finding;
import vn.quytrinh.impact.FindingsService;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

  private FindingsService findings;
  private CurrentCaller caller;

  @Inject
  public FindingResource(FindingsService findings, CurrentCaller caller) {
    this.findings = findings;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected FindingResource() {}

  @Context HttpHeaders headers;

  @GET
  public Page<Finding.View> list(
      @QueryParam("unit") String unit,
      @QueryParam("documentId") Long documentId,
      @BeanParam PageParams paging) {
    Locale locale = Messages.of(headers.getAcceptableLanguages());
    return Page.slice(findings.findings(caller.get(), unit, documentId), paging.request())
        .map(f -> f.in(locale));
  }
}
