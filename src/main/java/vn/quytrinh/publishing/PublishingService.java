package vn.quytrinh.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentReading;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.Tthc;
import vn.quytrinh.tthc.TthcCode;
import vn.quytrinh.tthc.TthcService;
import vn.quytrinh.tthc.TthcStatus;

/**
 * Gathers, in one read transaction, everything a print needs and hands back plain models; the
 * rendering happens afterwards, streaming, outside the transaction.
 */
@ApplicationScoped
@Transactional
public class PublishingService {

  private DocumentService documents;
  private OrgService org;
  private LegalService legal;
  private TthcService tthc;
  private ImpactService impact;
  private TimeSource time;
  private vn.quytrinh.audit.AuditTrail audit;
  private vn.quytrinh.audit.AuditService trail;

  private vn.quytrinh.legal.text.LegalTextService texts;

  @Inject
  public PublishingService(
      DocumentService documents,
      OrgService org,
      LegalService legal,
      TthcService tthc,
      ImpactService impact,
      TimeSource time,
      vn.quytrinh.audit.AuditTrail audit,
      vn.quytrinh.audit.AuditService trail,
      vn.quytrinh.legal.text.LegalTextService texts) {
    this.documents = documents;
    this.org = org;
    this.legal = legal;
    this.tthc = tthc;
    this.impact = impact;
    this.time = time;
    this.audit = audit;
    this.trail = trail;
    this.texts = texts;
  }

  /** For the CDI client proxy only. */
  protected PublishingService() {}

  public ProcedureSheet sheet(Caller c, long documentId, int issueNo) {
    DocumentVersion v = documents.forExport(c, documentId, issueNo);
    ProcedureSheet s = sheet(c, v, registry(List.of(v)));
    audit.record(
        c.username(),
        "EXPORT",
        "VERSION",
        documentId + "/" + issueNo,
        v.document().unitCode(),
        Messages.vi("audit.export.version", s.documentCode(), issueNo));
    return s;
  }

  /**
   * The same sheet for reading on screen: what is printed is what the page shows, and reading is
   * not an export, so nothing is recorded.
   */
  public ProcedureSheet preview(Caller c, long documentId, int issueNo) {
    DocumentVersion v = documents.version(c, documentId, issueNo);
    return sheet(c, v, registry(List.of(v)));
  }

  /** What a document's page shows, read in one transaction: the document is loaded once. */
  public record ProcedurePage(
      DocumentReading reading, ProcedureSheet sheet, List<FlagView> flags) {}

  /**
   * A document's page: its reading (versions, signatures, events), the sheet of the version shown
   * and, for those who read the unit's work, its revision flags.
   */
  public ProcedurePage page(Caller c, long documentId, Integer issueNo) {
    DocumentReading r = documents.reading(c, documentId, issueNo);
    ProcedureSheet sheet = preview(c, documentId, r.shown().issueNo());
    List<FlagView> flags =
        r.workReader()
            ? impact.list(c, null, null, documentId, new PageRequest(0, 100)).items()
            : List.of();
    return new ProcedurePage(r, sheet, flags);
  }

  public Manual manual(Caller c, String unitCode, LocalDate asOf) {
    return manual(c, unitCode, asOf, false);
  }

  /**
   * The unit's manual on {@code asOf}; with {@code wordings}, each procedure's legal basis is
   * followed by the wording in force that day of each article or clause it cites whose text is
   * stored (each text read once for the whole manual).
   */
  public Manual manual(Caller c, String unitCode, LocalDate asOf, boolean wordings) {
    boolean inForceOnly = !c.readsWorkOf(unitCode);
    LocalDate on = manualDate(inForceOnly, asOf, time.today());
    String unitName = unitName(unitCode);
    List<DocumentVersion> inForce = new ArrayList<>();
    List<Manual.MasterRow> master = new ArrayList<>();
    for (ControlledDocument d : documents.ofUnit(c, unitCode)) {
      Optional<DocumentVersion> v = inForceOnly ? d.inForceOn(on) : d.dueInForceOn(on);
      if (v.isEmpty()) {
        continue;
      }
      master.add(
          new Manual.MasterRow(d.code(), d.title(), v.get().issueNo(), v.get().effectiveFrom()));
      if (d.kind() == DocumentKind.PROCEDURE) {
        inForce.add(v.get());
      }
    }
    inForce.sort(Comparator.comparing(v -> v.document().code()));
    master.sort(Comparator.comparing(Manual.MasterRow::code));
    Function<String, Optional<LegalDocument>> registry = registry(inForce);
    List<ProcedureSheet> sheets = new ArrayList<>();
    Map<Long, Optional<List<vn.quytrinh.legal.text.LegalTextService.ArticleInForce>>> read =
        new java.util.HashMap<>();
    Function<Long, Optional<List<vn.quytrinh.legal.text.LegalTextService.ArticleInForce>>>
        articles =
            id ->
                read.computeIfAbsent(
                    id,
                    k ->
                        texts.hasText(k)
                            ? Optional.of(texts.consolidated(k, on).articles())
                            : Optional.empty());
    for (DocumentVersion v : inForce) {
      ProcedureSheet s = sheet(c, v, registry);
      sheets.add(
          wordings
              ? s.withBasisWordings(BasisWordings.of(v.citations(), registry, articles, on))
              : s);
    }
    audit.record(
        c.username(),
        "EXPORT",
        "MANUAL",
        unitCode,
        unitCode,
        Messages.vi("audit.export.manual", sheets.size(), on.toString()));
    return new Manual(unitName, unitName, on, c.fullName(), master, sheets);
  }

