package vn.quytrinh.legal.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import vn.quytrinh.legal.text.Amendment.Kind;
import vn.quytrinh.legal.text.Amendment.Place;
import vn.quytrinh.legal.text.ArticleBody.ClauseBody;
import vn.quytrinh.legal.text.ArticleBody.PointBody;

/**
 * Applies confirmed amendments to the articles of a document as in force on the day they take
 * effect, and answers each article's new wording. What cannot be applied is said place by place
 * ({@link Skip}), never guessed: a clause that the text does not have, a phrase that does not
 * occur, a place that is no article (an annex, a Mục). Pure: the caller gives the wordings in force
 * and records what comes out.
 */
public final class AmendmentApplier {

  /** Why a place of an amendment gave no new wording. */
  public enum Skip implements vn.quytrinh.platform.i18n.Labelled {
    /** The stored text has no such article. */
    NO_ARTICLE,
    /** The article has no such clause. */
    NO_CLAUSE,
    /** The clause has no such point. */
    NO_POINT,
    /** An addition of an article, clause or point the text already has. */
    EXISTS,
    /** The words to replace or remove, or to add next to, do not occur there. */
    PHRASE_NOT_FOUND,
    /** The new wording is missing or has no article, clause or point of the place's kind. */
    NO_WORDING,
    /**
     * A place that is not an article, clause or point (an annex, a Mục), or a clause renamed: no
     * wording; the relation is recorded (an annex or Mục alone: as an amendment of the document
     * naming no article).
     */
    NOT_AN_ARTICLE,
    /** A change that gives no wording (a suspension, a whole document repealed). */
    NO_WORDING_CHANGE,
    /** The article was repealed before the day this applies. */
    REPEALED,
    /**
     * Another document gave the article a wording that applies from a later day: record the
     * amendments in the order they take effect.
     */
    LATER_WORDING
  }

  /**
   * What became of one place ({@code at}; null for an amendment naming no place, the whole text):
   * applied (skip null) or not, and why.
   */
  public record Outcome(Place at, Skip skip) {
    /** The outcome of a place as written ("4.4.b"; empty: the whole text). */
    public Outcome(String written, Skip skip) {
      this(written.isEmpty() ? null : Place.parse(written), skip);
    }

    /** The outcome of an amendment naming no place (the whole text). */
    static Outcome whole(Skip skip) {
      return new Outcome((Place) null, skip);
    }

    public boolean applied() {
      return skip == null;
    }

    /** The place as written ("4.4.b", "Phụ lục II"); empty for the whole text. */
    public String place() {
      return at == null ? "" : at.toString();
    }

    /** The same place with another answer. */
    public Outcome because(Skip other) {
      return new Outcome(at, other);
    }
  }

  private final Map<String, ArticleBody> bodies;
  private final Set<String> repealedBefore;
  private final Map<String, ArticleBody> changed = new LinkedHashMap<>();
  private final Set<String> repealed = new LinkedHashSet<>();
  private final Set<String> added = new LinkedHashSet<>();

  /**
   * @param inForce each article's wording in force on the day (repealed ones included)
   * @param repealedBefore the articles whose wording in force is a repeal
   */
  public AmendmentApplier(Map<String, ArticleBody> inForce, Set<String> repealedBefore) {
    this.bodies = new LinkedHashMap<>(inForce);
    this.repealedBefore = Set.copyOf(repealedBefore);
  }

  /** The articles given a new wording, with it (a repealed article's last title, no text). */
  public Map<String, ArticleBody> changed() {
    return changed;
  }

  /** The articles repealed by what was applied. */
  public Set<String> repealed() {
    return repealed;
  }

  /** The articles that did not exist before what was applied. */
  public Set<String> added() {
    return added;
  }

  /** Applies one amendment, place by place. */
  public List<Outcome> apply(Amendment a) {
    List<Outcome> out = new ArrayList<>();
    if (a.places().isEmpty()) {
      if (isPhrase(a.kind())) {
        boolean any = false;
        for (String article : List.copyOf(bodies.keySet())) {
          if (!isRepealed(article)) {
            Outcome o = phrase(a, new Place(article, null, null, null));
            any |= o.applied();
          }
        }
        out.add(Outcome.whole(any ? null : Skip.PHRASE_NOT_FOUND));
      } else {
        out.add(Outcome.whole(Skip.NO_WORDING_CHANGE));
      }
      return out;
    }
    for (Place p : a.places()) {
      out.add(new Outcome(p, place(a, p)));
    }
    return out;
  }

