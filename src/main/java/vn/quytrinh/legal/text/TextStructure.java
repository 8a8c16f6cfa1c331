package vn.quytrinh.legal.text;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The articles, clauses and points of a stored legal text over time, to check a citation against:
 * whether the document has the place cited on a date, and whether it is repealed then. Built once
 * from the stored wordings of each article ({@link ArticleHistory}); plain Java.
 */
public final class TextStructure {

  /** What is wrong with a place cited, on the date asked. */
  public enum Problem {
    /** The document has no such article on that date (never, or not yet: added later). */
    NO_ARTICLE,
    ARTICLE_REPEALED,
    NO_CLAUSE,
    CLAUSE_REPEALED,
    NO_POINT,
    POINT_REPEALED
  }

  private final Map<String, List<ArticleHistory.Entry<ArticleBody>>> articles;

  /**
   * @param articles each article's wordings over time, by its number as stored ("5", "35a")
   */
  public TextStructure(Map<String, List<ArticleHistory.Entry<ArticleBody>>> articles) {
    Map<String, List<ArticleHistory.Entry<ArticleBody>>> m = new LinkedHashMap<>();
    articles.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    this.articles = m;
  }

  /**
   * What is wrong with citing {@code article}, {@code clause}, {@code point} on {@code on}; empty
   * when the place exists and is in force. A citation naming no article is not checked here.
   */
  public Optional<Problem> check(String article, String clause, String point, LocalDate on) {
    if (article == null) {
      return Optional.empty();
    }
    Optional<ArticleHistory.Entry<ArticleBody>> w =
        ArticleHistory.inForce(
            articles.getOrDefault(article.toLowerCase(Locale.ROOT), List.of()), on);
    if (w.isEmpty()) {
      return Optional.of(Problem.NO_ARTICLE);
    }
    if (w.get().repealed()) {
      return Optional.of(Problem.ARTICLE_REPEALED);
    }
    ArticleBody body = w.get().wording();
    if (clause != null) {
      Optional<ArticleBody.ClauseBody> c = body.clause(clause.toLowerCase(Locale.ROOT));
      if (c.isEmpty()) {
        return Optional.of(Problem.NO_CLAUSE);
      }
      if (c.get().repealed()) {
        return Optional.of(Problem.CLAUSE_REPEALED);
      }
      return point == null ? Optional.empty() : point(List.of(c.get()), point);
    }
    return point == null ? Optional.empty() : point(body.clauses(), point);
  }

  /** A point among these clauses' (a point cited without its clause: any clause's). */
  private static Optional<Problem> point(List<ArticleBody.ClauseBody> clauses, String point) {
    String label = point.toLowerCase(Locale.ROOT);
    boolean repealed = false;
    for (ArticleBody.ClauseBody c : clauses) {
      Optional<ArticleBody.PointBody> p = c.point(label);
      if (p.isPresent() && !p.get().repealed() && !c.repealed()) {
        return Optional.empty();
      }
      repealed |= p.isPresent();
    }
    return Optional.of(repealed ? Problem.POINT_REPEALED : Problem.NO_POINT);
  }
}