  /**
   * The date a manual is printed for. Someone who only reads versions in force (a reader, the
   * administrator) gets a manual up to today: a later date is clamped to today, which the cover
   * then shows, so an approved version not yet in force never reaches them.
   */
  static LocalDate manualDate(boolean inForceOnly, LocalDate asOf, LocalDate today) {
    LocalDate on = asOf == null ? today : asOf;
    return inForceOnly && on.isAfter(today) ? today : on;
  }

  /** A manual's file name without extension: {@code So-tay-quy-trinh_<unit>_<date>}. */
  public static String manualFileName(String unitCode, LocalDate asOf) {
    return "So-tay-quy-trinh_" + unitCode + "_" + asOf;
  }

  /**
   * A register's file name without extension: "nhat-ky-kiem-toan" for the whole trail,
   * "nhat-ky-kiem-toan_HY" for a unit's; never "_null".
   */
  public static String registerFileName(String name, String unitCode) {
    String base = "audit".equals(name) ? "nhat-ky-kiem-toan" : name;
    return unitCode == null || unitCode.isBlank() ? base : base + "_" + unitCode;
  }

  /** Who may export the audit trail (as {@code /audit/verify}'s verifiers). */
  static final Role[] AUDIT_EXPORTERS = {Role.AUDITOR, Role.OVERSIGHT, Role.ADMIN};

  /**
   * The registers the caller may export for a unit, in the order the pages offer them: the master
   * list for everyone (it lists what they may read), coverage and flags for those who read the
   * unit's work, the audit trail for its auditors and the installation's overseers. The same rules
   * {@link #register} applies.
   */
  public static List<String> registersFor(Caller c, String unitCode) {
    List<String> names = new ArrayList<>();
    names.add("master-list");
    if (mayReadWork(c, unitCode)) {
      names.add("coverage");
      names.add("flags");
    }
    if (mayExportAudit(c) && c.sees(unitCode)) {
      names.add("audit");
    }
    return names;
  }

  public Register register(Caller c, String name, String unitCode) {
    if ("audit".equals(name)) {
      Register r = auditTrail(c, unitCode);
      audit.record(
          c.username(),
          "EXPORT",
          "REPORT",
          name,
          unitCode,
          Messages.vi("audit.export.events", r.rows().size()));
      return r;
    }
    if (unitCode == null || unitCode.isBlank()) {
      throw new vn.quytrinh.platform.problem.InvalidInput("unit", "problem.report.unitRequired");
    }
    String unitName = unitName(unitCode);
    Register r =
        switch (name) {
          case "master-list" -> masterList(c, unitCode, unitName);
          case "coverage" -> coverage(c, unitCode, unitName);
          case "flags" -> flags(c, unitCode, unitName);
          default -> throw new NotFound("problem.report.notFound", name);
        };
    audit.record(
        c.username(),
        "EXPORT",
        "REPORT",
        name,
        unitCode,
        Messages.vi("audit.export.rows", r.rows().size()));
    return r;
  }

  private Register masterList(Caller c, String unit, String unitName) {
    List<List<Object>> rows = new ArrayList<>();
    int i = 1;
    for (ControlledDocument d : documents.ofUnit(c, unit)) {
      List<DocumentVersion> visible = documents.versionsFor(c, d);
      if (visible.isEmpty()) {
        continue;
      }
      DocumentVersion latest = visible.get(visible.size() - 1);
      Optional<DocumentVersion> effective = d.effectiveVersion();
      rows.add(
          List.of(
              i++,
              d.code(),
              d.title(),
              d.kind().name(),
              effective.map(v -> (Object) v.issueNo()).orElse("—"),
              effective.map(v -> (Object) v.effectiveFrom()).orElse("—"),
              latest.status().label()
                  + (latest == effective.orElse(null)
                      ? ""
                      : " " + Messages.vi("form.register.issueInParens", latest.issueNo())),
              d.reviewPeriodMonths()));
    }
    return new Register(
        "Danh muc",
        PdfRenderer.MASTER_TITLE + " – " + unitName,
        List.of(
            Messages.vi("form.table.no"),
            Messages.vi("form.table.code"),
            Messages.vi("form.table.document.name"),
            Messages.vi("form.register.kind"),
            Messages.vi("form.table.issue"),
            Messages.vi("form.table.effectiveFrom"),
            Messages.vi("form.register.status"),
            Messages.vi("form.register.reviewMonths")),
        rows);
  }

