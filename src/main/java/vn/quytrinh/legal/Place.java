package vn.quytrinh.legal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.text.Text;

/**
 * A place a relation acts on, as precise as the changing document says it: an article ("5"), a
 * clause of it ("5.2"), or a point ("5.2.a"; "5.?.a" for a point named without its clause). Written
 * in relations and in the API as that notation, the one amendment proposals use; typed also as the
 * law writes it ("khoản 2 Điều 5", "điểm a khoản 2 Điều 5", "Điều 5 khoản 2 điểm a"). An article
 * numbered otherwise ("iv", "3-1") is a place with no clause.
 */
public record Place(String article, String clause, String point) {

  private static final String ARTICLE = "(\\d{1,4}[a-zđ]?)";
  private static final String CLAUSE = "(\\d{1,3}[a-zđ]?)";
  private static final String POINT = "([a-zđ]\\d{0,2})";
  private static final String DIEU = "(?:điều|dieu)\\s*";
  private static final String KHOAN = "(?:khoản|khoan)\\s*";
  private static final String DIEM = "(?:điểm|diem)\\s*";

  private static final Pattern NOTATION =
      Pattern.compile(ARTICLE + "(?:\\.(\\d{1,3}[a-zđ]?|\\?)(?:\\." + POINT + ")?)?");

  /** "điểm a khoản 2 Điều 5", "khoản 2 Điều 5": smallest first, as the law writes it. */
  private static final Pattern SMALLEST_FIRST =
      Pattern.compile(
          "(?:"
              + DIEM
              + POINT
              + "\\s*,?\\s*)?(?:"
              + KHOAN
              + CLAUSE
              + "\\s*,?\\s*)?"
              + DIEU
              + ARTICLE);

  /** "Điều 5 khoản 2 điểm a": largest first. */
  private static final Pattern LARGEST_FIRST =
      Pattern.compile(
          DIEU
              + ARTICLE
              + "(?:\\s*,?\\s*"
              + KHOAN
              + CLAUSE
              + ")?(?:\\s*,?\\s*"
              + DIEM
              + POINT
              + ")?");

  /**
   * The place written {@code raw}, when it is written as a place (notation or words); empty for
   * anything else, an article number of another shape among it.
   */
  public static Optional<Place> typed(String raw) {
    String s = Text.cleanOrNull(raw);
    if (s == null) {
      return Optional.empty();
    }
    s = s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", " ").strip();
    Matcher n = NOTATION.matcher(s);
    if (n.matches() && (n.group(2) != null || n.group(3) != null)) {
      return Optional.of(of(n.group(1), "?".equals(n.group(2)) ? null : n.group(2), n.group(3)));
    }
    Matcher a = SMALLEST_FIRST.matcher(s);
    if (a.matches() && (a.group(1) != null || a.group(2) != null)) {
      return Optional.of(of(a.group(3), a.group(2), a.group(1)));
    }
    Matcher b = LARGEST_FIRST.matcher(s);
    if (b.matches() && (b.group(2) != null || b.group(3) != null)) {
      return Optional.of(of(b.group(1), b.group(2), b.group(3)));
    }
    return Optional.empty();
  }

  /**
   * The place a notation writes ("5", "7a", "5.2", "5.?.a"); empty for anything else ("Phụ lục II",
   * "iv"), which {@link #parse} would take for an article.
   */
  public static Optional<Place> ofNotation(String written) {
    Matcher n = NOTATION.matcher(written == null ? "" : written.strip().toLowerCase(Locale.ROOT));
    return n.matches() ? Optional.of(parse(written)) : Optional.empty();
  }

  /** A relation's entry read back: "5.2.a" as a point, "5" or "iv" as a whole article. */
  public static Place parse(String written) {
    Matcher n = NOTATION.matcher(written == null ? "" : written.strip().toLowerCase(Locale.ROOT));
    if (n.matches()) {
      return of(n.group(1), "?".equals(n.group(2)) ? null : n.group(2), n.group(3));
    }
    return new Place(written == null ? null : written.strip(), null, null);
  }

  private static Place of(String article, String clause, String point) {
    return new Place(
        article.replaceFirst("^0+(?=\\d)", ""),
        clause == null ? null : clause.replaceFirst("^0+(?=\\d)", ""),
        point);
  }

  /** The whole article, no clause or point named. */
  public boolean wholeArticle() {
    return clause == null && point == null;
  }

  /**
   * Whether a citation of {@code citedArticle}, {@code citedClause}, {@code citedPoint} is touched
   * by a change of this place: it cites this article whole, or the place is the whole article, or
   * it cites this clause (whole, or the point changed, or the clause whole changed). Citing another
   * clause or another point of the same article is not.
   */
  public boolean touches(String citedArticle, String citedClause, String citedPoint) {
    if (citedArticle == null || !article.equalsIgnoreCase(citedArticle)) {
      return citedArticle == null;
    }
    if (wholeArticle() || (citedClause == null && citedPoint == null)) {
      return true;
    }
    if (clause != null && citedClause != null && !clause.equalsIgnoreCase(citedClause)) {
      return false;
    }
    return point == null || citedPoint == null || point.equalsIgnoreCase(citedPoint);
  }

  /**
   * Whether the place cited ({@code citedArticle}, {@code citedClause}, {@code citedPoint}) lies
   * within this one: a repeal of this place takes it away. The whole article cited does not lie
   * within one of its clauses.
   */
  public boolean contains(String citedArticle, String citedClause, String citedPoint) {
    if (citedArticle == null || !article.equalsIgnoreCase(citedArticle)) {
      return false;
    }
    if (wholeArticle()) {
      return true;
    }
    if (clause != null && (citedClause == null || !clause.equalsIgnoreCase(citedClause))) {
      return false;
    }
    return point == null || (citedPoint != null && point.equalsIgnoreCase(citedPoint));
  }

  /** "5.2.a", "5.?.a", "5.2", "5": as stored and in the API. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(article);
    if (clause != null || point != null) {
      b.append('.').append(clause == null ? "?" : clause);
    }
    if (point != null) {
      b.append('.').append(point);
    }
    return b.toString();
  }

  /** "điểm a khoản 2 Điều 5" / "point a of clause 2 of Article 5", in the reader's language. */
  public Message label() {
    if (point != null && clause != null) {
      return Message.of("text.place.point", article, clause, point);
    }
    if (point != null) {
      return Message.of("text.place.pointOfArticle", article, point);
    }
    if (clause != null) {
      return Message.of("text.place.clause", article, clause);
    }
    return Message.of("text.place.article", article);
  }

  /**
   * The places of a relation as one message: "Điều 5, 17, khoản 2 Điều 24" — whole articles next to
   * each other under one "Điều".
   */
  public static Message labels(List<String> written) {
    List<Message> parts = new java.util.ArrayList<>();
    List<String> articles = new java.util.ArrayList<>();
    for (String w : written) {
      Place p = parse(w);
      if (p.wholeArticle()) {
        articles.add(p.article());
        continue;
      }
      if (!articles.isEmpty()) {
        parts.add(Message.of("text.place.article", String.join(", ", articles)));
        articles.clear();
      }
      parts.add(p.label());
    }
    if (!articles.isEmpty()) {
      parts.add(Message.of("text.place.article", String.join(", ", articles)));
    }
    Message out = null;
    for (int i = parts.size() - 1; i >= 0; i--) {
      out = out == null ? parts.get(i) : Message.of("text.place.list", parts.get(i), out);
    }
    return out == null ? Message.of("text.place.none") : out;
  }
}
