package vn.quytrinh.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.quytrinh.legal.LegalStatus.EXPIRED;
import static vn.quytrinh.legal.LegalStatus.IN_FORCE;
import static vn.quytrinh.legal.LegalStatus.NOT_YET_EFFECTIVE;
import static vn.quytrinh.legal.LegalStatus.PARTLY_EXPIRED;
import static vn.quytrinh.legal.LegalStatus.SUSPENDED;
import static vn.quytrinh.legal.RelationKind.AMENDS;
import static vn.quytrinh.legal.RelationKind.BASED_ON;
import static vn.quytrinh.legal.RelationKind.CORRECTS;
import static vn.quytrinh.legal.RelationKind.GUIDES;
import static vn.quytrinh.legal.RelationKind.REPEALS;
import static vn.quytrinh.legal.RelationKind.REPLACES;
import static vn.quytrinh.legal.RelationKind.SUSPENDS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.legal.Validity.Act;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.InvalidInput;

class ValidityTest {

  // Nghị định 123/2015/NĐ-CP: effective 2016-01-01; assume it stops applying on 2026-07-01.
  static final LocalDate FROM = LocalDate.of(2016, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2026, 7, 1);
  static final LocalDate MID = LocalDate.of(2020, 6, 15);

  static Act whole(RelationKind kind, LocalDate from) {
    return new Act(kind, List.of(), from);
  }

  static Act articles(RelationKind kind, LocalDate from, String... articles) {
    return new Act(kind, List.of(articles), from);
  }

  // --- the document's own dates

  @Test
  void beforeItTakesEffectTheDocumentIsNotYetEffective() {
    assertEquals(NOT_YET_EFFECTIVE, Validity.on(FROM.minusDays(1), FROM, UNTIL, List.of()));
    assertEquals(NOT_YET_EFFECTIVE, Validity.on(LocalDate.of(2015, 1, 1), FROM, null, List.of()));
  }

  @Test
  void onTheDayItTakesEffectItIsInForce() {
    assertEquals(IN_FORCE, Validity.on(FROM, FROM, UNTIL, List.of()));
  }

  @Test
  void effectiveUntilIsTheFirstDayNoLongerInForce() {
    assertEquals(IN_FORCE, Validity.on(UNTIL.minusDays(1), FROM, UNTIL, List.of()));
    assertEquals(EXPIRED, Validity.on(UNTIL, FROM, UNTIL, List.of()));
    assertEquals(EXPIRED, Validity.on(UNTIL.plusYears(5), FROM, UNTIL, List.of()));
  }

  @Test
  void missingDatesBoundNothing() {
    assertEquals(IN_FORCE, Validity.on(LocalDate.of(1950, 1, 1), null, null, List.of()));
    assertEquals(IN_FORCE, Validity.on(LocalDate.of(2099, 1, 1), FROM, null, List.of()));
    assertEquals(IN_FORCE, Validity.on(MID, null, UNTIL, List.of()));
    assertEquals(EXPIRED, Validity.on(UNTIL, null, UNTIL, List.of()));
  }

  @Test
  void aDocumentRegisteredBeforeItTakesEffect() {
    // Issued and entered on 2025-11-10, effective 2026-01-01; already amended by a correction.
    LocalDate effective = LocalDate.of(2026, 1, 1);
    LocalDate today = LocalDate.of(2025, 11, 20);
    List<Act> acts = List.of(whole(CORRECTS, LocalDate.of(2025, 11, 15)));

    assertEquals(NOT_YET_EFFECTIVE, Validity.on(today, effective, null, acts));
    assertFalse(Validity.inForce(Validity.on(today, effective, null, acts)));
    assertEquals(IN_FORCE, Validity.on(effective, effective, null, acts));
  }

  @Test
  void notYetEffectiveWinsOverAnActAlreadyInEffect() {
    // A repeal dated before the document starts: on that day the document has not started.
    List<Act> acts = List.of(whole(REPEALS, FROM.minusDays(10)));

    assertEquals(NOT_YET_EFFECTIVE, Validity.on(FROM.minusDays(1), FROM, null, acts));
    assertEquals(EXPIRED, Validity.on(FROM, FROM, null, acts));
  }

  // --- what each kind of act does

