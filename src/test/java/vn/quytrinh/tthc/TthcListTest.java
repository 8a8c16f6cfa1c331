package vn.quytrinh.tthc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Statements;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/** The TTHC registry as a list: filtered, ordered, counted and paged by the database. */
class TthcListTest {

  static final Caller COORDINATOR =
      new Caller("tk", "tk", null, "XA-A", Set.of(Role.COORDINATOR), Set.of("XA-A"), false);

  JpaHarness db;

  @BeforeEach
  void open() {
    db = JpaHarness.counting();
    run(
        t -> {
          add(t, "2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", TthcLevel.XA, "XA-A");
          add(t, "1.001193", "Đăng ký khai sinh", "Hộ tịch", TthcLevel.XA, "XA-A", "XA-B");
          add(
              t,
              "1.001612",
              "Đăng ký thành lập hộ kinh doanh",
              "Thành lập và hoạt động",
              TthcLevel.TINH,
              "SO");
          add(t, "1.000656", "Đăng ký kết hôn", "Hộ tịch", TthcLevel.XA, "XA-B");
          for (int i = 0; i < 30; i++) {
            add(t, String.format("2.1%05d", i), "Thủ tục số " + i, "Khác", TthcLevel.TINH, "SO");
          }
          return null;
        });
  }

  static void add(
      TthcService t, String code, String name, String field, TthcLevel level, String... units) {
    t.create(
        COORDINATOR,
        new TthcService.Data(
            code,
            name,
            field,
            level,
            "UBND",
            List.of(units),
            BigDecimal.valueOf(5),
            null,
            null,
            List.of(new TthcService.Dossier("Tờ khai", 1)),
            "Kết quả",
            List.of(
                new TthcService.Citation("123/2015/NĐ-CP", "5", null, null),
                new TthcService.Citation("23/2015/NĐ-CP", null, null, null))));
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T run(Function<TthcService, T> work) {
    return db.inTransaction(
        em -> work.apply(new Wiring(em, new TimeSource(Clock.systemUTC())).tthc));
  }

  static List<String> codes(Page<Tthc> p) {
    return p.items().stream().map(Tthc::code).toList();
  }

  Page<Tthc> list(String q, String field, TthcLevel level, String unit, int page, int size) {
    return run(t -> t.list(q, field, level, null, unit, new PageRequest(page, size)));
  }

  @Test
  void theNameMatchesWithoutMarksOrCaseAndTheCodeAsWritten() {
    assertEquals(
        List.of("1.000656", "1.001193", "1.001612"),
        codes(list("dang ky", null, null, null, 0, 50)));
    assertEquals(
        List.of("1.000656", "1.001193", "1.001612"),
        codes(list("ĐĂNG KÝ", null, null, null, 0, 50)));
    assertEquals(List.of("2.000815"), codes(list("2.0008", null, null, null, 0, 50)));
    assertEquals(List.of("1.000656", "1.001193"), codes(list(null, "ho tich", null, null, 0, 50)));
  }

  @Test
  void levelAndUnitNarrowTheListAndTheTotalCountsEveryMatch() {
    Page<Tthc> ofB = list("dang ky", null, TthcLevel.XA, "XA-B", 0, 50);
    assertEquals(List.of("1.000656", "1.001193"), codes(ofB));
    assertEquals(2, ofB.total());
    assertEquals(List.of("XA-A", "XA-B"), List.copyOf(ofB.items().get(1).unitCodes()));
  }

  @Test
  void pagesFollowTheCodeOrder() {
    List<String> all = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      Page<Tthc> page = list(null, null, null, null, p, 10);
      assertEquals(34, page.total());
      all.addAll(codes(page));
    }
    assertEquals(34, all.size());
    assertEquals(all.stream().sorted().toList(), all);
    assertEquals("1.000656", all.get(0));
  }

  @Test
  void aPageCostsTheSameStatementsWhateverItsSize() {
    List<Long> counts = new ArrayList<>();
    for (int size : new int[] {1, 2, 10, 34}) {
      counts.add(
          db.inTransaction(
              em ->
                  Statements.during(
                          db,
                          () ->
                              // what the list's view reads of each: its units (read when asked
                              // since the procedures' checks need none) and its legal basis
                              new Wiring(em, new TimeSource(Clock.systemUTC()))
                                      .tthc
                                      .list(null, null, null, null, null, new PageRequest(0, size))
                                      .items()
                                      .stream()
                                      .mapToInt(t -> t.unitCodes().size())
                                      .sum())
                      .statements()));
    }
    counts.remove(0); // the first also prepares what EclipseLink reads once
    assertEquals(List.of(counts.get(0), counts.get(0), counts.get(0)), counts);
    assertEquals(4, counts.get(0), "count, page, the page's units, the page's legal basis");
  }
}
