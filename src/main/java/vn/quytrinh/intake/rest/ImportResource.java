package vn.quytrinh.intake.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.intake.BadFile;
import vn.quytrinh.intake.ImportReport;
import vn.quytrinh.intake.ImportService;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.security.CurrentCaller;

/**
 * {@code POST /imports/tthc}, {@code /imports/legal-documents}, {@code /imports/procedures}, and
 * the org chart's {@code /imports/units} and {@code /imports/people} (an administrator): the body
 * is the file itself with its media type, or a multipart form with a {@code file} part. Bounded in
 * size; {@code ?dryRun=true} reports without writing. Who may import, the size and the number of
 * imports at once are checked before the file is read ({@link ImportGate}).
 */
@Path("/imports")
@ImportUpload
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  private ImportService imports;
  private CurrentCaller caller;
  private long maxBytes;

  @Context HttpHeaders headers;

  @Inject
  public ImportResource(
      ImportService imports,
      CurrentCaller caller,
      @ConfigProperty(name = "quytrinh.import.max-bytes", defaultValue = "20971520")
          long maxBytes) {
    this.imports = imports;
    this.caller = caller;
    this.maxBytes = maxBytes;
  }

  /** For the CDI client proxy only. */
  protected ImportResource() {}

  @POST
  @Path("tthc")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ImportReport.Shown tthcForm(
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("unit") String unit,
      List<EntityPart> parts) {
    Upload u = part(parts);
    return words(imports.importTthc(caller.get(), u.bytes(), u.type(), unit, dryRun));
  }

  @POST
  @Path("tthc")
  @Consumes({
    "text/csv",
    "text/plain",
    "application/csv",
    "application/octet-stream",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel"
  })
  public ImportReport.Shown tthc(
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("unit") String unit,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    return words(imports.importTthc(caller.get(), read(body), type, unit, dryRun));
  }

  @POST
  @Path("legal-documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ImportReport.Shown legalForm(
      @QueryParam("dryRun") boolean dryRun, List<EntityPart> parts) {
    Upload u = part(parts);
    return words(imports.importLegal(caller.get(), u.bytes(), u.type(), dryRun));
  }

  @POST
  @Path("legal-documents")
  @Consumes({
    "text/csv",
    "text/plain",
    "application/csv",
    "application/octet-stream",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel"
  })
  public ImportReport.Shown legal(
      @QueryParam("dryRun") boolean dryRun,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    return words(imports.importLegal(caller.get(), read(body), type, dryRun));
  }

  @POST
  @Path("procedures")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ImportReport.Shown proceduresForm(
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("unit") String unit,
      List<EntityPart> parts) {
    Upload u = part(parts);
    return words(imports.importProcedure(caller.get(), u.bytes(), u.type(), unit, dryRun));
  }

  @POST
  @Path("procedures")
  @Consumes({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/octet-stream",
    "application/msword"
  })
  public ImportReport.Shown procedures(
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("unit") String unit,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    return words(imports.importProcedure(caller.get(), read(body), type, unit, dryRun));
  }

  @POST
  @Path("units")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ImportReport.Shown unitsForm(
      @QueryParam("dryRun") boolean dryRun, List<EntityPart> parts) {
    Upload u = part(parts);
    return words(imports.importUnits(caller.get(), u.bytes(), u.type(), dryRun));
  }

  @POST
  @Path("units")
  @Consumes({
    "text/csv",
    "text/plain",
    "application/csv",
    "application/octet-stream",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel"
  })
  public ImportReport.Shown units(
      @QueryParam("dryRun") boolean dryRun,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    return words(imports.importUnits(caller.get(), read(body), type, dryRun));
  }

  @POST
  @Path("people")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ImportReport.Shown peopleForm(
      @QueryParam("dryRun") boolean dryRun, List<EntityPart> parts) {
    Upload u = part(parts);
    return words(imports.importPeople(caller.get(), u.bytes(), u.type(), dryRun));
  }

  @POST
  @Path("people")
  @Consumes({
    "text/csv",
    "text/plain",
    "application/csv",
    "application/octet-stream",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel"
  })
  public ImportReport.Shown people(
      @QueryParam("dryRun") boolean dryRun,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    return words(imports.importPeople(caller.get(), read(body), type, dryRun));
  }

  /** The report in the requester's language ({@code Accept-Language}). */
  private ImportReport.Shown words(ImportReport report) {
    return report.in(Messages.of(headers.getAcceptableLanguages()));
  }

  record Upload(byte[] bytes, String type) {}

  private Upload part(List<EntityPart> parts) {
    for (EntityPart p : parts == null ? List.<EntityPart>of() : parts) {
      if ("file".equals(p.getName())) {
        return new Upload(
            read(p.getContent()), p.getMediaType() == null ? null : p.getMediaType().toString());
      }
    }
    throw new BadFile(400, "problem.file.missingPart");
  }

  byte[] read(InputStream in) {
    return vn.quytrinh.platform.rest.Uploads.read(in, maxBytes);
  }
}
