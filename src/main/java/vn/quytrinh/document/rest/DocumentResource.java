package vn.quytrinh.document.rest;

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
import java.util.List;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentService.ApprovalDecision;
import vn.quytrinh.document.DocumentService.ReviewDecision;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.document.rest.DocumentViews.ActionsView;
import vn.quytrinh.document.rest.DocumentViews.ApproveBody;
import vn.quytrinh.document.rest.DocumentViews.CreateDocumentBody;
import vn.quytrinh.document.rest.DocumentViews.DescribeDocumentBody;
import vn.quytrinh.document.rest.DocumentViews.DiffView;
import vn.quytrinh.document.rest.DocumentViews.DocumentView;
import vn.quytrinh.document.rest.DocumentViews.DraftBody;
import vn.quytrinh.document.rest.DocumentViews.HistoryView;
import vn.quytrinh.document.rest.DocumentViews.ReviewBody;
import vn.quytrinh.document.rest.DocumentViews.SignaturesView;
import vn.quytrinh.document.rest.DocumentViews.VersionView;
import vn.quytrinh.document.rest.DocumentViews.WithdrawBody;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageParams;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.CurrentCaller;

@Path("/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentResource {

  @Context UriInfo uri;

  private DocumentService documents;
  private CurrentCaller caller;

  @Inject
  public DocumentResource(DocumentService documents, CurrentCaller caller) {
    this.documents = documents;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected DocumentResource() {}

  @GET
  public Page<DocumentView> list(
      @QueryParam("unit") String unit,
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("q") String q,
      @BeanParam PageParams paging) {
    DocumentService.Criteria k =
        new DocumentService.Criteria(
            unit,
            parse(DocumentKind.class, "kind", kind),
            parse(VersionStatus.class, "status", status),
            null,
            q,
            null,
            false);
    return documents.list(caller.get(), k, paging.request(), DocumentView::of);
  }

  @POST
  public Response create(CreateDocumentBody b) {
    Bodies.required(b);
    return documents.create(
        caller.get(),
        new DocumentService.DocumentData(
            b.code, b.title, b.kind, b.unitCode, b.tthcCodes, b.reviewPeriodMonths),
        (d, versions) ->
            Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build())
                .tag(Preconditions.tag(DocumentService.etag(d)))
                .entity(DocumentView.of(d, versions))
                .build());
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    return documents.get(caller.get(), id, DocumentResource::documentResponse);
  }

  @PUT
  @Path("{id}")
  public Response describe(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, DescribeDocumentBody b) {
    Bodies.required(b);
    return documents.describe(
        caller.get(),
        id,
        b.title,
        b.tthcCodes,
        b.reviewPeriodMonths,
        ifMatch,
        DocumentResource::documentResponse);
  }

  @POST
  @Path("{id}/withdraw")
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, WithdrawBody b) {
    Bodies.required(b);
    return documents.withdraw(
        caller.get(), id, b.reason, ifMatch, DocumentResource::documentResponse);
  }

  @POST
  @Path("{id}/versions")
  public Response startVersion(@PathParam("id") long id) {
    return documents.startVersion(
        caller.get(),
        id,
        v ->
            Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.issueNo())).build())
                .tag(Preconditions.tag(DocumentService.etag(v)))
                .entity(VersionView.of(v))
                .build());
  }

  @GET
  @Path("{id}/versions/{issueNo}")
  public Response version(@PathParam("id") long id, @PathParam("issueNo") int issueNo) {
    return documents.version(caller.get(), id, issueNo, DocumentResource::versionResponse);
  }

  @PUT
  @Path("{id}/versions/{issueNo}")
  public Response save(
      @PathParam("id") long id,
      @PathParam("issueNo") int issueNo,
      @HeaderParam("If-Match") String ifMatch,
      DraftBody b) {
    Bodies.required(b);
    return documents.save(
        caller.get(),
        id,
        issueNo,
        new DocumentService.DraftData(b.content, b.changeSummary, b.changeReason),
        ifMatch,
        DocumentResource::versionResponse);
  }

  @POST
  @Path("{id}/versions/{issueNo}/submit")
  public Response submit(
      @PathParam("id") long id,
      @PathParam("issueNo") int issueNo,
      @HeaderParam("If-Match") String ifMatch) {
    return documents.submit(caller.get(), id, issueNo, ifMatch, DocumentResource::versionResponse);
  }

  @POST
  @Path("{id}/versions/{issueNo}/review")
  public Response review(
      @PathParam("id") long id,
      @PathParam("issueNo") int issueNo,
      @HeaderParam("If-Match") String ifMatch,
      ReviewBody b) {
    Bodies.required(b);
    return documents.review(
        caller.get(),
        id,
        issueNo,
        parse(ReviewDecision.class, "decision", b.decision),
        b.comment,
        b.password,
        ifMatch,
        DocumentResource::versionResponse);
  }

  @POST
  @Path("{id}/versions/{issueNo}/approve")
  public Response approve(
      @PathParam("id") long id,
      @PathParam("issueNo") int issueNo,
      @HeaderParam("If-Match") String ifMatch,
      ApproveBody b) {
    Bodies.required(b);
    return documents.approve(
        caller.get(),
        id,
        issueNo,
        parse(ApprovalDecision.class, "decision", b.decision),
        b.comment,
        b.password,
        b.effectiveFrom,
        ifMatch,
        DocumentResource::versionResponse);
  }

  @GET
  @Path("{id}/versions/{issueNo}/actions")
  public ActionsView actions(@PathParam("id") long id, @PathParam("issueNo") int issueNo) {
    return new ActionsView(
        id, issueNo, java.util.List.copyOf(documents.operations(caller.get(), id, issueNo)));
  }

  @GET
  @Path("{id}/versions/{issueNo}/diff")
  public DiffView diff(
      @PathParam("id") long id,
      @PathParam("issueNo") int issueNo,
      @QueryParam("against") String againstParam) {
    Integer against = Params.integer("against", againstParam);
    if (against == null) {
      throw new InvalidInput("against", "problem.diff.againstRequired");
    }
    return new DiffView(id, issueNo, against, documents.diff(caller.get(), id, issueNo, against));
  }

  @GET
  @Path("{id}/versions/{issueNo}/history")
  public HistoryView history(@PathParam("id") long id, @PathParam("issueNo") int issueNo) {
    return documents.forWorkHistory(caller.get(), id, issueNo, HistoryView::of);
  }

  @GET
  @Path("{id}/versions/{issueNo}/signatures")
  public SignaturesView signatures(@PathParam("id") long id, @PathParam("issueNo") int issueNo) {
    return documents.forHistory(caller.get(), id, issueNo, SignaturesView::of);
  }

  /** Built inside the service's transaction (see {@code DocumentService}, views). */
  private static Response documentResponse(ControlledDocument d, List<DocumentVersion> versions) {
    return Response.ok(DocumentView.of(d, versions))
        .tag(Preconditions.tag(DocumentService.etag(d)))
        .build();
  }

  private static Response versionResponse(DocumentVersion v) {
    return Response.ok(VersionView.of(v)).tag(Preconditions.tag(DocumentService.etag(v))).build();
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
    return Params.enumValue(type, field, raw);
  }
}