  private Skip place(Amendment a, Place p) {
    if (p.other() != null || p.article() == null) {
      return Skip.NOT_AN_ARTICLE;
    }
    if (a.kind() == Kind.SUSPEND) {
      return Skip.NO_WORDING_CHANGE;
    }
    String article = p.article();
    if (a.kind() == Kind.ADD && p.clause() == null && p.point() == null) {
      Optional<ArticleBody> b = readArticle(article, a.wording(), "");
      if (bodies.containsKey(article) && !isRepealed(article)) {
        // added already, by this very wording (confirmed again): nothing to do
        return b.isPresent() && b.get().equals(bodies.get(article)) ? null : Skip.EXISTS;
      }
      if (b.isEmpty()) {
        return Skip.NO_WORDING;
      }
      if (!bodies.containsKey(article)) {
        added.add(article);
      }
      repealed.remove(article);
      put(article, b.get());
      return null;
    }
    ArticleBody body = bodies.get(article);
    if (body == null) {
      return Skip.NO_ARTICLE;
    }
    if (isRepealed(article)) {
      return Skip.REPEALED;
    }
    return switch (a.kind()) {
      case AMEND, REPLACE, ADD -> wording(a, p, body);
      case REPEAL -> repeal(p, body);
      case RENAME -> rename(a, p, body);
      case REPLACE_PHRASE, ADD_PHRASE, REMOVE_PHRASE -> phrase(a, p).skip();
      case SUSPEND -> Skip.NO_WORDING_CHANGE;
    };
  }

  private Skip wording(Amendment a, Place p, ArticleBody body) {
    String article = p.article();
    boolean adding = a.kind() == Kind.ADD;
    if (p.clause() == null && p.point() == null) {
      Optional<ArticleBody> b = readArticle(article, a.wording(), body.title());
      if (b.isEmpty()) {
        return Skip.NO_WORDING;
      }
      put(article, b.get());
      return null;
    }
    if (p.clause() == null) {
      return Skip.NO_CLAUSE;
    }
    Optional<ClauseBody> clause = body.clause(p.clause());
    if (p.point() == null) {
      if (!adding && clause.isEmpty()) {
        return Skip.NO_CLAUSE;
      }
      Optional<ClauseBody> c = readClause(p.clause(), a.wording(), a.places().size());
      if (adding && clause.isPresent() && !clause.get().repealed()) {
        return c.isPresent() && c.get().equals(clause.get()) ? null : Skip.EXISTS;
      }
      if (c.isEmpty()) {
        return Skip.NO_WORDING;
      }
      put(article, body.withClause(c.get()));
      return null;
    }
    if (clause.isEmpty()) {
      return Skip.NO_CLAUSE;
    }
    Optional<PointBody> point = clause.get().point(p.point());
    if (!adding && point.isEmpty()) {
      return Skip.NO_POINT;
    }
    Optional<PointBody> np = readPoint(p.point(), a.wording(), a.places().size());
    if (adding && point.isPresent() && !point.get().repealed()) {
      return np.isPresent() && np.get().equals(point.get()) ? null : Skip.EXISTS;
    }
    if (np.isEmpty()) {
      return Skip.NO_WORDING;
    }
    put(article, body.withPoint(p.clause(), np.get()));
    return null;
  }

  private Skip repeal(Place p, ArticleBody body) {
    String article = p.article();
    if (p.clause() == null && p.point() == null) {
      repealed.add(article);
      put(article, new ArticleBody(body.title(), "", List.of()));
      return null;
    }
    if (p.clause() == null) {
      return Skip.NO_CLAUSE;
    }
    Optional<ClauseBody> clause = body.clause(p.clause());
    if (clause.isEmpty()) {
      return Skip.NO_CLAUSE;
    }
    if (p.point() == null) {
      put(article, body.repealClause(p.clause()));
      return null;
    }
    if (clause.get().point(p.point()).isEmpty()) {
      return Skip.NO_POINT;
    }
    put(article, body.repealPoint(p.clause(), p.point()));
    return null;
  }

  private Skip rename(Amendment a, Place p, ArticleBody body) {
    if (p.clause() != null || p.point() != null) {
      return Skip.NOT_AN_ARTICLE;
    }
    if (a.wording() == null || a.wording().isBlank()) {
      return Skip.NO_WORDING;
    }
    String title = a.wording().strip();
    Matcher m = LawWords.ARTICLE_HEADING.matcher(title);
    if (m.matches()) {
      title = m.group(2);
    }
    put(p.article(), body.withTitle(title));
    return null;
  }

