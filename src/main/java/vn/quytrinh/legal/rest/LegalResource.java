package vn.quytrinh.legal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.legal.rest.LegalViews.LegalDocumentBody;
import vn.quytrinh.legal.rest.LegalViews.LegalDocumentView;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.platform.time.TimeSource;

@Path("/legal-documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalResource {

  @Context UriInfo uri;

  private LegalService legal;
  private CurrentCaller caller;
  private TimeSource time;

  @Inject
  public LegalResource(LegalService legal, CurrentCaller caller, TimeSource time) {
    this.legal = legal;
    this.caller = caller;
    this.time = time;
  }

  /** For the CDI client proxy only. */
  protected LegalResource() {}

  @GET
  public Page<LegalDocumentView> list(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("asOf") String asOf,
      @BeanParam PageParams paging) {
    caller.get();
    LocalDate on = date("asOf", asOf);
    Page<LegalDocument> found =
        legal.list(
            q,
            parse(LegalDocumentType.class, "type", type),
            parse(LegalStatus.class, "status", status),
            on,
            paging.request());
    Map<Long, LegalStatus> statuses = legal.statuses(found.items(), on);
    return found.map(d -> LegalDocumentView.of(d, statuses.get(d.id()), on, null));
  }

  @GET
  @Path("lookup")
  public List<LegalDocumentView> lookup(@QueryParam("number") String number) {
    caller.get();
    if (number == null || number.isBlank()) {
      throw new InvalidInput("number", "problem.param.numberRequired");
    }
    LocalDate today = time.today();
    List<LegalDocument> found = legal.lookup(number);
    Map<Long, LegalStatus> statuses = legal.statuses(found, today);
    return found.stream()
        .map(d -> LegalDocumentView.of(d, statuses.get(d.id()), today, null))
        .toList();
  }

  @POST
  public Response create(LegalDocumentBody b) {
    Bodies.required(b);
    LegalDocument d = legal.register(caller.get(), registration(b));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build())
        .tag(Preconditions.tag(LegalService.etag(d)))
        .entity(view(d, null))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
    caller.get();
    LegalDocument d = legal.get(id);
    return Response.ok(view(d, date("asOf", asOf)))
        .tag(Preconditions.tag(LegalService.etag(d)))
        .build();
  }

  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, LegalDocumentBody b) {
    Bodies.required(b);
    LegalDocument d = legal.update(caller.get(), id, registration(b), ifMatch);
    return Response.ok(view(d, null)).tag(Preconditions.tag(LegalService.etag(d))).build();
  }

  private LegalDocumentView view(LegalDocument d, LocalDate asOf) {
    LocalDate on = asOf == null ? time.today() : asOf;
    return LegalDocumentView.of(d, legal.status(d, on), on, legal.relationsOf(d.id()));
  }

  private static LegalService.Registration registration(LegalDocumentBody b) {
    return new LegalService.Registration(
        b.number, b.type, b.issuer, b.title, b.signedOn, b.effectiveFrom, b.effectiveUntil);
  }

  private LocalDate date(String field, String raw) {
    LocalDate d = Params.date(field, raw);
    return d == null ? time.today() : d;
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
    return Params.enumValue(type, field, raw);
  }
}
