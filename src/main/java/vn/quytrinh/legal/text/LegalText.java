package vn.quytrinh.legal.text;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Optional;

/**
 * A legal document's text in the structure the law is written in: the lines before the first
 * article (title, bases), the divisions (Phần, Chương, Mục), the articles with their clauses and
 * points, the lines after the last article (signatures, recipients, annexes), and the report of
 * what the parser could not place.
 */
public record LegalText(
    List<String> preamble,
    List<Division> divisions,
    List<Article> articles,
    List<String> closing,
    List<ParseIssue> report) {

  public LegalText {
    preamble = List.copyOf(preamble);
    divisions = List.copyOf(divisions);
    articles = List.copyOf(articles);
    closing = List.copyOf(closing);
    report = List.copyOf(report);
  }

  /** The article numbered so ("5", "35a"), if the text has it. */
  public Optional<Article> article(String number) {
    return articles.stream().filter(a -> a.number().equals(number)).findFirst();
  }

  /** Phần, Chương or Mục: the levels above the article. */
  public enum Level {
    PART,
    CHAPTER,
    SECTION
  }

  /**
   * A division's heading: its level, its number as written ("I", "1", "thứ nhất"), its title and
   * the line it starts on (1-based). Stored as JSON with the text; its names are written out for
   * JSON-B, which otherwise takes them from the constructor's parameters and matched the two
   * strings by type once a class was re-instrumented at run time (Jazzer, in the unit tests' JVM):
   * "Chương null".
   */
  public record Division(
      @JsonbProperty("level") Level level,
      @JsonbProperty("number") String number,
      @JsonbProperty("title") String title,
      @JsonbProperty("line") int line) {

    @JsonbCreator
    public Division {}
  }

  /**
   * An article: number ("5", "35a"), title, the text before its first clause, its clauses, the
   * divisions it stands in (outermost first) and its line.
   */
  public record Article(
      String number,
      String title,
      String intro,
      List<Clause> clauses,
      List<Division> within,
      int line) {

    public Article {
      clauses = List.copyOf(clauses);
      within = List.copyOf(within);
    }

    public Optional<Clause> clause(String number) {
      return clauses.stream().filter(c -> c.number().equals(number)).findFirst();
    }
  }

  /** A clause (khoản): number ("1", "3a"), its own text, its points. */
  public record Clause(String number, String text, List<Point> points, int line) {

    public Clause {
      points = List.copyOf(points);
    }

    public Optional<Point> point(String label) {
      return points.stream().filter(p -> p.label().equals(label)).findFirst();
    }
  }

  /**
   * A point (điểm): its label ("a", "đ", "đ1"; a sub-point written "b.2)" is labelled "b2") and its
   * text.
   */
  public record Point(String label, String text, int line) {}
}