  private Outcome phrase(Amendment a, Place p) {
    ArticleBody body = bodies.get(p.article());
    Place where = p;
    if (body == null) {
      return new Outcome(where, Skip.NO_ARTICLE);
    }
    if (p.clause() != null && body.clause(p.clause()).isEmpty()) {
      return new Outcome(where, Skip.NO_CLAUSE);
    }
    if (p.point() != null
        && (p.clause() == null || body.clause(p.clause()).get().point(p.point()).isEmpty())) {
      return new Outcome(where, p.clause() == null ? Skip.NO_CLAUSE : Skip.NO_POINT);
    }
    String from = a.oldPhrase();
    String to;
    String already;
    switch (a.kind()) {
      case REPLACE_PHRASE -> {
        to = a.newPhrase() == null ? "" : a.newPhrase();
        already = to;
      }
      case REMOVE_PHRASE -> {
        to = "";
        already = null;
      }
      default -> {
        String added = a.newPhrase() == null ? "" : a.newPhrase();
        boolean before =
            a.instruction() != null && LawWords.BEFORE_ANCHOR.matcher(a.instruction()).find();
        to = before ? added + " " + from : from + " " + added;
        already = to;
      }
    }
    Optional<ArticleBody> b = body.replacing(p.clause(), p.point(), from, to);
    if (b.isEmpty()) {
      boolean done = already != null && body.contains(p.clause(), p.point(), already);
      return new Outcome(where, done ? null : Skip.PHRASE_NOT_FOUND);
    }
    ArticleBody result = b.get();
    if (to.isEmpty()) {
      result = tidy(result);
    }
    put(p.article(), result);
    return new Outcome(where, null);
  }

  /**
   * After words are removed: no doubled blanks, no blank before a comma or full stop, and no comma,
   * semicolon or colon left dangling before the final stop ("hàng hóa; ." is "hàng hóa.").
   */
  private static ArticleBody tidy(ArticleBody b) {
    return new ArticleBody(
        tidy(b.title()),
        tidy(b.intro()),
        b.clauses().stream()
            .map(
                c ->
                    new ClauseBody(
                        c.number(),
                        tidy(c.text()),
                        c.points().stream()
                            .map(p -> new PointBody(p.label(), tidy(p.text()), p.repealed()))
                            .toList(),
                        c.repealed()))
            .toList());
  }

  private static String tidy(String s) {
    return s.replaceAll("[ \\t]{2,}", " ")
        .replaceAll(" ([,.;:])", "$1")
        .replaceAll("[,;:]+\\.(\\s*)$", ".$1");
  }

  private void put(String article, ArticleBody body) {
    bodies.put(article, body);
    changed.put(article, body);
  }

  private boolean isRepealed(String article) {
    return repealed.contains(article)
        || (repealedBefore.contains(article) && !changed.containsKey(article));
  }

  private static boolean isPhrase(Kind k) {
    return k == Kind.REPLACE_PHRASE || k == Kind.ADD_PHRASE || k == Kind.REMOVE_PHRASE;
  }

  private static List<String> lines(String wording) {
    return LegalTextParser.lines(wording.strip());
  }

  /**
   * A new wording of a whole article: its heading if it has one ("Điều 7a. Title"), else the
   * article's title kept and the text read as its body.
   */
  static Optional<ArticleBody> readArticle(String number, String wording, String title) {
    if (wording == null || wording.isBlank()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(lines(wording));
    if (!LawWords.ARTICLE_HEADING.matcher(LawWords.clean(lines.get(0))).matches()) {
      lines.add(0, LawWords.articleHeading(number, title));
    }
    LegalText t = new LegalTextParser().parse(lines);
    return t.articles().isEmpty()
        ? Optional.empty()
        : Optional.of(ArticleBody.of(t.articles().get(0)));
  }

  /**
   * A new wording of a clause: the clause of that number in it, or its only clause when the
   * amendment names one place; a wording without a clause number is the clause's text.
   */
  static Optional<ClauseBody> readClause(String number, String wording, int places) {
    if (wording == null || wording.isBlank()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(lines(wording));
    lines.add(0, LawWords.articleHeading("1", ""));
    LegalText.Article a = new LegalTextParser().parse(lines).articles().get(0);
    if (a.clauses().isEmpty()) {
      return Optional.of(new ClauseBody(number, a.intro(), List.of(), false));
    }
    Optional<LegalText.Clause> c = a.clause(number);
    if (c.isEmpty() && places == 1 && a.clauses().size() == 1) {
      c = Optional.of(a.clauses().get(0));
    }
    return c.map(
        x ->
            new ClauseBody(
                number,
                x.text(),
                x.points().stream().map(p -> new PointBody(p.label(), p.text(), false)).toList(),
                false));
  }

  /** A new wording of a point: the point of that label in it, or its only point. */
  static Optional<PointBody> readPoint(String label, String wording, int places) {
    if (wording == null || wording.isBlank()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(lines(wording));
    lines.add(0, "1.");
    lines.add(0, LawWords.articleHeading("1", ""));
    LegalText.Article a = new LegalTextParser().parse(lines).articles().get(0);
    LegalText.Clause c = a.clauses().get(0);
    if (c.points().isEmpty()) {
      return Optional.of(new PointBody(label, c.text(), false));
    }
    Optional<LegalText.Point> p = c.point(label);
    if (p.isEmpty() && places == 1 && c.points().size() == 1) {
      p = Optional.of(c.points().get(0));
    }
    return p.map(x -> new PointBody(label, x.text(), false));
  }
}
