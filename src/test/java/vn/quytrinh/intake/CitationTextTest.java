package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.CountingDataSource;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.tthc.TthcService;

/** Citations in running text tied to the registry: a law named by its title takes its number. */
class CitationTextTest {

  static final Caller COORDINATOR =
      new Caller(
          "tk",
          "tk",
          null,
          "XA",
          java.util.Set.of(Role.COORDINATOR),
          java.util.Set.of("XA"),
          false);

  JpaHarness db;

  @BeforeEach
  void open() {
    db = JpaHarness.counting();
    db.inTransaction(
        em -> {
          LegalService l =
              new vn.quytrinh.platform.Wiring(
                      em, new vn.quytrinh.platform.time.TimeSource(java.time.Clock.systemUTC()))
                  .legal;
          l.register(
              COORDINATOR, law("60/2014/QH13", LegalDocumentType.LUAT, "Luật Hộ tịch", 2014));
          for (int i = 1; i <= 30; i++) {
            l.register(
                COORDINATOR,
                law(i + "/2020/NĐ-CP", LegalDocumentType.NGHI_DINH, "Nghị định số " + i, 2020));
          }
          return null;
        });
  }

  static LegalService.Registration law(String number, LegalDocumentType type, String title, int y) {
    LocalDate d = LocalDate.of(y, 11, 20);
    return new LegalService.Registration(
        number, type, "Quốc hội", title, d, d.plusMonths(13), null);
  }

  @AfterEach
  void close() {
    db.close();
  }

  List<String> read(String text) {
    return db.inTransaction(
        em ->
            new CitationText(
                    new vn.quytrinh.platform.Wiring(
                            em,
                            new vn.quytrinh.platform.time.TimeSource(java.time.Clock.systemUTC()))
                        .legal)
                .recognise(text).citations().stream().map(TthcService.Citation::number).toList());
  }

  @Test
  void aLawNamedByItsTitleTakesItsNumber() {
    assertEquals(List.of("60/2014/QH13"), read("Căn cứ Luật Hộ tịch năm 2014;"));
    assertEquals(
        List.of("60/2014/QH13", "1/2020/NĐ-CP"),
        read("Theo Điều 16 Luật Hộ tịch năm 2014 và Điều 5 Nghị định số 1/2020/NĐ-CP"));
    assertEquals(List.of(), read("Căn cứ Luật Hộ tịch năm 2008;"), "no law of that year");
    assertEquals(
        java.util.Map.of("60/2014/QH13", "Luật Hộ tịch", "1/2020/NĐ-CP", "Nghị định số 1"),
        db.inTransaction(
            em ->
                new CitationText(
                        new vn.quytrinh.platform.Wiring(
                                em,
                                new vn.quytrinh.platform.time.TimeSource(
                                    java.time.Clock.systemUTC()))
                            .legal)
                    .recognise("Điều 16 Luật Hộ tịch năm 2014 và Nghị định 1/2020/NĐ-CP")
                    .titles()),
        "the register's title of each number it knows");
  }

  /** The registry is asked for the title named, never read whole (it was, once per file). */
  @Test
  void theRegistryIsAskedForTheTitleNotReadWhole() {
    CountingDataSource calls = db.statements();
    int before = calls.calls().size();
    read("Căn cứ Luật Hộ tịch năm 2014;");
    List<String> legalReads =
        calls.calls().subList(before, calls.calls().size()).stream()
            .map(c -> c.sql().toUpperCase(java.util.Locale.ROOT))
            .filter(sql -> sql.contains("FROM LEGAL_DOCUMENT"))
            .toList();
    assertTrue(!legalReads.isEmpty(), "the registry was asked");
    assertTrue(
        legalReads.stream().allMatch(sql -> sql.contains("WHERE")),
        "every read of the registry is a filtered one: " + legalReads);
    assertEquals(
        1, legalReads.size(), "the law found by its title is not asked again by its number");
  }
}
