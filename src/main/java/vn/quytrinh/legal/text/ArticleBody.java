package vn.quytrinh.legal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One wording of an article: its title, the text before its first clause, its clauses and their
 * points. Immutable; each change answers a new body, so that the wording it came from stays as it
 * was. A clause or point repealed stays in its place, marked, as a consolidated text shows it.
 */
public record ArticleBody(String title, String intro, List<ClauseBody> clauses) {

  public ArticleBody {
    title = title == null ? "" : title;
    intro = intro == null ? "" : intro;
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
  }

  /** A clause (khoản): its number ("1", "3a"), its own text, its points. */
  public record ClauseBody(String number, String text, List<PointBody> points, boolean repealed) {

    public ClauseBody {
      text = text == null ? "" : text;
      points = points == null ? List.of() : List.copyOf(points);
    }

    public Optional<PointBody> point(String label) {
      return points.stream().filter(p -> p.label().equals(label)).findFirst();
    }

    ClauseBody withPoint(PointBody p) {
      List<PointBody> out = new ArrayList<>(points);
      int rank = LawWords.pointRank(p.label());
      int at = out.size();
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).label().equals(p.label())) {
          out.set(i, p);
          return new ClauseBody(number, text, out, repealed);
        }
        if (LawWords.pointRank(out.get(i).label()) > rank && at == out.size()) {
          at = i;
        }
      }
      out.add(at, p);
      return new ClauseBody(number, text, out, repealed);
    }
  }

  /** A point (điểm): its label ("a", "đ1") and text. */
  public record PointBody(String label, String text, boolean repealed) {

    public PointBody {
      text = text == null ? "" : text;
    }
  }

  /** The body of a parsed article. */
  public static ArticleBody of(LegalText.Article a) {
    return new ArticleBody(
        a.title(),
        a.intro(),
        a.clauses().stream()
            .map(
                c ->
                    new ClauseBody(
                        c.number(),
                        c.text(),
                        c.points().stream()
                            .map(p -> new PointBody(p.label(), p.text(), false))
                            .toList(),
                        false))
            .toList());
  }

  public Optional<ClauseBody> clause(String number) {
    return clauses.stream().filter(c -> c.number().equals(number)).findFirst();
  }

  /** The same article with this clause in place of the one of its number, or inserted in order. */
  public ArticleBody withClause(ClauseBody c) {
    List<ClauseBody> out = new ArrayList<>(clauses);
    int rank = LawWords.clauseRank(c.number());
    int at = out.size();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).number().equals(c.number())) {
        out.set(i, c);
        return new ArticleBody(title, intro, out);
      }
      if (LawWords.clauseRank(out.get(i).number()) > rank && at == out.size()) {
        at = i;
      }
    }
    out.add(at, c);
    return new ArticleBody(title, intro, out);
  }

  /** The same article with this point in place in the clause (which must exist). */
  public ArticleBody withPoint(String clause, PointBody p) {
    ClauseBody c = clause(clause).orElseThrow();
    return withClause(c.withPoint(p));
  }

  public ArticleBody withTitle(String newTitle) {
    return new ArticleBody(newTitle, intro, clauses);
  }

  /** The clause kept in its place, its text and points gone, marked repealed. */
  public ArticleBody repealClause(String number) {
    ClauseBody c = clause(number).orElseThrow();
    return withClause(new ClauseBody(c.number(), "", List.of(), true));
  }

  /** The point kept in its place, its text gone, marked repealed. */
  public ArticleBody repealPoint(String clause, String label) {
    return withPoint(clause, new PointBody(label, "", true));
  }

  /**
   * The article with {@code from} written as {@code to} wherever it stands in the part named
   * (clause and point may be null: the whole article or the whole clause); empty when the words do
   * not occur there.
   */
  public Optional<ArticleBody> replacing(String clause, String point, String from, String to) {
    if (from == null || from.isEmpty()) {
      return Optional.empty();
    }
    boolean[] found = {false};
    java.util.function.UnaryOperator<String> r =
        s -> {
          if (s.contains(from)) {
            found[0] = true;
            return s.replace(from, to);
          }
          return s;
        };
    String newTitle = title;
    String newIntro = intro;
    if (clause == null) {
      newTitle = r.apply(title);
      newIntro = r.apply(intro);
    }
    List<ClauseBody> out = new ArrayList<>();
    for (ClauseBody c : clauses) {
      if (clause != null && !c.number().equals(clause)) {
        out.add(c);
        continue;
      }
      String text = point == null ? r.apply(c.text()) : c.text();
      List<PointBody> points = new ArrayList<>();
      for (PointBody p : c.points()) {
        boolean inScope = point == null || p.label().equals(point);
        points.add(inScope ? new PointBody(p.label(), r.apply(p.text()), p.repealed()) : p);
      }
      out.add(new ClauseBody(c.number(), text, points, c.repealed()));
    }
    return found[0] ? Optional.of(new ArticleBody(newTitle, newIntro, out)) : Optional.empty();
  }

  /** Whether the words stand anywhere in the part named (null clause, point: the whole). */
  public boolean contains(String clause, String point, String words) {
    return words != null && !words.isEmpty() && replacing(clause, point, words, words).isPresent();
  }

  /**
   * The wording as lines, as the law prints it (without the "Điều N." heading); a clause or point
   * repealed stands in its place with {@code repealedMark} for its text ("3. (được bãi bỏ)").
   */
  public List<String> lines(String repealedMark) {
    List<String> out = new ArrayList<>();
    if (!intro.isEmpty()) {
      out.add(intro);
    }
    for (ClauseBody c : clauses) {
      out.add(c.number() + ". " + (c.repealed() ? repealedMark : c.text()));
      for (PointBody p : c.points()) {
        out.add(p.label() + ") " + (p.repealed() ? repealedMark : p.text()));
      }
    }
    return out;
  }
}
