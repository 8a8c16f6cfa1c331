package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.persistence.Upserted;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/** The run every import shares, without a file or a database. */
class ImportRunTest {

  static final Caller COORDINATOR =
      new Caller(
          "tk",
          "Trần Thị Hoa",
          "Thư ký ISO",
          "XA",
          EnumSet.of(Role.COORDINATOR),
          Set.of("XA"),
          false);

  final ImportRun run = new ImportRun(COORDINATOR, true);

  @Test
  void eachRowIsCountedByWhatItDidAndReportedInOrder() {
    run.row(2, () -> ImportRun.Written.of("1.001193", Upserted.CREATED));
    run.row(3, () -> ImportRun.Written.of("2.000815", Upserted.UNCHANGED));
    run.row(4, () -> new ImportRun.Written("QT-04/HT", Upserted.UPDATED, "REVISION 2"));
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
    run.row(3, () -> ImportRun.Written.of("2.000815", Upserted.CREATED));
    ImportReport r = run.report();
    assertEquals(1, r.rejected().size());
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
            return ImportRun.Written.of("1.001193", Upserted.CREATED);
          });
    }
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
