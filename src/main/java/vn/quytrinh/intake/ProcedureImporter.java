package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.quytrinh.document.Canonical;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.Upserted;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.InvalidInput;

/**
 * A procedure written in the standard Word form becomes a draft of a unit's document: of a new
 * document when its code is new in the unit, else the next revision of the existing one. The report
 * says what was read and what could not be.
 */
@ApplicationScoped
public class ProcedureImporter implements Importer {

  static final String MACRO_REFUSED = "problem.file.macro";

  private DocumentService documents;
  private CitationText citations;

  @Inject
  public ProcedureImporter(DocumentService documents, CitationText citations) {
    this.documents = documents;
    this.citations = citations;
  }

  /** For the CDI client proxy only. */
  protected ProcedureImporter() {}

  @Override
  public String entity() {
    return "DOCUMENT";
  }

  @Override
  public void read(ImportRun run, Upload file) {
    String unit = file.unit();
    if (unit == null || unit.isBlank()) {
      throw new InvalidInput("unit", "problem.import.unitRequired");
    }
    run.caller().requireVisible(unit, unit); // outside the caller's scope: 404, as every read
    refuseMacros(file.body(), file.mediaType());
    CitationText.Lookups lookups = new CitationText.Lookups();
    ProcedureDocxReader.Reading r =
        new ProcedureDocxReader(text -> citations.recognise(text, lookups)).read(file.body());
    run.read(1);
    r.read().forEach(x -> run.note(Message.of("text.import.docx.read", x)));
    r.unread().forEach(x -> run.note(Message.of("text.import.docx.unread", x)));
    if (r.code() == null) {
      run.reject(0, Message.of("text.import.docx.noCode"));
      return;
    }
    run.row(0, () -> new ImportRun.Read(r.code(), () -> procedure(run, unit, r)));
  }

  /**
   * A macro-enabled Word file (.docm) is refused with 415, whatever it is sent as: by its media
   * type, by a {@code vbaProject.bin} part, or by the macro-enabled main content type declared in
   * {@code [Content_Types].xml}. Only entry names and that small part are read.
   */
  static void refuseMacros(byte[] body, String mediaType) {
    if (mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("macroenabled")) {
      throw new BadFile(415, MACRO_REFUSED);
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
          throw new BadFile(415, MACRO_REFUSED);
        }
        if (name.equals("[content_types].xml")) {
          byte[] types = zip.readNBytes(1 << 20);
          if (new String(types, StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT)
              .contains("macroenabled")) {
            throw new BadFile(415, MACRO_REFUSED);
          }
        }
      }
    } catch (IOException | IllegalArgumentException unreadable) {
      // not a zip the check can walk: the DOCX reader refuses it with its own reason
    }
  }

  /**
   * Writes what the Word file brings, and says what it did: a new document (CREATED), a revision of
   * the one in force ("REVISION n"), or nothing when its latest version (the draft in progress, or
   * the one in force) already holds the same content (UNCHANGED). A draft in progress with other
   * content is not overwritten.
   */
  private ImportRun.Outcome procedure(ImportRun run, String unit, ProcedureDocxReader.Reading r) {
    Optional<ControlledDocument> existing = documents.byCode(run.caller(), unit, r.code());
    long id;
    if (existing.isEmpty()) {
      id =
          documents
              .create(
                  run.caller(),
                  new DocumentService.DocumentData(
                      r.code(),
                      r.title() == null ? r.code() : r.title(),
                      DocumentKind.PROCEDURE,
                      unit,
                      List.of(),
                      12))
              .id();
    } else {
      ControlledDocument doc = existing.get();
      Optional<DocumentVersion> pending = doc.inProgress();
      Optional<DocumentVersion> latest = pending.or(doc::effectiveVersion);
      if (latest.isPresent() && sameContent(latest.get().content(), r.content())) {
        return ImportRun.Outcome.of(Upserted.UNCHANGED);
      }
      if (pending.isPresent()) {
        throw new Conflict(
            "problem.import.versionInProgress",
            pending.get().issueNo(),
            doc.code(),
            pending.get().status());
      }
      id = doc.id();
    }
    DocumentVersion v = documents.startVersion(run.caller(), id);
    documents.save(
        run.caller(),
        id,
        v.issueNo(),
        new DocumentService.DraftData(
            r.content(),
            r.issueNo() == null
                ? Messages.vi("audit.import.fromWord")
                : Messages.vi("audit.import.fromWordIssue", r.issueNo()),
            null),
        "*");
    return existing.isEmpty()
        ? ImportRun.Outcome.of(Upserted.CREATED)
        : new ImportRun.Outcome(Upserted.UPDATED, "REVISION " + v.issueNo());
  }

  /** The same content in its canonical form, the form that is stored and signed. */
  private static boolean sameContent(ProcedureContent a, ProcedureContent b) {
    return Canonical.json(a.normalized()).equals(Canonical.json(b.normalized()));
  }
}
