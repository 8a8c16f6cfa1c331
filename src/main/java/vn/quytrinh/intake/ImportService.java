package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.document.Canonical;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.tthc.Tthc;
import vn.quytrinh.tthc.TthcCode;
import vn.quytrinh.tthc.TthcLevel;
import vn.quytrinh.tthc.TthcService;

/**
 * Imports of the TTHC list and of legal documents: every row is checked first; if any is refused,
 * nothing is written (400 with the whole report). The same file twice changes nothing the second
 * time. A dry run does all the work in a transaction that is then rolled back.
 */
@ApplicationScoped
@Transactional
public class ImportService {

  private TthcService tthc;
  private LegalService legal;
  private AuditTrail audit;
  private CitationText citations;
  private DocumentService documents;
  private TransactionSynchronizationRegistry tx;
  private Measures measures;

  @Inject
  public ImportService(
      TthcService tthc,
      LegalService legal,
      AuditTrail audit,
      CitationText citations,
      DocumentService documents,
      TransactionSynchronizationRegistry tx,
      Measures measures) {
    this.tthc = tthc;
    this.legal = legal;
    this.audit = audit;
    this.citations = citations;
    this.documents = documents;
    this.tx = tx;
    this.measures = measures;
  }

  /** For the CDI client proxy only. */
  protected ImportService() {}

  /**
   * Who may import: a coordinator. Asked again by {@code ImportGate} before an upload is read, so a
   * file sent by someone else is refused before a byte of it is held.
   */
  public static void requireImporter(Caller c) {
    c.require(Role.COORDINATOR);
  }

  // ---- TTHC

