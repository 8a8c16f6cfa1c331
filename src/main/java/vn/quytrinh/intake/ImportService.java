package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/**
 * Imports of the TTHC list, of legal documents and of procedures written in Word, and of the org
 * chart (units, people) by an administrator: one importer per kind over one run. Every row is tried
 * and reported; if any is refused, nothing is written (400 with the whole report). The same file
 * twice changes nothing the second time. A dry run does all the work in a transaction that is then
 * rolled back. A file written is one audit event.
 */
@ApplicationScoped
@Transactional
public class ImportService {

  private TthcImporter tthc;
  private LegalImporter legal;
  private ProcedureImporter procedures;
  private UnitImporter units;
  private PersonImporter people;
  private AuditTrail audit;
  private TransactionSynchronizationRegistry tx;
  private Measures measures;

  @Inject
  public ImportService(
      TthcImporter tthc,
      LegalImporter legal,
      ProcedureImporter procedures,
      UnitImporter units,
      PersonImporter people,
      AuditTrail audit,
      TransactionSynchronizationRegistry tx,
      Measures measures) {
    this.tthc = tthc;
    this.legal = legal;
    this.procedures = procedures;
    this.units = units;
    this.people = people;
    this.audit = audit;
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
    if (!mayImport(c)) {
      throw new Forbidden("problem.role.required", List.of(Role.COORDINATOR).toString());
    }
  }

  /** Whether the caller may import at all: what the pages ask before offering an upload. */
  public static boolean mayImport(Caller c) {
    return c.has(Role.COORDINATOR);
  }

  /** The endpoints of the org chart's kinds, {@code /imports/units} and {@code /imports/people}. */
  private static final Pattern ORG_PATH = Pattern.compile("(^|/)imports/(units|people)/?$");

  /**
   * Who may send a file to the import endpoint at {@code path} ({@code ImportGate}, before it is
   * read): units and people an administrator ({@link OrgService#requireAdministrator}), every other
   * kind a coordinator.
   */
  public static void requireImporter(Caller c, String path) {
    if (path != null && ORG_PATH.matcher(path).find()) {
      OrgService.requireAdministrator(c);
    } else {
      requireImporter(c);
    }
  }

  public ImportReport importTthc(
      Caller c, byte[] body, String mediaType, String unit, boolean dryRun) {
    return run(c, tthc, new Importer.Upload(body, mediaType, unit), dryRun);
  }

  public ImportReport importLegal(Caller c, byte[] body, String mediaType, boolean dryRun) {
    return run(c, legal, new Importer.Upload(body, mediaType, null), dryRun);
  }

  public ImportReport importProcedure(
      Caller c, byte[] body, String mediaType, String unit, boolean dryRun) {
    return run(c, procedures, new Importer.Upload(body, mediaType, unit), dryRun);
  }

  /** Units of the org chart, parents before their children. An administrator. */
  public ImportReport importUnits(Caller c, byte[] body, String mediaType, boolean dryRun) {
    return run(c, units, new Importer.Upload(body, mediaType, null), dryRun);
  }

  /** People of the org chart, without passwords. An administrator. */
  public ImportReport importPeople(Caller c, byte[] body, String mediaType, boolean dryRun) {
    return run(c, people, new Importer.Upload(body, mediaType, null), dryRun);
  }

  /**
   * The run every kind shares: the importer writes row by row through the registries; a refused row
   * rolls the whole file back and answers the report, a dry run is rolled back, anything else is
   * kept with one audit event for the file.
   */
  private ImportReport run(Caller c, Importer importer, Importer.Upload file, boolean dryRun) {
    importer.requireImporter(c);
    ImportRun run = new ImportRun(c, dryRun);
    importer.read(run, file);
    run.write();
    ImportReport report = run.report();
    if (!report.rejected().isEmpty()) {
      tx.setRollbackOnly();
      measures.importRun(importer.entity(), Measures.ImportOutcome.REJECTED, run.rows());
      throw new ImportRejected(report);
    }
    if (dryRun) {
      tx.setRollbackOnly();
      measures.importRun(importer.entity(), Measures.ImportOutcome.DRY_RUN, run.rows());
      return report;
    }
    measures.importRun(importer.entity(), Measures.ImportOutcome.APPLIED, run.rows());
    audit.record(
        c.username(),
        "IMPORT",
        "IMPORT",
        importer.entity(),
        null,
        Messages.vi(
            "audit.import.summary",
            run.rows(),
            report.created(),
            report.updated(),
            report.unchanged()));
    return report;
  }
}
