package vn.quytrinh.legal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which wording of an article is in force on a day. */
class ArticleHistoryTest {

  static final long BASE = 1;
  static final long AMENDING = 2;
  static final long LATER = 3;

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static ArticleHistory.Entry<String> e(
      LocalDate from, long recorded, long setBy, boolean repealed, String wording) {
    return new ArticleHistory.Entry<>(from, recorded, recorded, setBy, repealed, wording);
  }

  static Optional<String> on(List<ArticleHistory.Entry<String>> h, LocalDate day) {
    return ArticleHistory.inForce(h, day).map(ArticleHistory.Entry::wording);
  }

  @Test
  void theWordingAsIssuedAppliesUntilTheAmendmentTakesEffectAndStaysAfter() {
    List<ArticleHistory.Entry<String>> h =
        List.of(
            e(null, 1, BASE, false, "as issued"), e(d(2019, 10, 21), 2, AMENDING, false, "new"));
    assertEquals(Optional.of("as issued"), on(h, d(2018, 6, 5)));
    assertEquals(Optional.of("as issued"), on(h, d(2019, 10, 20)));
    assertEquals(Optional.of("new"), on(h, d(2019, 10, 21)), "from its effective date");
    assertEquals(Optional.of("new"), on(h, d(2030, 1, 1)));
    assertEquals(
        Optional.of("as issued"), on(h, d(1990, 1, 1)), "the wording as issued has no start");
  }

  @Test
  void provisionsOfOneAmendingDocumentMayTakeEffectOnDifferentDays() {
    List<ArticleHistory.Entry<String>> h =
        List.of(
            e(null, 1, BASE, false, "as issued"),
            e(d(2025, 7, 1), 2, AMENDING, false, "clause 2 from July"),
            e(d(2026, 1, 1), 3, AMENDING, false, "clause 3 from January"));
    assertEquals(Optional.of("as issued"), on(h, d(2025, 6, 30)));
    assertEquals(Optional.of("clause 2 from July"), on(h, d(2025, 12, 31)));
    assertEquals(Optional.of("clause 3 from January"), on(h, d(2026, 1, 1)));
  }

  @Test
  void ofTwoWordingsFromTheSameDayTheOneRecordedLaterIsInForceWhateverTheListOrder() {
    List<ArticleHistory.Entry<String>> h =
        List.of(
            e(d(2020, 1, 1), 9, LATER, false, "recorded later"),
            e(null, 1, BASE, false, "as issued"),
            e(d(2020, 1, 1), 5, AMENDING, false, "recorded first"));
    assertEquals(Optional.of("recorded later"), on(h, d(2020, 1, 1)));
  }

  @Test
  void anArticleAddedByAnAmendmentIsNotPartOfTheTextBeforeItsDay() {
    List<ArticleHistory.Entry<String>> added =
        List.of(e(d(2019, 10, 21), 2, AMENDING, false, "Điều 7a"));
    assertEquals(Optional.empty(), on(added, d(2019, 10, 20)));
    assertEquals(Optional.of("Điều 7a"), on(added, d(2019, 10, 21)));
  }

  @Test
  void aRepealIsAWordingOfItsOwnFromItsDayAndTheOldOneStays() {
    List<ArticleHistory.Entry<String>> h =
        List.of(e(null, 1, BASE, false, "as issued"), e(d(2024, 1, 1), 2, LATER, true, ""));
    assertFalse(ArticleHistory.inForce(h, d(2023, 12, 31)).orElseThrow().repealed());
    assertTrue(ArticleHistory.inForce(h, d(2024, 1, 1)).orElseThrow().repealed());
    assertEquals(LATER, ArticleHistory.inForce(h, d(2024, 1, 1)).orElseThrow().setBy());
  }

  @Test
  void aWordingCannotBeSlippedUnderALaterOneOfAnotherDocument() {
    List<ArticleHistory.Entry<String>> h =
        List.of(e(null, 1, BASE, false, "as issued"), e(d(2025, 1, 1), 2, LATER, false, "later"));
    assertTrue(ArticleHistory.laterWordingBy(h, d(2024, 6, 1), AMENDING));
    assertFalse(ArticleHistory.laterWordingBy(h, d(2025, 1, 1), AMENDING), "same day: after it");
    assertFalse(ArticleHistory.laterWordingBy(h, d(2024, 6, 1), LATER), "its own later wording");
  }

  @Test
  void anArticleInsertedAfter35SortsBetween35And36() {
    assertTrue(LegalArticle.rank("35") < LegalArticle.rank("35a"));
    assertTrue(LegalArticle.rank("35a") < LegalArticle.rank("35b"));
    assertTrue(LegalArticle.rank("35b") < LegalArticle.rank("36"));
    assertTrue(LegalArticle.rank("7") < LegalArticle.rank("7a"));
    assertTrue(LegalArticle.rank("7a") < LegalArticle.rank("8"));
  }
}
