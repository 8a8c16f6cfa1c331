package vn.quytrinh.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The legal registry as a list: the status filter answered by the database agrees with {@link
 * Validity#on} on every document and date, and the rest is filtered, ordered and paged there too.
 */
class LegalListTest {

  static final Caller COORDINATOR =
      new Caller("tk", "tk", null, "XA", Set.of(Role.COORDINATOR), Set.of("XA"), false);

  static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2019, 1, 1),
          LocalDate.of(2024, 1, 1),
          LocalDate.of(2025, 6, 1),
          LocalDate.of(2026, 6, 1),
          LocalDate.of(2031, 1, 1));

  JpaHarness db;

  @BeforeEach
  void open() {
    db = JpaHarness.counting();
    run(
        l -> {
          doc(l, "1/2020/NĐ-CP", "Nghị định về đăng ký hộ tịch", d(2020, 1, 1), null);
          doc(l, "2/2030/NĐ-CP", "Nghị định chưa có hiệu lực", d(2030, 1, 1), null);
          doc(l, "3/2020/NĐ-CP", "Nghị định hết hạn", d(2020, 1, 1), d(2025, 1, 1));
          doc(l, "4/2020/NĐ-CP", "Nghị định bị thay thế", d(2020, 1, 1), null);
          doc(l, "5/2020/NĐ-CP", "Nghị định bị đình chỉ", d(2020, 1, 1), null);
          doc(l, "6/2020/NĐ-CP", "Nghị định bị bãi bỏ một phần", d(2020, 1, 1), null);
          doc(l, "7/2020/NĐ-CP", "Nghị định bị đình chỉ một điều", d(2020, 1, 1), null);
          doc(l, "8/2020/NĐ-CP", "Nghị định không ngày hiệu lực", null, null);
          doc(l, "9/2031/NĐ-CP", "Nghị định thay thế chưa có hiệu lực", d(2029, 1, 1), null);
          long x = doc(l, "10/2024/NĐ-CP", "Nghị định thay thế", d(2024, 1, 1), null);
          relate(l, x, RelationKind.REPLACES, "4/2020/NĐ-CP", List.of(), d(2025, 6, 1));
          relate(l, x, RelationKind.SUSPENDS, "5/2020/NĐ-CP", List.of(), d(2023, 1, 1));
          relate(l, x, RelationKind.AMENDS, "6/2020/NĐ-CP", List.of("5"), d(2024, 1, 1));
          relate(l, x, RelationKind.REPEALS, "6/2020/NĐ-CP", List.of("7"), d(2025, 1, 1));
          relate(l, x, RelationKind.SUSPENDS, "7/2020/NĐ-CP", List.of("3"), d(2024, 1, 1));
          relate(l, x, RelationKind.REPLACES, "2/2030/NĐ-CP", List.of(), d(2024, 1, 1));
          relate(l, x, RelationKind.REPEALS, "3/2020/NĐ-CP", List.of("2"), d(2024, 1, 1));
          return null;
        });
  }

  /**
   * The checks' long lists are written into the SQL as literals ({@link
   * LegalRepository#LITERAL_LIST}): a value with quotes stays a value, and the lists find what the
   * bound ones found.
   */
  @Test
  void theListsWrittenIntoTheSqlAreValuesStill() {
    String key = LegalDocumentNumber.parse("1/2020/NĐ-CP").key();
    List<String> found =
        db.inTransaction(
            em ->
                new LegalRepository(em)
                    .findByNumberKeys(List.of("x') OR ('1'='1", "x' OR '1'='1", key)).stream()
                        .map(LegalDocument::number)
                        .toList());
    assertEquals(List.of("1/2020/NĐ-CP"), found);
    List<String> acting =
        db.inTransaction(
            em -> {
              LegalRepository r = new LegalRepository(em);
              long six =
                  r.findByNumberKeys(List.of(LegalDocumentNumber.parse("6/2020/NĐ-CP").key()))
                      .get(0)
                      .id();
              return r.actingOnAny(List.of(six, -1L)).stream()
                  .map(x -> x.kind().name())
                  .sorted()
                  .toList();
            });
    assertEquals(List.of("AMENDS", "REPEALS"), acting);
  }

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static long doc(LegalService l, String number, String title, LocalDate from, LocalDate until) {
    return l.register(
            COORDINATOR,
            new LegalService.Registration(
                number,
                LegalDocumentType.NGHI_DINH,
                "Chính phủ",
                title,
                from == null ? d(2019, 6, 1) : from.minusMonths(1),
                from,
                until))
        .id();
  }

  static void relate(
      LegalService l,
      long acting,
      RelationKind kind,
      String target,
      List<String> articles,
      LocalDate from) {
    l.addRelation(COORDINATOR, acting, kind, target, articles, from);
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T run(Function<LegalService, T> work) {
    return db.inTransaction(
        em -> work.apply(new Wiring(em, new TimeSource(Clock.systemUTC())).legal));
  }

  static List<String> numbers(Page<LegalDocument> p) {
    return p.items().stream().map(LegalDocument::number).toList();
  }

  @Test
  void theStatusFilterOfTheDatabaseAgreesWithValidityOnEveryDocumentAndDate() {
    int seen = 0;
    for (LocalDate on : DATES) {
      Map<Long, LegalStatus> expected =
          run(l -> l.statuses(l.list(null, null, null, on, new PageRequest(0, 500)).items(), on));
      assertEquals(10, expected.size());
      for (LegalStatus s : LegalStatus.values()) {
        Page<LegalDocument> found = run(l -> l.list(null, null, s, on, new PageRequest(0, 500)));
        List<Long> want =
            expected.entrySet().stream()
                .filter(e -> e.getValue() == s)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        assertEquals(
            want, found.items().stream().map(LegalDocument::id).sorted().toList(), s + " on " + on);
        assertEquals(want.size(), found.total(), s + " on " + on);
        seen += want.size();
      }
    }
    assertEquals(50, seen, "every document has exactly one status on each date");
  }

  @Test
  void everyStatusOccursInTheCases() {
    List<LegalStatus> on2026 = new ArrayList<>();
    LocalDate on = d(2026, 6, 1);
    run(l -> l.statuses(l.list(null, null, null, on, new PageRequest(0, 500)).items(), on))
        .values()
        .forEach(on2026::add);
    assertEquals(Set.of(LegalStatus.values()), Set.copyOf(on2026));
  }

  @Test
  void theTitleMatchesWithoutMarksAndTheNumberAsWrittenOrFolded() {
    assertEquals(
        List.of("1/2020/NĐ-CP"),
        numbers(run(l -> l.list("dang ky ho tich", null, null, null, new PageRequest(0, 50)))));
    assertEquals(
        List.of("10/2024/NĐ-CP"),
        numbers(run(l -> l.list("10/2024/ND-CP", null, null, null, new PageRequest(0, 50)))));
  }

  @Test
  void pagesFollowTheNewestSignatureFirstAndCountEveryMatch() {
    Page<LegalDocument> first = run(l -> l.list(null, null, null, null, new PageRequest(0, 4)));
    Page<LegalDocument> third = run(l -> l.list(null, null, null, null, new PageRequest(2, 4)));
    assertEquals(10, first.total());
    assertEquals(
        List.of("2/2030/NĐ-CP", "9/2031/NĐ-CP", "10/2024/NĐ-CP"), numbers(first).subList(0, 3));
    assertEquals(2, third.items().size());
  }

  /**
   * The statuses of a page read the acts on its documents in one batch, whatever acts they are: a
   * page whose every document was amended by an act of its own costs no more statements than the
   * same page before. (The acting documents were read one by one: 30 statements for page 100 of the
   * province data set, 3 for page 1.)
   */
  @Test
  void thePageOfStatusesDoesNotReadTheActsOneByOne() {
    run(
        l -> {
          for (int i = 20; i < 26; i++) {
            doc(l, i + "/2021/NĐ-CP", "Nghị định gốc " + i, d(2021, 1, 1), null);
          }
          return null;
        });
    LocalDate on = d(2026, 6, 1);
    java.util.function.Supplier<Long> statusesOfTheOldest =
        () ->
            run(
                l ->
                    vn.quytrinh.platform.Statements.during(
                            db,
                            () -> {
                              Page<LegalDocument> p =
                                  l.list("/2021/", null, null, null, new PageRequest(0, 6));
                              assertEquals(6, p.items().size());
                              return l.statuses(p.items(), on);
                            })
                        .statements());
    long unamended = statusesOfTheOldest.get();
    run(
        l -> {
          for (int i = 20; i < 26; i++) {
            long act = doc(l, i + "/2025/NĐ-CP", "Nghị định sửa đổi " + i, d(2025, 1, 1), null);
            relate(l, act, RelationKind.AMENDS, i + "/2021/NĐ-CP", List.of("2"), d(2025, 1, 1));
          }
          return null;
        });
    long amended = statusesOfTheOldest.get();
    assertTrue(
        amended <= unamended + 1,
        amended + " statements for six amended documents, " + unamended + " for them unamended");
  }

  @Test
  void aDocumentsReadingHasItsRelationsBothWaysAndItsValidityOverTime() {
    long id =
        run(l -> l.list("6/2020/NĐ-CP", null, null, null, new PageRequest(0, 1)))
            .items()
            .get(0)
            .id();
    LegalReading r = run(l -> l.reading(id));
    assertEquals("6/2020/NĐ-CP", r.number());
    assertEquals(LegalStatus.PARTLY_EXPIRED, r.status(), "article 7 repealed since 2025");
    assertEquals(List.of(), r.acts());
    assertEquals(
        List.of("AMENDS 10/2024/NĐ-CP Điều 5", "REPEALS 10/2024/NĐ-CP Điều 7"),
        r.actedOnBy().stream()
            .map(
                k ->
                    k.kind()
                        + " "
                        + k.otherNumber()
                        + " "
                        + k.articlesLabel().in(vn.quytrinh.platform.i18n.Messages.VI))
            .toList());
    assertEquals(
        List.of(
            new Validity.Period(d(2020, 1, 1), LegalStatus.IN_FORCE),
            new Validity.Period(d(2025, 1, 1), LegalStatus.PARTLY_EXPIRED)),
        r.validity());
    long acting = r.actedOnBy().get(0).otherId();
    assertEquals(7, run(l -> l.reading(acting)).acts().size(), "what 10/2024 does to others");
    assertEquals(
        List.of("6/2020/NĐ-CP PARTLY_EXPIRED"),
        run(l ->
                l.list(
                    "6/2020",
                    null,
                    null,
                    d(2026, 6, 1),
                    new PageRequest(0, 5),
                    (doc, status) -> doc.number() + " " + status))
            .items(),
        "each row with its status, viewed inside the read");
  }
}
