package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.persistence.Upserted;
import vn.quytrinh.platform.problem.InvalidInput;

/** The run every import shares, without a file or a database. */
class ImportRunTest {

  final ImportRun run = new ImportRun(ImportServiceTest.COORDINATOR, true);

  static ImportRun.Read read(String key, ImportRun.Outcome outcome) {
    return new ImportRun.Read(key, () -> outcome);
  }

  @Test
  void eachRowIsCountedByWhatItDidAndReportedInOrder() {
    run.row(2, () -> read("1.001193", ImportRun.Outcome.of(Upserted.CREATED)));
    run.row(3, () -> read("2.000815", ImportRun.Outcome.of(Upserted.UNCHANGED)));
    run.row(4, () -> read("QT-04/HT", new ImportRun.Outcome(Upserted.UPDATED, "REVISION 2")));
    assertEquals(List.of(), run.report().items(), "nothing written before every row is read");
    run.write();
    ImportReport r = run.report();
    assertTrue(r.dryRun());
    assertEquals(List.of(1, 1, 1), List.of(r.created(), r.updated(), r.unchanged()));
    assertEquals(
        List.of(
            new ImportReport.Item(2, "1.001193", "CREATED"),
            new ImportReport.Item(3, "2.000815", "UNCHANGED"),
            new ImportReport.Item(4, "QT-04/HT", "REVISION 2")),
        r.items());
    assertEquals(List.of(), r.rejected());
  }

  @Test
  void aRefusedRowIsReportedWithItsReasonAndTheNextRowIsStillTried() {
    run.row(
        2,
        () -> {
          throw new InvalidInput("code", "problem.import.invalidTthcCode", "1.00x");
        });
    run.row(3, () -> read("2.000815", ImportRun.Outcome.of(Upserted.CREATED)));
    run.row(
        4,
        () ->
            new ImportRun.Read(
                "1.000894",
                () -> {
                  throw new InvalidInput("name", "validation.tthc.name.required");
                }));
    run.write();
    ImportReport r = run.report();
    assertEquals(
        List.of(2, 4),
        r.rejected().stream().map(ImportReport.Rejected::line).toList(),
        "refused when read, and when written");
    assertEquals(2, r.rejected().get(0).line());
    assertEquals(
        new Message("problem.import.invalidTthcCode", List.of("1.00x")),
        r.rejected().get(0).reason());
    assertEquals(List.of(new ImportReport.Item(3, "2.000815", "CREATED")), r.items());
    assertEquals(1, r.created(), "what the good rows would do is reported too");
  }

  @Test
  void theSameIdentityTwiceInOneFileRefusesTheSecondRow() {
    for (int line : new int[] {2, 5}) {
      run.row(
          line,
          () -> {
            run.requireFirst("1.001193", "text.import.duplicateTthc", "1.001193");
            return read("1.001193", ImportRun.Outcome.of(Upserted.CREATED));
          });
    }
    run.write();
    ImportReport r = run.report();
    assertEquals(List.of(new ImportReport.Item(2, "1.001193", "CREATED")), r.items());
    assertEquals(5, r.rejected().get(0).line());
    assertEquals("text.import.duplicateTthc", r.rejected().get(0).reason().key());
  }

  @Test
  void aNoteSaidTwiceIsReportedOnce() {
    run.note(Message.of("text.import.unknownBasis", 2, "226/2016/TT-BTC"));
    run.note(Message.of("text.import.unreadTime", 3, "Theo quy định"));
    run.note(Message.of("text.import.unknownBasis", 2, "226/2016/TT-BTC"));
    assertEquals(2, run.report().notes().size());
  }
}
