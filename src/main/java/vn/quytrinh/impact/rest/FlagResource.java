package vn.quytrinh.impact.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import vn.quytrinh.impact.FlagChanges;
import vn.quytrinh.impact.FlagStatus;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.impact.Severity;
import vn.quytrinh.impact.rest.ImpactViews.DismissBody;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagResource {

  private ImpactService impact;
  private FlagChanges changes;
  private CurrentCaller caller;

  @Inject
  public FlagResource(ImpactService impact, FlagChanges changes, CurrentCaller caller) {
    this.impact = impact;
    this.changes = changes;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected FlagResource() {}

  @Context HttpHeaders headers;

  @GET
  public Page<FlagView> list(
      @QueryParam("status") String status,
      @QueryParam("unit") String unit,
      @QueryParam("severity") String severity,
      @QueryParam("dueFrom") String dueFrom,
      @QueryParam("dueTo") String dueTo,
      @QueryParam("documentId") Long documentId,
      @QueryParam("relationId") Long relationId,
      @QueryParam("tthcChangeId") Long tthcChangeId,
      @BeanParam PageParams paging) {
    ImpactService.FlagCriteria k =
        new ImpactService.FlagCriteria(
                Params.enumValue(FlagStatus.class, "status", status),
                unit,
                Params.enumValue(Severity.class, "severity", severity),
                Params.date("dueFrom", dueFrom),
                Params.date("dueTo", dueTo),
                documentId)
            .raisedBy(relationId, tthcChangeId);
    return impact.list(caller.get(), k, paging.request()).map(f -> f.in(language()));
  }

  @GET
  @Path("{id}")
  public FlagView get(@PathParam("id") long id) {
    return changes.view(caller.get(), id, language());
  }

  @POST
  @Path("{id}/dismiss")
  public FlagView dismiss(@PathParam("id") long id, DismissBody b) {
    Bodies.required(b);
    return impact.dismiss(caller.get(), id, b.justification).in(language());
  }

  private Locale language() {
    return Messages.of(headers.getAcceptableLanguages());
  }
}
