package vn.quytrinh.web.imports;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import vn.quytrinh.intake.ImportRejected;
import vn.quytrinh.intake.ImportReport;
import vn.quytrinh.intake.ImportService;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.Unit;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.upload.ImportLimiter;
import vn.quytrinh.web.Filters;
import vn.quytrinh.web.HeldUpload;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.UnitNames;
import vn.quytrinh.web.session.CurrentUser;

/**
 * Imports ({@code /app/imports.xhtml}): a TTHC list or legal documents as a spreadsheet, or a
 * procedure in the standard Word form (a coordinator); the units or the people of the org chart as
 * a spreadsheet (an administrator). The file is first run dry ({@link ImportService}, rolled back)
 * and its report shown row by row; only when the person confirms is the same file run for real —
 * and its report shown again, since the registries may have changed in between. Offered only to
 * those who may import ({@link ImportService#mayImport}, {@link OrgService#mayAdminister}), each
 * the kinds they may; the service refuses anyone else. The container bounds the upload (the Faces
 * servlet's {@code multipart-config}), the bean the file ({@code quytrinh.import.max-bytes}), and
 * an import takes one of the instance's import places ({@link ImportLimiter}) like the API's.
 */
@Named
@ViewScoped
public class ImportDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What is imported, and the service call for it. */
  public enum Kind {
    TTHC,
    LEGAL,
    PROCEDURE,
    UNITS,
    PEOPLE;

    /** Whether the kind keeps the org chart, an administrator's. */
    public boolean org() {
      return this == UNITS || this == PEOPLE;
    }
  }

  private CurrentUser user;
  private ImportService imports;
  private ImportLimiter limiter;
  private UnitNames units;

  private Kind kind;
  private String unit;
  private transient UploadedFile file;

  /** The file checked, held on disk between the dry run and the confirmation. */
  private HeldUpload held;

  /** The name of the file last checked, still shown once the file itself is gone (imported). */
  private String heldName;

  private Kind heldKind;
  private String heldUnit;
  private Shown report;
  private boolean applied;

  @Inject
  public ImportDesk(
      CurrentUser user, ImportService imports, ImportLimiter limiter, UnitNames units) {
    this.user = user;
    this.imports = imports;
    this.limiter = limiter;
    this.units = units;
  }

  /** For the CDI client proxy only. */
  protected ImportDesk() {}

  /** Someone who may not import is answered 403 here, as the API's import endpoints answer. */
  public void load() throws IOException {
    try {
      if (!OrgService.mayAdminister(user.caller())) {
        ImportService.requireImporter(user.caller());
      }
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
      return;
    }
    if (kind == null) {
      kind = getKinds().get(0); // the person may import some kind: refused above otherwise
    }
    if (unit == null) {
      unit = user.caller().unitCode();
    }
  }

  // ---- the steps

  /** Keeps the uploaded file and runs it dry: nothing is written, the report is shown. */
  public void check() {
    Optional<HeldUpload> kept = HeldUpload.keep(file, "quytrinh-import-");
    if (kept.isEmpty()) {
      return;
    }
    discard();
    held = kept.get();
    heldName = held.name();
    heldKind = kind;
    heldUnit = Filters.blankToNull(unit);
    applied = false;
    run(true);
  }

  /** Runs the checked file for real. */
  public void confirm() {
    if (held == null || report == null || !report.confirmable()) {
      Notices.error("imports.nothingToConfirm");
      return;
    }
    if (run(false)) {
      applied = true;
      Notices.info("imports.done", report.created(), report.updated(), report.unchanged());
      discardFile();
    }
  }

  /** Forgets the checked file and its report. */
  public void cancel() {
    discard();
  }

  /** The service's run of the held file; false when it wrote nothing (refused or busy). */
  private boolean run(boolean dryRun) {
    Optional<ImportLimiter.Permit> place = HeldUpload.place(limiter);
    if (place.isEmpty()) {
      return false;
    }
    try (ImportLimiter.Permit p = place.get()) {
      byte[] body = held.bytes();
      String heldType = held.type();
      Caller c = user.caller();
      ImportReport r =
          switch (heldKind) {
            case TTHC -> imports.importTthc(c, body, heldType, heldUnit, dryRun);
            case LEGAL -> imports.importLegal(c, body, heldType, dryRun);
            case PROCEDURE -> imports.importProcedure(c, body, heldType, heldUnit, dryRun);
            case UNITS -> imports.importUnits(c, body, heldType, dryRun);
            case PEOPLE -> imports.importPeople(c, body, heldType, dryRun);
          };
      report = Shown.of(r, dryRun);
      return !dryRun;
    } catch (ImportRejected e) {
      report = Shown.of((ImportReport) e.extensions().get("report"), dryRun);
      return false;
    } catch (ProblemException e) {
      Notices.refused(e);
      discard();
      return false;
    } catch (IOException e) {
      Notices.error("imports.unreadable");
      discard();
      return false;
    }
  }

  private void discardFile() {
    if (held != null) {
      held.delete();
      held = null;
    }
  }

  private void discard() {
    discardFile();
    report = null;
    applied = false;
  }

  @PreDestroy
  void end() {
    discardFile();
  }

  // ---- the report as the page shows it

  /** One row of the file: what it did, or would do, or why it was refused. */
  public record Row(int line, String key, String outcome, String issue, String reason) {}

  /** The report in the page's words. */
  public record Shown(
      boolean dryRun,
      int created,
      int updated,
      int unchanged,
      int rejected,
      List<Row> rows,
      List<String> notes) {

    static Shown of(ImportReport r, boolean dryRun) {
      java.util.Locale l = Notices.locale();
      java.util.ArrayList<Row> rows = new java.util.ArrayList<>();
      for (ImportReport.Item i : r.items()) {
        String outcome = i.outcome();
        String issue = null;
        if (outcome.startsWith("REVISION ")) {
          issue = outcome.substring("REVISION ".length());
          outcome = "REVISION";
        }
        rows.add(new Row(i.line(), i.key(), outcome, issue, null));
      }
      for (ImportReport.Rejected x : r.rejected()) {
        rows.add(new Row(x.line(), null, "REJECTED", null, x.reason().in(l)));
      }
      rows.sort(java.util.Comparator.comparingInt(Row::line));
      return new Shown(
          dryRun,
          r.created(),
          r.updated(),
          r.unchanged(),
          r.rejected().size(),
          List.copyOf(rows),
          r.notes().stream().map(n -> n.in(l)).toList());
    }

    /** Whether the dry run may be confirmed: nothing refused. */
    public boolean confirmable() {
      return dryRun && rejected == 0;
    }
  }

  // ---- what the page reads and sets

  /** The kinds the person may import: a coordinator's, an administrator's. */
  public List<Kind> getKinds() {
    Caller c = user.caller();
    boolean coordinator = ImportService.mayImport(c);
    boolean admin = OrgService.mayAdminister(c);
    return java.util.Arrays.stream(Kind.values())
        .filter(k -> k.org() ? admin : coordinator)
        .toList();
  }

  /** Whether the org chart's kinds are offered: to an administrator. */
  public boolean isOrgOffered() {
    return OrgService.mayAdminister(user.caller());
  }

  /** Whether a unit is asked for: only the coordinator's kinds take one. */
  public boolean isUnitOffered() {
    return ImportService.mayImport(user.caller());
  }

  /** The units the person may import into (their own and those under it). */
  public List<Unit> getUnits() {
    Caller c = user.caller();
    return units.all().stream().filter(u -> c.sees(u.code())).toList();
  }

  public Shown getReport() {
    return report;
  }

  public boolean isApplied() {
    return applied;
  }

  public String getHeldName() {
    return heldName;
  }

  public Kind getHeldKind() {
    return heldKind;
  }

  public long getMaxMegabytes() {
    return HeldUpload.maxMegabytes();
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    List<Kind> mine = getKinds();
    this.kind = mine.contains(kind) || mine.isEmpty() ? kind : mine.get(0);
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
