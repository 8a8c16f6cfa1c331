package vn.quytrinh.legal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.text.ArticleBody.ClauseBody;
import vn.quytrinh.legal.text.ArticleBody.PointBody;
import vn.quytrinh.legal.text.TextStructure.Problem;

/** Citations checked against the structure of a law over time (issue 13, point 6). */
class TextStructureTest {

  static final LocalDate ISSUED = LocalDate.of(2015, 4, 10);
  static final LocalDate AMENDED = LocalDate.of(2025, 1, 9);

  static ArticleHistory.Entry<ArticleBody> wording(
      LocalDate from, long seq, boolean repealed, ClauseBody... clauses) {
    return new ArticleHistory.Entry<>(
        from, seq, seq, 1, repealed, new ArticleBody("Tiêu đề", null, List.of(clauses)));
  }

  static ClauseBody clause(String n, boolean repealed, PointBody... points) {
    return new ClauseBody(n, "Khoản " + n, List.of(points), repealed);
  }

  static PointBody point(String label, boolean repealed) {
    return new PointBody(label, "Điểm " + label, repealed);
  }

  /**
   * Article 5 with clause 1 (points a, b, đ) and clause 2; from 2025, clause 2 repealed and point b
   * repealed; Article 7 repealed from 2025; Article 35a added from 2025.
   */
  final TextStructure law =
      new TextStructure(
          Map.of(
              "5",
              List.of(
                  wording(
                      ISSUED,
                      1,
                      false,
                      clause("1", false, point("a", false), point("b", false), point("đ", false)),
                      clause("2", false)),
                  wording(
                      AMENDED,
                      2,
                      false,
                      clause("1", false, point("a", false), point("b", true), point("đ", false)),
                      clause("2", true))),
              "7",
              List.of(wording(ISSUED, 1, false), wording(AMENDED, 2, true)),
              "35a",
              List.of(wording(AMENDED, 2, false, clause("1", false)))));

  Optional<Problem> on(LocalDate d, String article, String clause, String point) {
    return law.check(article, clause, point, d);
  }

  @Test
  void whatTheLawHasIsNoProblem() {
    LocalDate d = AMENDED.plusDays(1);
    assertEquals(Optional.empty(), on(d, "5", null, null));
    assertEquals(Optional.empty(), on(d, "5", "1", "a"));
    assertEquals(Optional.empty(), on(d, "5", "1", "đ"), "đ is not d");
    assertEquals(Optional.empty(), on(d, "5", null, "a"), "a point cited without its clause");
    assertEquals(Optional.empty(), on(d, "35A", "1", null), "case aside");
    assertEquals(Optional.empty(), on(d, null, null, null), "no article: nothing to check");
  }

  @Test
  void whatItDoesNotHave() {
    LocalDate d = AMENDED.plusDays(1);
    assertEquals(Optional.of(Problem.NO_ARTICLE), on(d, "99", null, null));
    assertEquals(Optional.of(Problem.NO_CLAUSE), on(d, "5", "3", null));
    assertEquals(Optional.of(Problem.NO_POINT), on(d, "5", "1", "d"));
    assertEquals(Optional.of(Problem.NO_POINT), on(d, "5", null, "e"));
    assertEquals(
        Optional.of(Problem.NO_ARTICLE),
        on(AMENDED.minusDays(1), "35a", null, null),
        "an article added later is not there before its date");
  }

  @Test
  void whatIsRepealedOnTheDateAndWasNotBefore() {
    LocalDate d = AMENDED;
    assertEquals(Optional.of(Problem.ARTICLE_REPEALED), on(d, "7", null, null));
    assertEquals(Optional.of(Problem.ARTICLE_REPEALED), on(d, "7", "1", null));
    assertEquals(Optional.of(Problem.CLAUSE_REPEALED), on(d, "5", "2", null));
    assertEquals(Optional.of(Problem.POINT_REPEALED), on(d, "5", "1", "b"));
    LocalDate before = AMENDED.minusDays(1);
    assertEquals(Optional.empty(), on(before, "7", null, null));
    assertEquals(Optional.empty(), on(before, "5", "2", null));
    assertEquals(Optional.empty(), on(before, "5", "1", "b"));
    assertEquals(
        Optional.of(Problem.NO_ARTICLE), on(ISSUED.minusDays(1), "5", null, null), "before it all");
  }
}