  private Register coverage(Caller c, String unit, String unitName) {
    requireWorkReader(c, unit);
    Map<String, List<ControlledDocument>> byTthc = new java.util.HashMap<>();
    for (ControlledDocument d : documents.ofUnit(c, unit)) {
      if (d.effectiveIssueNo() == null) {
        continue;
      }
      for (String code : d.tthcCodes()) {
        for (String answered : new TthcCode(code).withNational()) {
          byTthc.computeIfAbsent(answered, k -> new ArrayList<>()).add(d);
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    int i = 1;
    for (Tthc t : tthc.ofUnit(unit)) {
      List<ControlledDocument> docs = byTthc.getOrDefault(t.code(), List.of());
      boolean ended = t.status() == TthcStatus.ABOLISHED || t.status() == TthcStatus.REPLACED;
      rows.add(
          List.of(
              i++,
              t.code(),
              t.name(),
              t.field() == null ? "—" : t.field(),
              t.timeLimitDays() == null ? "—" : (Object) t.timeLimitDays(),
              docs.isEmpty()
                  ? Messages.vi("form.register.noProcedure")
                  : String.join(
                      ", ",
                      docs.stream()
                          .map(
                              d ->
                                  d.code()
                                      + " "
                                      + Messages.vi(
                                          "form.register.issueInParens", d.effectiveIssueNo()))
                          .toList()),
              !docs.isEmpty()
                  ? Messages.vi("form.register.covered")
                  : ended
                      ? Messages.vi(
                          t.status() == TthcStatus.ABOLISHED
                              ? "form.register.notNeededAbolished"
                              : "form.register.notNeededReplaced")
                      : Messages.vi("form.register.missing")));
    }
    return new Register(
        "Bao phu TTHC",
        Messages.vi("form.register.coverage.title", unitName),
        List.of(
            Messages.vi("form.table.no"),
            Messages.vi("form.register.coverage.code"),
            Messages.vi("form.register.coverage.name"),
            Messages.vi("form.register.coverage.field"),
            Messages.vi("form.register.coverage.days"),
            Messages.vi("form.register.coverage.procedures"),
            Messages.vi("form.register.coverage.covered")),
        rows);
  }

  private Register flags(Caller c, String unit, String unitName) {
    requireWorkReader(c, unit);
    return flagRows(c, ImpactService.FlagCriteria.of(null, unit, null), unitName);
  }

  /**
   * The register of revision flags as the flags page filters it, for the units the person reads
   * (all of them when no unit is chosen), recorded as an export like the other registers.
   */
  public Register flagRegister(Caller c, ImpactService.FlagCriteria k) {
    String unit = k.unit() == null || k.unit().isBlank() ? null : k.unit();
    if (unit != null) {
      requireWorkReader(c, unit);
    }
    Register r =
        flagRows(c, k, unit == null ? Messages.vi("form.register.flags.allUnits") : unitName(unit));
    audit.record(
        c.username(),
        "EXPORT",
        "REPORT",
        "flags",
        unit,
        Messages.vi("audit.export.rows", r.rows().size()));
    return r;
  }

  private Register flagRows(Caller c, ImpactService.FlagCriteria k, String unitName) {
    List<List<Object>> rows = new ArrayList<>();
    int i = 1;
    int page = 0;
    while (true) {
      var p = impact.list(c, k, PageRequest.of(page++, 500));
      for (FlagView f : p.items()) {
        String trigger =
            f.trigger().tthcCode() != null
                ? "TTHC " + f.trigger().tthcCode() + " – " + f.trigger().number()
                : f.trigger().number() + " → " + f.trigger().targetNumber();
        rows.add(
            List.of(
                i++,
                f.documentCode(),
                f.issueNo(),
                f.severity() == vn.quytrinh.impact.Severity.AFFECTED
                    ? Messages.vi("form.register.affected")
                    : Messages.vi("form.register.mayBeAffected"),
                trigger,
                f.reason(),
                f.raisedOn(),
                f.dueOn(),
                Messages.vi("FlagStatus." + f.status().name()),
                f.justification() == null ? "" : f.justification()));
      }
      if ((long) page * 500 >= p.total()) {
        break;
      }
    }
    return new Register(
        "Co ra soat",
        Messages.vi("form.register.flags.title", unitName),
        List.of(
            Messages.vi("form.table.no"),
            Messages.vi("form.register.procedure"),
            Messages.vi("form.register.issue"),
            Messages.vi("form.register.severity"),
            Messages.vi("form.register.trigger"),
            Messages.vi("form.register.reason"),
            Messages.vi("form.register.raisedOn"),
            Messages.vi("form.register.dueOn"),
            Messages.vi("form.register.status"),
            Messages.vi("form.register.justification")),
        rows);
  }

  /** The audit trail, whole or one unit's, for auditors; each row with its hash. */
  private Register auditTrail(Caller c, String unit) {
    if (!mayExportAudit(c)) {
      throw new Forbidden("problem.role.required", java.util.Arrays.toString(AUDIT_EXPORTERS));
    }
    boolean one = unit != null && !unit.isBlank();
    if (one) {
      c.requireVisible(unit, unit);
    }
    List<List<Object>> rows = new ArrayList<>();
    long after = 0;
    while (true) {
      // the caller's events only, chosen by the database, in sequence order
      List<vn.quytrinh.audit.AuditChain.Event> page =
          trail.forExport(c, one ? unit : null, after, 2000);
      for (vn.quytrinh.audit.AuditChain.Event e : page) {
        rows.add(
            List.of(
                e.seq(),
                e.at().atZone(TimeSource.VIETNAM).toLocalDateTime().toString().replace('T', ' '),
                e.actor(),
                e.action(),
                e.entity(),
                e.entityId() == null ? "" : e.entityId(),
                e.unitCode() == null ? "" : e.unitCode(),
                e.summary() == null ? "" : e.summary(),
                e.hash()));
      }
      if (page.size() < 2000 || rows.size() > 200_000) {
        break;
      }
      after = page.get(page.size() - 1).seq();
    }
    return new Register(
        "Nhat ky",
        Messages.vi("form.register.audit.title") + (one ? " – " + unit : ""),
        List.of(
            Messages.vi("form.register.audit.seq"),
            Messages.vi("form.register.audit.at"),
            Messages.vi("form.register.audit.actor"),
            Messages.vi("form.register.audit.action"),
            Messages.vi("form.register.audit.entity"),
            Messages.vi("form.register.audit.entityId"),
            Messages.vi("form.register.audit.unit"),
            Messages.vi("form.register.audit.summary"),
            Messages.vi("form.register.audit.hash")),
        rows);
  }

  /** Whether the caller may export the coverage and flags registers of the unit. */
  static boolean mayReadWork(Caller c, String unit) {
    return c.readsWorkOf(unit);
  }

  /** Whether the caller may export an audit trail at all (the unit must also be theirs to see). */
  static boolean mayExportAudit(Caller c) {
    return c.hasAny(List.of(AUDIT_EXPORTERS));
  }

  /** Coverage and flags: the unit's work readers, as {@link #registersFor} offers them. */
  private static void requireWorkReader(Caller c, String unit) {
    if (!mayReadWork(c, unit)) {
      if (!c.sees(unit)) {
        throw new NotFound("problem.unit.notFound", unit);
      }
      throw new Forbidden("problem.report.forbidden");
    }
  }

  private String unitName(String unitCode) {
    return org.unit(unitCode).name();
  }

  private ProcedureSheet sheet(
      Caller c, DocumentVersion v, Function<String, Optional<LegalDocument>> registry) {
    ControlledDocument d = v.document();
    Optional<Tthc> t = tthc.withTimeLimit(d.tthcCodes());
    return SheetBuilder.sheet(
        unitName(d.unitCode()),
        v,
        registry,
        t.map(Tthc::timeLimitDays).orElse(null),
        t.map(Tthc::timeLimitText).orElse(null),
        c.fullName(),
        time.now());
  }

  /** One query for every document the versions cite; a number naming several stays unresolved. */
  private Function<String, Optional<LegalDocument>> registry(List<DocumentVersion> versions) {
    Set<String> keys = new HashSet<>();
    versions.forEach(v -> v.citations().stream().map(CitationRow::numberKey).forEach(keys::add));
    Map<String, List<LegalDocument>> found = legal.byKeys(keys);
    return key -> {
      List<LegalDocument> l = found.getOrDefault(key, List.of());
      return l.size() == 1 ? Optional.of(l.get(0)) : Optional.empty();
    };
  }

  static boolean reading(Caller c) {
    return c.hasAny(Role.READ_ALL);
  }
}