  public ImportReport importTthc(
      Caller c, byte[] body, String mediaType, String unit, boolean dryRun) {
    requireImporter(c);
    Table t = TableReader.read(body, mediaType, Columns.TTHC);
    requireColumns(t, "code", "name");
    List<ImportReport.Rejected> rejected = new ArrayList<>();
    List<TthcService.Data> data = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Message> notes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CitationText.Lookups lookups = new CitationText.Lookups();
    String groupField = null;
    for (Table.Row r : t.rows()) {
      Optional<String> heading = groupHeading(r);
      if (heading.isPresent()) {
        groupField = fieldOfGroup(heading.get());
        notes.add(
            groupField == null
                ? Message.of("text.import.groupHeading", r.line(), heading.get())
                : Message.of("text.import.groupHeadingField", r.line(), heading.get(), groupField));
        continue;
      }
      try {
        TthcService.Data d = tthcRow(r, unit, notes, lookups, groupField);
        if (!seen.add(d.code())) {
          rejected.add(
              new ImportReport.Rejected(
                  r.line(), Message.of("text.import.duplicateTthc", d.code())));
          continue;
        }
        data.add(d);
        lines.add(r.line());
      } catch (ProblemException e) {
        rejected.add(ImportReport.Rejected.of(r.line(), e));
      }
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<ImportReport.Item> items = new ArrayList<>();
    // the good rows' outcomes are reported even when another row is refused; written only if none
    // is
    boolean write = rejected.isEmpty();
    Map<String, Tthc> known = new HashMap<>();
    tthc.all().forEach(x -> known.put(x.code(), x));
    for (int i = 0; i < data.size(); i++) {
      TthcService.Data d = data.get(i);
      Optional<Tthc> existing = Optional.ofNullable(known.get(d.code()));
      String outcome;
      try {
        if (existing.isEmpty()) {
          if (write) {
            tthc.importOne(c, null, d);
          }
          created++;
          outcome = "CREATED";
        } else if (same(existing.get(), d, tthc)) {
          unchanged++;
          outcome = "UNCHANGED";
        } else {
          if (write) {
            tthc.importOne(c, existing.get(), merged(existing.get(), d, tthc));
          }
          updated++;
          outcome = "UPDATED";
        }
        items.add(new ImportReport.Item(lines.get(i), d.code(), outcome));
      } catch (ProblemException e) {
        rejected.add(ImportReport.Rejected.of(lines.get(i), e));
      }
    }
    ImportReport report =
        new ImportReport(
            dryRun,
            created,
            updated,
            unchanged,
            items,
            rejected,
            List.copyOf(new LinkedHashSet<>(notes)));
    finish(c, report, "TTHC", t.rows().size());
    return report;
  }

  /**
   * A row of an annex that only names a group ("A. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "I. Lĩnh vực Hộ
   * tịch"): no code, and no data beyond its number and its text.
   */
  static Optional<String> groupHeading(Table.Row r) {
    if (r.get("code") != null) {
      return Optional.empty();
    }
    for (String column : r.cells().keySet()) {
      if (!column.equals("stt") && !column.equals("name") && r.get(column) != null) {
        return Optional.empty();
      }
    }
    StringBuilder text = new StringBuilder();
    for (String column : List.of("stt", "name")) {
      if (r.get(column) != null) {
        text.append(text.length() == 0 ? "" : " ").append(r.get(column));
      }
    }
    return text.length() == 0 ? Optional.empty() : Optional.of(text.toString());
  }

  private static final Pattern FIELD_HEADING = Columns.FIELD_HEADING;

  /**
   * "I. Lĩnh vực Hộ tịch" → "Hộ tịch", "II. LĨNH VỰC CHỨNG THỰC" → "Chứng thực"; null for a heading
   * that names no field.
   */
  static String fieldOfGroup(String heading) {
    Matcher m = FIELD_HEADING.matcher(Text.clean(heading));
    if (!m.find()) {
      return null;
    }
    String f = m.group(1);
    if (f.equals(f.toUpperCase(Locale.ROOT))) {
      f = f.toLowerCase(Locale.ROOT); // a heading in capitals: "LĨNH VỰC CHỨNG THỰC"
    }
    return Character.toUpperCase(f.charAt(0)) + f.substring(1);
  }

  TthcService.Data tthcRow(
      Table.Row r,
      String unit,
      List<Message> notes,
      CitationText.Lookups lookups,
      String groupField) {
    String code = r.get("code");
    if (code == null || !TthcCode.isValid(code)) {
      throw new vn.quytrinh.platform.problem.InvalidInput(
          "code", "problem.import.invalidTthcCode", code);
    }
    String name = r.get("name");
    if (name == null) {
      throw new vn.quytrinh.platform.problem.InvalidInput("name", "problem.import.tthcNameMissing");
    }
    String time = r.get("time");
    BigDecimal days = TimeLimits.workingDays(time).orElse(null);
    if (time != null && days == null) {
      notes.add(Message.of("text.import.unreadTime", r.line(), time));
    }
    List<TthcService.Citation> basis = new ArrayList<>();
    String basisText = r.get("basis");
    if (basisText != null) {
      CitationText.Result found = citations.recognise(basisText, lookups);
      basis.addAll(found.citations());
      found.unknown().forEach(u -> notes.add(Message.of("text.import.unknownBasis", r.line(), u)));
    }
    List<String> units = new ArrayList<>();
    if (unit != null && !unit.isBlank()) {
      units.add(unit);
    }
    String unitCell = r.get("units");
    if (unitCell != null) {
      for (String u : unitCell.split("[,;\\n]")) {
        if (!u.isBlank()) {
          units.add(u.strip());
        }
      }
    }
    return new TthcService.Data(
        TthcCode.parse(code).value(),
        name,
        r.get("field") != null ? r.get("field") : groupField,
        level(r.get("level")),
        r.get("agency"),
        units,
        days,
        time,
        r.get("fee"),
        List.of(),
        r.get("result"),
        basis);
  }

  static TthcLevel level(String text) {
    if (text == null) {
      return null;
    }
    String f = Text.fold(text);
    int n = 0;
    TthcLevel l = null;
    if (f.contains("trung uong") || f.contains("cap bo")) {
      l = TthcLevel.TRUNG_UONG;
      n++;
    }
    if (f.contains("tinh")) {
      l = TthcLevel.TINH;
      n++;
    }
    if (f.contains("huyen")) {
      l = TthcLevel.HUYEN;
      n++;
    }
    if (f.contains("xa")) {
      l = TthcLevel.XA;
      n++;
    }
    return n > 1 ? TthcLevel.NHIEU_CAP : l;
  }

  /**
   * The file's row against what is registered: the file's dossier, units and result are kept when
   * it has none.
   */
  private static boolean same(Tthc t, TthcService.Data d, TthcService service) {
    TthcService.Data m = merged(t, d, service);
    return Objects.equals(Text.cleanOrNull(m.name()), t.name())
        && Objects.equals(Text.cleanOrNull(m.field()), t.field())
        && Objects.equals(m.level(), t.level())
        && Objects.equals(Text.cleanOrNull(m.agency()), t.agency())
        && new java.util.TreeSet<>(m.unitCodes()).equals(new java.util.TreeSet<>(t.unitCodes()))
        && cmp(m.timeLimitDays(), t.timeLimitDays())
        && Objects.equals(Text.cleanOrNull(m.timeLimitText()), t.timeLimitText())
        && Objects.equals(Text.cleanOrNull(m.fee()), t.fee())
        && Objects.equals(Text.cleanOrNull(m.result()), t.result())
        && citationsEqual(m.legalBasis(), t.legalBasis());
  }

  private static TthcService.Data merged(Tthc t, TthcService.Data d, TthcService service) {
    Set<String> units = new java.util.TreeSet<>(t.unitCodes());
    units.addAll(d.unitCodes());
    return new TthcService.Data(
        d.code(),
        d.name(),
        d.field() != null ? d.field() : t.field(),
        d.level() != null ? d.level() : t.level(),
        d.agency() != null ? d.agency() : t.agency(),
        List.copyOf(units),
        d.timeLimitDays() != null ? d.timeLimitDays() : t.timeLimitDays(),
        d.timeLimitText() != null ? d.timeLimitText() : t.timeLimitText(),
        d.fee() != null ? d.fee() : t.fee(),
        service.dossier(t),
        d.result() != null ? d.result() : t.result(),
        d.legalBasis().isEmpty()
            ? t.legalBasis().stream()
                .map(r -> new TthcService.Citation(r.number(), r.article(), r.clause(), r.point()))
                .toList()
            : d.legalBasis());
  }

  private static boolean cmp(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static boolean citationsEqual(List<TthcService.Citation> a, List<CitationRow> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      TthcService.Citation x = a.get(i);
      CitationRow y = b.get(i);
      if (!LegalDocumentNumber.parse(x.number()).key().equals(y.numberKey())
          || !Objects.equals(vn.quytrinh.legal.Citations.article(x.article()), y.article())
          || !Objects.equals(Text.cleanOrNull(x.clause()), y.clause())
          || !Objects.equals(Text.cleanOrNull(x.point()), y.point())) {
        return false;
      }
    }
    return true;
  }

  // ---- procedures written in Word

  /**
   * A procedure in the standard form becomes a draft: of a new document when its code is new in the
   * unit, else the next revision of the existing one. The report says what was read and what could
   * not be.
   */
  static final String MACRO_REFUSED = "problem.file.macro";

  /**
   * A macro-enabled Word file (.docm) is refused with 415, whatever it is sent as: by its media
   * type, by a {@code vbaProject.bin} part, or by the macro-enabled main content type declared in
   * {@code [Content_Types].xml}. Only entry names and that small part are read.
   */
  static void refuseMacros(byte[] body, String mediaType) {
    if (mediaType != null
        && mediaType.toLowerCase(java.util.Locale.ROOT).contains("macroenabled")) {
      throw new BadFile(415, MACRO_REFUSED);
    }
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(body))) {
      java.util.zip.ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
          throw new BadFile(415, MACRO_REFUSED);
        }
        if (name.equals("[content_types].xml")) {
          byte[] types = zip.readNBytes(1 << 20);
          if (new String(types, java.nio.charset.StandardCharsets.UTF_8)
              .toLowerCase(java.util.Locale.ROOT)
              .contains("macroenabled")) {
            throw new BadFile(415, MACRO_REFUSED);
          }
        }
      }
    } catch (java.io.IOException | IllegalArgumentException unreadable) {
      // not a zip the check can walk: the DOCX reader refuses it with its own reason
    }
  }

  public ImportReport importProcedure(
      Caller c, byte[] body, String mediaType, String unit, boolean dryRun) {
    requireImporter(c);
    if (unit == null || unit.isBlank()) {
      throw new vn.quytrinh.platform.problem.InvalidInput("unit", "problem.import.unitRequired");
    }
    c.requireVisible(unit, unit); // outside the caller's scope: 404, as every read
    refuseMacros(body, mediaType);
    CitationText.Lookups lookups = new CitationText.Lookups();
    ProcedureDocxReader.Reading r =
        new ProcedureDocxReader(text -> citations.recognise(text, lookups)).read(body);
    List<Message> notes = new ArrayList<>();
    r.read().forEach(x -> notes.add(Message.of("text.import.docx.read", x)));
    r.unread().forEach(x -> notes.add(Message.of("text.import.docx.unread", x)));
    List<ImportReport.Rejected> rejected = new ArrayList<>();
    List<ImportReport.Item> items = new ArrayList<>();
    if (r.code() == null) {
      rejected.add(new ImportReport.Rejected(0, Message.of("text.import.docx.noCode")));
    } else {
      try {
        items.add(new ImportReport.Item(0, r.code(), procedure(c, unit, r)));
      } catch (ProblemException e) {
        rejected.add(ImportReport.Rejected.of(0, e));
      }
    }
    String outcome = items.isEmpty() ? "" : items.get(0).outcome();
    ImportReport report =
        new ImportReport(
            dryRun,
            outcome.equals("CREATED") ? 1 : 0,
            outcome.startsWith("REVISION") ? 1 : 0,
            outcome.equals("UNCHANGED") ? 1 : 0,
            items,
            rejected,
            notes);
    finish(c, report, "DOCUMENT", 1);
    return report;
  }

  /**
   * Writes what the Word file brings, and says what it did: a new document (CREATED), a revision of
   * the one in force ("REVISION n"), or nothing when its latest version (the draft in progress, or
   * the one in force) already holds the same content (UNCHANGED). A draft in progress with other
   * content is not overwritten.
   */
  private String procedure(Caller c, String unit, ProcedureDocxReader.Reading r) {
    Optional<ControlledDocument> existing = documents.byCode(c, unit, r.code());
    long id;
    if (existing.isEmpty()) {
      id =
          documents
              .create(
                  c,
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
        return "UNCHANGED";
      }
      if (pending.isPresent()) {
        throw new vn.quytrinh.platform.problem.Conflict(
            "problem.import.versionInProgress",
            pending.get().issueNo(),
            doc.code(),
            pending.get().status());
      }
      id = doc.id();
    }
    DocumentVersion v = documents.startVersion(c, id);
    documents.save(
        c,
        id,
        v.issueNo(),
        new DocumentService.DraftData(
            r.content(),
            r.issueNo() == null
                ? Messages.vi("audit.import.fromWord")
                : Messages.vi("audit.import.fromWordIssue", r.issueNo()),
            null),
        "*");
    return existing.isEmpty() ? "CREATED" : "REVISION " + v.issueNo();
  }

  /** The same content in its canonical form, the form that is stored and signed. */
  private static boolean sameContent(ProcedureContent a, ProcedureContent b) {
    return Canonical.json(a.normalized()).equals(Canonical.json(b.normalized()));
  }

  // ---- legal documents

  public ImportReport importLegal(Caller c, byte[] body, String mediaType, boolean dryRun) {
    requireImporter(c);
    Table t = TableReader.read(body, mediaType, Columns.LEGAL);
    requireColumns(t, "number", "title");
    List<ImportReport.Rejected> rejected = new ArrayList<>();
    List<LegalService.Registration> regs = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Table.Row r : t.rows()) {
      try {
        LegalDocumentNumber n = LegalDocumentNumber.parse(r.get("number"));
        LocalDate signed = date(r.get("signedOn"), "text.import.column.signedOn");
        LegalService.Registration reg =
            new LegalService.Registration(
                n.value(),
                type(r.get("type"), n),
                r.get("issuer"),
                r.get("title"),
                signed,
                date(r.get("effectiveFrom"), "text.import.column.effectiveFrom"),
                date(r.get("effectiveUntil"), "text.import.column.effectiveUntil"));
        String identity = LegalDocument.identityKey(n, reg.issuer(), signed);
        if (!seen.add(identity)) {
          rejected.add(
              new ImportReport.Rejected(
                  r.line(), Message.of("text.import.duplicateLegal", n.value())));
          continue;
        }
        regs.add(reg);
        lines.add(r.line());
      } catch (ProblemException e) {
        rejected.add(ImportReport.Rejected.of(r.line(), e));
      }
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<ImportReport.Item> items = new ArrayList<>();
    boolean write = rejected.isEmpty();
    for (int i = 0; i < regs.size(); i++) {
      LegalService.Registration reg = regs.get(i);
      try {
        LegalDocumentNumber n = LegalDocumentNumber.parse(reg.number());
        Optional<LegalDocument> existing =
            legal.byIdentity(
                LegalDocument.identityKey(n, Text.cleanOrNull(reg.issuer()), reg.signedOn()));
        String outcome;
        if (existing.isEmpty()) {
          if (write) {
            legal.register(c, reg);
          }
          created++;
          outcome = "CREATED";
        } else if (sameLegal(existing.get(), reg)) {
          unchanged++;
          outcome = "UNCHANGED";
        } else {
          if (write) {
            legal.update(c, existing.get().id(), reg, "*");
          }
          updated++;
          outcome = "UPDATED";
        }
        items.add(new ImportReport.Item(lines.get(i), n.value(), outcome));
      } catch (ProblemException e) {
        rejected.add(ImportReport.Rejected.of(lines.get(i), e));
      }
    }
    ImportReport report =
        new ImportReport(dryRun, created, updated, unchanged, items, rejected, List.of());
    finish(c, report, "LEGAL_DOCUMENT", t.rows().size());
    return report;
  }

  private static boolean sameLegal(LegalDocument d, LegalService.Registration r) {
    return d.type() == r.type()
        && Objects.equals(d.issuer(), Text.cleanOrNull(r.issuer()))
        && Objects.equals(d.title(), Text.cleanOrNull(r.title()))
        && Objects.equals(d.signedOn(), r.signedOn())
        && Objects.equals(d.effectiveFrom(), r.effectiveFrom())
        && Objects.equals(d.effectiveUntil(), r.effectiveUntil());
  }

  static LegalDocumentType type(String text, LegalDocumentNumber n) {
    String f = text == null ? "" : Text.fold(text);
    for (LegalDocumentType t : LegalDocumentType.values()) {
      if (!f.isEmpty() && f.equals(Text.fold(t.label()))) {
        return t;
      }
    }
    String code = n.typeCode();
    return switch (code) {
      case "ND" -> LegalDocumentType.NGHI_DINH;
      case "QD" -> LegalDocumentType.QUYET_DINH;
      case "TT" -> LegalDocumentType.THONG_TU;
      case "TTLT" -> LegalDocumentType.THONG_TU_LIEN_TICH;
      case "QH" -> LegalDocumentType.LUAT;
      case "NQ" -> LegalDocumentType.NGHI_QUYET;
      case "CT" -> LegalDocumentType.CHI_THI;
      case "KH" -> LegalDocumentType.KE_HOACH;
      case "UBND", "BTP", "VPCP", "CV" -> LegalDocumentType.CONG_VAN;
      default -> LegalDocumentType.KHAC;
    };
  }

  static LocalDate date(String text, String what) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    for (DateTimeFormatter f :
        List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"))) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    throw new vn.quytrinh.platform.problem.InvalidInput(
        "date", "problem.import.unreadableDate", Message.of(what), s);
  }

  private void finish(Caller c, ImportReport report, String what, int rows) {
    if (!report.rejected().isEmpty()) {
      tx.setRollbackOnly();
      measures.importRun(what, Measures.ImportOutcome.REJECTED, rows);
      throw new ImportRejected(report);
    }
    if (report.dryRun()) {
      tx.setRollbackOnly();
      measures.importRun(what, Measures.ImportOutcome.DRY_RUN, rows);
      return;
    }
    measures.importRun(what, Measures.ImportOutcome.APPLIED, rows);
    audit.record(
        c.username(),
        "IMPORT",
        "IMPORT",
        what,
        null,
        Messages.vi(
            "audit.import.summary", rows, report.created(), report.updated(), report.unchanged()));
  }

  private static void requireColumns(Table t, String... columns) {
    for (String col : columns) {
      if (!t.headers().contains(col)) {
        throw new BadFile(400, "problem.file.requiredColumn", col);
      }
    }
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
