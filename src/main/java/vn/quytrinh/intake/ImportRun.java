package vn.quytrinh.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.persistence.Upserted;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.security.Caller;

/**
 * One import of one file, as its importer goes through the rows: what each row did, or would do,
 * why a row is refused, and notes on what was read. Every row is tried, so the report is whole even
 * when a row is refused; {@link ImportService} then keeps all of it or nothing, and a dry run
 * nothing.
 */
public final class ImportRun {

  /**
   * What writing a row did: counted as created, updated or unchanged, and shown as a word
   * ("REVISION 2" for a procedure's new issue).
   */
  public record Outcome(Upserted counted, String shown) {

    public static Outcome of(Upserted u) {
      return new Outcome(u, u.name());
    }
  }

  /** A row read: its key (a TTHC code, a document's number or code) and the write it asks for. */
  public record Read(String key, Supplier<Outcome> write) {}

  private record Queued(int line, Read read) {}

  private final Caller caller;
  private final boolean dryRun;
  private final List<ImportReport.Item> items = new ArrayList<>();
  private final List<ImportReport.Rejected> rejected = new ArrayList<>();
  private final Set<Message> notes = new LinkedHashSet<>();
  private final Set<String> seen = new HashSet<>();
  private final List<Queued> queued = new ArrayList<>();
  private final int[] counted = new int[Upserted.values().length];
  private int rows;

  ImportRun(Caller caller, boolean dryRun) {
    this.caller = caller;
    this.dryRun = dryRun;
  }

  /** Who imports: the registries check again what this person may write. */
  public Caller caller() {
    return caller;
  }

  /** How many rows the file held, for the audit event. */
  void read(int rows) {
    this.rows = rows;
  }

  int rows() {
    return rows;
  }

  void note(Message m) {
    notes.add(m);
  }

  void reject(int line, Message reason) {
    rejected.add(new ImportReport.Rejected(line, reason));
  }

  /** Refuses a row that the importer read before queuing it, with the problem as its reason. */
  void reject(int line, ProblemException e) {
    rejected.add(ImportReport.Rejected.of(line, e));
  }

  /**
   * Refuses a row that names an identity (a TTHC code, a legal document's identity key) the file
   * named already: the second is a duplicate of the file, whatever the registry holds.
   */
  void requireFirst(String identity, String reasonKey, Object... args) {
    if (!seen.add(identity)) {
      throw new Conflict(reasonKey, args);
    }
  }

  /**
   * Reads one row now, and queues the write it asks for; a row the reading refuses is reported with
   * the problem as its reason, and the next row is read. Every row is read before any is written,
   * so that the reading's look-ups (the legal registry, for citations) never make the database
   * flush half-written rows.
   */
  void row(int line, Supplier<Read> read) {
    try {
      queued.add(new Queued(line, read.get()));
    } catch (ProblemException e) {
      rejected.add(ImportReport.Rejected.of(line, e));
    }
  }

  /**
   * Writes the rows read, in their order: what each did is counted and reported, or the problem
   * that refused it is reported as its reason. Rows are written even when one is refused, so the
   * report says what every good row would do; {@link ImportService} then keeps nothing.
   */
  void write() {
    for (Queued q : queued) {
      try {
        Outcome o = q.read().write().get();
        counted[o.counted().ordinal()]++;
        items.add(new ImportReport.Item(q.line(), q.read().key(), o.shown()));
      } catch (ProblemException e) {
        rejected.add(ImportReport.Rejected.of(q.line(), e));
      }
    }
    queued.clear();
  }

  ImportReport report() {
    return new ImportReport(
        dryRun,
        counted[Upserted.CREATED.ordinal()],
        counted[Upserted.UPDATED.ordinal()],
        counted[Upserted.UNCHANGED.ordinal()],
        List.copyOf(items),
        List.copyOf(rejected),
        List.copyOf(notes));
  }
}
