package vn.quytrinh.web.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.quytrinh.legal.text.ArticleBody;
import vn.quytrinh.legal.text.LawWords;
import vn.quytrinh.legal.text.LegalText;
import vn.quytrinh.legal.text.LegalTextService;

/**
 * A consolidated text laid out as the law is written: each division's heading (Phần, Chương, Mục)
 * where its first article stands, then the articles ("Điều 4. Title", the text before the first
 * clause, the clauses "1." with their points "a)"), each with the document that last set its
 * wording and the day that wording applies from. A repealed article keeps its heading, marked; a
 * repealed clause or point keeps its number, marked. Pure: the page shows what this answers.
 */
public final class LawLayout {

  private LawLayout() {}

  /**
   * One block of the text, in its order: a division's heading (article null) or an article (heading
   * null).
   */
  public record Block(Heading heading, Article article) {}

  /**
   * A division's heading: "Chương II" and its title, with its depth (1: the outermost) for the
   * heading level.
   */
  public record Heading(String label, String title, int depth, String level) {}

  /** A point: its label "a)", its text, repealed or not. */
  public record Point(String label, String text, boolean repealed) {}

  /** A clause: its number "1.", its text, its points, repealed or not. */
  public record Clause(String label, String text, List<Point> points, boolean repealed) {}

  /**
   * An article as in force: "Điều 4." and its title, the text before its clauses, its clauses;
   * repealed or not; the document that set this wording ({@code amended}: another than the text's
   * own), from when (null: as issued).
   */
  public record Article(
      String number,
      String anchor,
      String heading,
      String title,
      String intro,
      List<Clause> clauses,
      boolean repealed,
      boolean amended,
      long setById,
      String setByNumber,
      LocalDate appliesFrom) {}

  public static List<Block> of(LegalTextService.Consolidated c) {
    return of(c.document().id(), c.articles());
  }

  /** The articles of the text of document {@code own} laid out. */
  static List<Block> of(long own, List<LegalTextService.ArticleInForce> articles) {
    List<Block> out = new ArrayList<>();
    List<LegalText.Division> open = List.of();
    for (LegalTextService.ArticleInForce a : articles) {
      List<LegalText.Division> within = a.within();
      int same = 0;
      while (same < within.size()
          && same < open.size()
          && within.get(same).equals(open.get(same))) {
        same++;
      }
      for (int i = same; i < within.size(); i++) {
        LegalText.Division d = within.get(i);
        out.add(
            new Block(
                new Heading(
                    LawWords.heading(d.level()) + " " + d.number(),
                    d.title() == null ? "" : d.title().strip(),
                    i + 1,
                    d.level().name().toLowerCase(java.util.Locale.ROOT)),
                null));
      }
      open = within;
      out.add(new Block(null, article(a, own)));
    }
    return out;
  }

  static Article article(LegalTextService.ArticleInForce a, long own) {
    ArticleBody b = a.body();
    List<Clause> clauses = new ArrayList<>();
    for (ArticleBody.ClauseBody cl : b.clauses()) {
      clauses.add(
          new Clause(
              cl.number() + ".",
              cl.text(),
              cl.points().stream()
                  .map(p -> new Point(p.label() + ")", p.text(), p.repealed()))
                  .toList(),
              cl.repealed()));
    }
    return new Article(
        a.number(),
        "dieu-" + a.number(),
        LawWords.article(a.number()),
        b.title(),
        b.intro(),
        clauses,
        a.repealed(),
        a.setById() != own,
        a.setById(),
        a.setByNumber(),
        a.appliesFrom());
  }
}
