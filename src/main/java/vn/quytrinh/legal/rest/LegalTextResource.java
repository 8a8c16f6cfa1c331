package vn.quytrinh.legal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.rest.LegalTextViews.ConsolidatedView;
import vn.quytrinh.legal.rest.LegalTextViews.ImportView;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.legal.text.StoredText;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Attachments;
import vn.quytrinh.platform.rest.Bodies;
import vn.quytrinh.platform.rest.Params;
import vn.quytrinh.platform.rest.Uploads;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.platform.time.TimeSource;

/**
 * {@code /legal-documents/{id}/text}: import a legal document's text (a Word file or plain UTF-8
 * text, as the body with its media type or as the {@code file} part of a form; {@code ?dryRun=true}
 * shows the structure read and stores nothing), read it as in force on a day ({@code ?asOf=}), and
 * fetch the original file.
 */
@Path("/legal-documents/{id}/text")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LegalTextResource {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  private LegalTextService texts;
  private CurrentCaller caller;
  private TimeSource time;
  private long maxBytes;

  @Inject
  public LegalTextResource(
      LegalTextService texts,
      CurrentCaller caller,
      TimeSource time,
      @ConfigProperty(name = "quytrinh.import.max-bytes", defaultValue = "20971520")
          long maxBytes) {
    this.texts = texts;
    this.caller = caller;
    this.time = time;
    this.maxBytes = maxBytes;
  }

  /** For the CDI client proxy only. */
  protected LegalTextResource() {}

  @POST
  @LegalTextUpload
  @Consumes({"text/plain", DOCX, "application/msword", "application/octet-stream"})
  public Response importText(
      @PathParam("id") long id,
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    LegalService.requireKeeper(caller.get());
    byte[] bytes = read(body);
    return answer(
        texts.importText(
            caller.get(), id, new LegalTextService.Upload(bytes, type, fileName), dryRun),
        dryRun);
  }

  @POST
  @LegalTextUpload
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response importForm(
      @PathParam("id") long id, @QueryParam("dryRun") boolean dryRun, List<EntityPart> parts) {
    LegalService.requireKeeper(caller.get());
    for (EntityPart p : parts == null ? List.<EntityPart>of() : parts) {
      if ("file".equals(p.getName())) {
        byte[] bytes = read(p.getContent());
        String type = p.getMediaType() == null ? null : p.getMediaType().toString();
        return answer(
            texts.importText(
                caller.get(),
                id,
                new LegalTextService.Upload(bytes, type, p.getFileName().orElse(null)),
                dryRun),
            dryRun);
      }
    }
    throw new InvalidInput("file", "problem.file.missingPart");
  }

  /** The lines of the stored text, as read from its file or as corrected since. */
  @GET
  @Path("lines")
  public LinesBody lines(@PathParam("id") long id) {
    caller.get();
    return new LinesBody(texts.storedLines(id));
  }

  /**
   * Corrects by hand the parse of the stored text: the lines given replace those read from its file
   * (kept as uploaded), and the text is parsed again; {@code ?dryRun=true} shows the result and
   * stores nothing.
   */
  @PUT
  @Path("lines")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response correct(
      @PathParam("id") long id, @QueryParam("dryRun") boolean dryRun, LinesBody body) {
    LegalService.requireKeeper(caller.get());
    Bodies.required(body);
    if (body.lines() == null) {
      throw new InvalidInput("lines", "problem.legalText.linesRequired");
    }
    return Response.ok(
            ImportView.of(
                texts.correctText(caller.get(), id, body.lines(), dryRun), dryRun, locale()))
        .build();
  }

  /** A text's lines, one string a line. */
  public record LinesBody(List<String> lines) {}

  private Response answer(LegalTextService.Imported i, boolean dryRun) {
    ImportView view = ImportView.of(i, dryRun, locale());
    if (i.stored() && !i.replaced()) {
      return Response.created(uri.getAbsolutePathBuilder().replaceQuery(null).build())
          .entity(view)
          .build();
    }
    return Response.ok(view).build();
  }

  @GET
  public ConsolidatedView consolidated(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
    caller.get();
    LocalDate on = Params.date("asOf", asOf);
    return ConsolidatedView.of(texts.consolidated(id, on == null ? time.today() : on), locale());
  }

  @GET
  @Path("original")
  @Produces(MediaType.WILDCARD)
  public Response original(@PathParam("id") long id) {
    caller.get();
    StoredText t = texts.stored(id);
    String name = t.fileName() != null ? t.fileName() : "text-" + id;
    return Response.ok(t.original(), t.mediaType())
        .header("Content-Disposition", Attachments.disposition(name))
        .header(Attachments.NOSNIFF_HEADER, "nosniff")
        .build();
  }

  private Locale locale() {
    return Messages.of(headers.getAcceptableLanguages());
  }

  private byte[] read(InputStream in) {
    return Uploads.read(in, maxBytes);
  }
}