  @ParameterizedTest(name = "{0} whole -> {1}, articles -> {2}")
  @CsvSource({
    "REPLACES, EXPIRED,   PARTLY_EXPIRED",
    "REPEALS,  EXPIRED,   PARTLY_EXPIRED",
    "SUSPENDS, SUSPENDED, PARTLY_EXPIRED",
    "AMENDS,   IN_FORCE,  IN_FORCE",
    "GUIDES,   IN_FORCE,  IN_FORCE",
    "BASED_ON, IN_FORCE,  IN_FORCE",
    "CORRECTS, IN_FORCE,  IN_FORCE"
  })
  void eachKindActsOnTheWholeOrOnArticles(
      RelationKind kind, LegalStatus onWhole, LegalStatus onArticles) {
    LocalDate actFrom = LocalDate.of(2019, 1, 1);

    assertEquals(onWhole, Validity.on(MID, FROM, null, List.of(whole(kind, actFrom))));
    assertEquals(
        onArticles, Validity.on(MID, FROM, null, List.of(articles(kind, actFrom, "5", "17"))));
  }

  @Test
  void everyKindIsCoveredByTheTableAbove() {
    assertEquals(7, RelationKind.values().length);
  }

  // --- when acts count

  @ParameterizedTest
  @EnumSource(
      value = RelationKind.class,
      names = {"REPLACES", "REPEALS", "SUSPENDS"})
  void anActCountsFromItsOwnEffectiveDateOn(RelationKind kind) {
    LocalDate actFrom = LocalDate.of(2024, 3, 1);
    List<Act> acts = List.of(whole(kind, actFrom));

    assertEquals(IN_FORCE, Validity.on(actFrom.minusDays(1), FROM, null, acts));
    assertTrue(Validity.on(actFrom, FROM, null, acts) != IN_FORCE);
    assertTrue(Validity.on(actFrom.plusDays(1), FROM, null, acts) != IN_FORCE);
  }

  @Test
  void anActDatedInTheFutureDoesNotCountYet() {
    LocalDate today = LocalDate.of(2025, 12, 1);
    List<Act> acts =
        List.of(
            whole(REPLACES, LocalDate.of(2026, 3, 1)), articles(REPEALS, today.plusDays(1), "3"));

    assertEquals(IN_FORCE, Validity.on(today, FROM, null, acts));
    assertEquals(PARTLY_EXPIRED, Validity.on(today.plusDays(1), FROM, null, acts));
    assertEquals(EXPIRED, Validity.on(LocalDate.of(2026, 3, 1), FROM, null, acts));
  }

  @Test
  void anActWithoutADateAlwaysCounts() {
    List<Act> acts = List.of(whole(SUSPENDS, null));

    assertEquals(SUSPENDED, Validity.on(FROM, FROM, null, acts));
    assertEquals(SUSPENDED, Validity.on(LocalDate.of(2099, 1, 1), FROM, null, acts));
  }

  @Test
  void nullOrEmptyActsLeaveTheDocumentInForce() {
    assertEquals(IN_FORCE, Validity.on(MID, FROM, UNTIL, null));
    assertEquals(IN_FORCE, Validity.on(MID, FROM, UNTIL, List.of()));
    assertEquals(
        IN_FORCE,
        Validity.on(
            MID,
            FROM,
            UNTIL,
            List.of(
                whole(AMENDS, MID),
                whole(GUIDES, MID),
                whole(BASED_ON, MID),
                articles(CORRECTS, MID, "1"))));
  }

  @Test
  void theDateIsRequired() {
    assertThrows(NullPointerException.class, () -> Validity.on(null, FROM, UNTIL, List.of()));
  }

  // --- precedence

  @Test
  void expiredBeatsSuspendedBeatsPartlyExpiredBeatsInForce() {
    Act repeal = whole(REPEALS, LocalDate.of(2019, 1, 1));
    Act suspend = whole(SUSPENDS, LocalDate.of(2018, 1, 1));
    Act partly = articles(REPLACES, LocalDate.of(2017, 1, 1), "5");
    Act amend = whole(AMENDS, LocalDate.of(2017, 6, 1));

    assertPrecedence(EXPIRED, repeal, suspend, partly, amend);
    assertPrecedence(SUSPENDED, suspend, partly, amend);
    assertPrecedence(PARTLY_EXPIRED, partly, amend);
    assertPrecedence(IN_FORCE, amend);
  }

  @Test
  void precedenceFollowsTheDateAsActsComeIntoEffect() {
    List<Act> acts =
        List.of(
            articles(SUSPENDS, LocalDate.of(2017, 1, 1), "9"),
            whole(SUSPENDS, LocalDate.of(2018, 1, 1)),
            whole(REPLACES, LocalDate.of(2019, 1, 1)));

    assertEquals(IN_FORCE, Validity.on(LocalDate.of(2016, 12, 31), FROM, null, acts));
    assertEquals(PARTLY_EXPIRED, Validity.on(LocalDate.of(2017, 1, 1), FROM, null, acts));
    assertEquals(SUSPENDED, Validity.on(LocalDate.of(2018, 1, 1), FROM, null, acts));
    assertEquals(EXPIRED, Validity.on(LocalDate.of(2019, 1, 1), FROM, null, acts));
  }

  @Test
  void theDocumentsOwnEndBeatsAnyAct() {
    List<Act> acts = List.of(articles(REPEALS, MID, "2"), whole(SUSPENDS, MID));

    assertEquals(SUSPENDED, Validity.on(UNTIL.minusDays(1), FROM, UNTIL, acts));
    assertEquals(EXPIRED, Validity.on(UNTIL, FROM, UNTIL, acts));
  }

  private static void assertPrecedence(LegalStatus expected, Act... acts) {
    List<Act> list = new ArrayList<>(Arrays.asList(acts));
    assertEquals(expected, Validity.on(MID, FROM, UNTIL, list));
    java.util.Collections.reverse(list);
    assertEquals(expected, Validity.on(MID, FROM, UNTIL, list), "order must not matter");
  }

  // --- inForce

  @Test
  void inForceMeansAtLeastPartlyApplying() {
    Set<LegalStatus> inForce =
        Arrays.stream(LegalStatus.values())
            .filter(Validity::inForce)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(LegalStatus.class)));

    assertEquals(EnumSet.of(IN_FORCE, PARTLY_EXPIRED), inForce);
    assertFalse(Validity.inForce(null));
  }

  // --- Act

  @Test
  void anActCopiesItsArticlesAndTreatsNoneAsTheWholeDocument() {
    List<String> source = new ArrayList<>(List.of("5"));
    Act act = new Act(REPEALS, source, MID);
    source.add("6");

    assertEquals(List.of("5"), act.articles());
    assertFalse(act.wholeDocument());
    assertTrue(new Act(REPEALS, null, MID).wholeDocument());
    assertEquals(List.of(), new Act(REPEALS, null, MID).articles());
    assertThrows(NullPointerException.class, () -> new Act(null, List.of(), MID));
  }

  // --- normalizeArticles

  @Test
  void articlesAreNumbersSortedAndDistinct() {
    assertEquals(
        List.of("5", "17", "24"),
        Validity.normalizeArticles(List.of("Điều 5", " 17 ", "điều 24", "5")));
  }

  @Test
  void articlesSortAsNumbersNotAsText() {
    assertEquals(
        List.of("2", "9", "10", "100"), Validity.normalizeArticles(List.of("100", "10", "9", "2")));
  }

  @Test
  void articlesWithLettersKeepThemLowerCasedAfterTheirNumber() {
    assertEquals(
        List.of("5", "5a", "5b", "6"),
        Validity.normalizeArticles(List.of("Điều 5B", "6", "5a", "ĐIỀU 5", "điều 5A")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Điều 7",
        "điều 7",
        "ĐIỀU 7",
        "Dieu 7",
        "Điều7",
        "Điều. 7",
        "Điều: 7",
        "07",
        "  7  ",
        "Điều 0 7"
      })
  void spellingsOfAnArticle(String raw) {
    assertEquals(List.of("7"), Validity.normalizeArticles(List.of(raw)));
  }

  @Test
  void decomposedDieuIsRecognised() {
    String nfd = java.text.Normalizer.normalize("Điều 12", java.text.Normalizer.Form.NFD);

    assertEquals(List.of("12"), Validity.normalizeArticles(List.of(nfd)));
  }

  @Test
  void noArticlesIsTheEmptyList() {
    assertEquals(List.of(), Validity.normalizeArticles(null));
    assertEquals(List.of(), Validity.normalizeArticles(List.of()));
  }

  @Test
  void theResultCannotBeChanged() {
    List<String> result = Validity.normalizeArticles(List.of("1"));

    assertThrows(UnsupportedOperationException.class, () -> result.add("2"));
  }

  /** Issue 13, point 5: a relation names clauses and points as the law writes them. */
  @Test
  void clausesAndPointsAreWrittenAsPlaces() {
    assertEquals(
        List.of("5", "5.1.a", "17.2", "17.?.c", "24.3a"),
        Validity.normalizeArticles(
            List.of(
                "khoản 2 Điều 17",
                "điểm a khoản 1 Điều 5",
                "Điều 5",
                "17.?.c",
                "Điều 24 khoản 3a",
                "diem a khoan 01 dieu 5")));
    assertEquals(
        new Place("24", "3a", null),
        Place.parse(Validity.normalizeArticles(List.of("24.3a")).get(0)));
    assertEquals(new Place("iv", null, null), Place.parse("iv"));
    assertEquals(
        "điểm a khoản 1 Điều 5, khoản 2 Điều 17, Điều 24",
        Place.labels(List.of("5.1.a", "17.2", "24")).in(Messages.VI));
    assertEquals(
        "point a of clause 1 of Article 5, clause 2 of Article 17",
        Place.labels(List.of("5.1.a", "17.2")).in(java.util.Locale.ENGLISH));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "   ",
        "Điều",
        "điều  ",
        "5; 6",
        "5,6",
        "Điều 5 khoản 2 điểm a của Nghị định",
        "123456789012345678901",
        "(5)",
        "5-",
        "5vàđiều6",
        "5 và Điều 6"
      })
  void blankOrGarbageArticlesAreRejected(String raw) {
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> Validity.normalizeArticles(List.of("3", raw, "4")));

    assertEquals(1, e.errors().size());
    assertEquals("articles", e.errors().get(0).field());
    assertTrue(e.key().startsWith("validation.article."), e.key());
    assertTrue(e.detail().contains("Điều 5a"), e.detail());
  }

  @Test
  void aNullArticleIsBlank() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);

    InvalidInput e = assertThrows(InvalidInput.class, () -> Validity.normalizeArticles(withNull));
    assertEquals("articles", e.errors().get(0).field());
  }

  @Test
  void twentyCharactersIsStillAnArticle() {
    String twenty = "1" + ".1".repeat(9) + "a";

    assertEquals(List.of(twenty), Validity.normalizeArticles(List.of(twenty)));
  }

  // --- the enums

  @Test
  void relationKindsEitherChangeTheLawOrFormAChain() {
    Set<RelationKind> changes = EnumSet.noneOf(RelationKind.class);
    Set<RelationKind> chains = EnumSet.noneOf(RelationKind.class);
    for (RelationKind k : RelationKind.values()) {
      if (k.changesLaw()) {
        changes.add(k);
      }
      if (k.formsChain()) {
        chains.add(k);
      }
    }

    assertEquals(EnumSet.of(AMENDS, REPLACES, REPEALS, SUSPENDS), changes);
    assertEquals(EnumSet.of(GUIDES, BASED_ON, CORRECTS), chains);
  }

  @ParameterizedTest
  @CsvSource({
    "AMENDS,   'sửa đổi, bổ sung'",
    "REPLACES, thay thế",
    "REPEALS,  bãi bỏ",
    "SUSPENDS, ngưng hiệu lực",
    "GUIDES,   hướng dẫn",
    "BASED_ON, căn cứ",
    "CORRECTS, đính chính"
  })
  void relationKindLabels(RelationKind kind, String label) {
    assertEquals(label, kind.label());
  }

  @ParameterizedTest
  @CsvSource({
    "NOT_YET_EFFECTIVE, chưa có hiệu lực",
    "IN_FORCE,          còn hiệu lực",
    "PARTLY_EXPIRED,    hết hiệu lực một phần",
    "EXPIRED,           hết hiệu lực toàn bộ",
    "SUSPENDED,         ngưng hiệu lực"
  })
  void legalStatusLabels(LegalStatus status, String label) {
    assertEquals(label, status.label());
  }

  @Test
  void theTimelineListsEachChangeOfStatusOnceFromTheDayItTookEffect() {
    LocalDate from = LocalDate.of(2016, 1, 1);
    List<Act> acts =
        List.of(
            new Act(AMENDS, List.of("5"), LocalDate.of(2020, 7, 1)),
            new Act(REPEALS, List.of("9"), LocalDate.of(2021, 1, 1)),
            new Act(SUSPENDS, List.of(), LocalDate.of(2022, 3, 1)),
            new Act(REPLACES, List.of(), LocalDate.of(2025, 7, 1)));
    assertEquals(
        List.of(
            new Validity.Period(from, IN_FORCE),
            new Validity.Period(LocalDate.of(2021, 1, 1), PARTLY_EXPIRED),
            new Validity.Period(LocalDate.of(2022, 3, 1), SUSPENDED),
            new Validity.Period(LocalDate.of(2025, 7, 1), EXPIRED)),
        Validity.timeline(from, null, acts),
        "an amendment changes no status: no period of its own");
    assertEquals(
        List.of(
            new Validity.Period(from, IN_FORCE),
            new Validity.Period(LocalDate.of(2018, 1, 1), EXPIRED)),
        Validity.timeline(from, LocalDate.of(2018, 1, 1), List.of()));
    assertEquals(List.of(), Validity.timeline(null, null, List.of()));
  }
}
