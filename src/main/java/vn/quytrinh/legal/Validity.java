package vn.quytrinh.legal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.text.Text;

/**
 * Whether a document applies on a given day, from its own dates and from what later documents did
 * to it. Pure: the caller loads the acts, this only reads them.
 */
public final class Validity {

  static final int MAX_ARTICLE_LENGTH = 20;

  private static final Pattern ARTICLE_PREFIX = LegalWords.ARTICLE_PREFIX;
  private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}]+");

  // 5, 5a, 12b, 3.1 — letters, digits and dots or hyphens between them, nothing else.
  /** "5", "5a", "17.2", "3-1", a Roman "iv": one article, never "5,6" or "5vàđiều6". */
  private static final Pattern ARTICLE =
      Pattern.compile("(?:\\d+\\p{L}?|[ivxlc]+)(?:[.-]\\d+\\p{L}?)*");

  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)(.*)$");

  private Validity() {}

  /**
   * A relation acting on the document: its kind, the articles it touches (empty: the whole
   * document) and the day it takes effect ({@code null}: it has always counted).
   */
  public record Act(RelationKind kind, List<String> articles, LocalDate effectiveFrom) {

    public Act {
      Objects.requireNonNull(kind, "kind");
      articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public boolean wholeDocument() {
      return articles.isEmpty();
    }
  }

  /**
   * The status on {@code date}. {@code effectiveUntil} is the first day the document no longer
   * applies. Before {@code effectiveFrom} the document is not yet effective whatever was done to
   * it, since nothing can expire before it applies; from then on the strongest act in effect wins:
   * expired, then suspended, then partly expired.
   */
  public static LegalStatus on(
      LocalDate date, LocalDate effectiveFrom, LocalDate effectiveUntil, List<Act> actsOnIt) {
    Objects.requireNonNull(date, "date");
    if (effectiveFrom != null && date.isBefore(effectiveFrom)) {
      return LegalStatus.NOT_YET_EFFECTIVE;
    }
    if (effectiveUntil != null && !date.isBefore(effectiveUntil)) {
      return LegalStatus.EXPIRED;
    }
    LegalStatus status = LegalStatus.IN_FORCE;
    for (Act act : actsOnIt == null ? List.<Act>of() : actsOnIt) {
      if (act == null || (act.effectiveFrom() != null && act.effectiveFrom().isAfter(date))) {
        continue;
      }
      status = stronger(status, effect(act));
    }
    return status;
  }

  /** From {@code from} on (until the next period), the document's status was {@code status}. */
  public record Period(LocalDate from, LegalStatus status) {}

  /**
   * The document's validity over time: its status from each day something changed it (its own
   * dates, the day each act took effect), consecutive days of the same status merged. The first
   * period starts on {@code effectiveFrom} (or the earliest act when there is none).
   */
  public static List<Period> timeline(
      LocalDate effectiveFrom, LocalDate effectiveUntil, List<Act> actsOnIt) {
    TreeSet<LocalDate> days = new TreeSet<>();
    if (effectiveFrom != null) {
      days.add(effectiveFrom);
    }
    if (effectiveUntil != null) {
      days.add(effectiveUntil);
    }
    for (Act a : actsOnIt == null ? List.<Act>of() : actsOnIt) {
      if (a != null && a.effectiveFrom() != null) {
        days.add(a.effectiveFrom());
      }
    }
    List<Period> out = new java.util.ArrayList<>();
    for (LocalDate day : days) {
      LegalStatus s = on(day, effectiveFrom, effectiveUntil, actsOnIt);
      if (out.isEmpty() || out.get(out.size() - 1).status() != s) {
        out.add(new Period(day, s));
      }
    }
    return List.copyOf(out);
  }

  /** Whether the document still applies, at least in part. */
  public static boolean inForce(LegalStatus s) {
    return s == LegalStatus.IN_FORCE || s == LegalStatus.PARTLY_EXPIRED;
  }

  /**
   * Article numbers as typed ("Điều 5", " 17 ", "điều 24", "5", "Điều 5a"), or places in them
   * ("khoản 2 Điều 5", "điểm a khoản 2 Điều 5", "5.2.a": {@link Place}), made sorted and distinct:
   * ["5", "5.2", "5.2.a", "5a", "17", "24"]. Numbers sort as numbers and lose their leading zeros;
   * entries not starting with a digit come last, alphabetically. A {@code null} list is empty.
   */
  public static List<String> normalizeArticles(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    TreeSet<String> articles = new TreeSet<>(ARTICLE_ORDER);
    for (String entry : raw) {
      articles.add(article(entry));
    }
    return List.copyOf(articles);
  }

  private static LegalStatus effect(Act act) {
    return switch (act.kind()) {
      case REPLACES, REPEALS ->
          act.wholeDocument() ? LegalStatus.EXPIRED : LegalStatus.PARTLY_EXPIRED;
      // A suspended article no longer applies for now: to the reader that is a part gone.
      case SUSPENDS -> act.wholeDocument() ? LegalStatus.SUSPENDED : LegalStatus.PARTLY_EXPIRED;
      case AMENDS, GUIDES, BASED_ON, CORRECTS -> LegalStatus.IN_FORCE;
    };
  }

  private static LegalStatus stronger(LegalStatus a, LegalStatus b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(LegalStatus s) {
    return switch (s) {
      case EXPIRED -> 4;
      case SUSPENDED -> 3;
      case PARTLY_EXPIRED -> 2;
      case IN_FORCE, NOT_YET_EFFECTIVE -> 1;
    };
  }

  private static String article(String entry) {
    java.util.Optional<Place> place = Place.typed(entry);
    if (place.isPresent()) {
      return place.get().toString();
    }
    String s = Text.cleanOrNull(entry);
    if (s != null) {
      s = ARTICLE_PREFIX.matcher(s).replaceFirst("");
      s = BLANKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }
    if (s == null || s.isEmpty()) {
      throw new InvalidInput("articles", "validation.article.blank");
    }
    if (s.length() > MAX_ARTICLE_LENGTH || !ARTICLE.matcher(s).matches()) {
      throw new InvalidInput("articles", "validation.article.invalid", Text.clean(entry));
    }
    Matcher m = LEADING_NUMBER.matcher(s);
    if (m.matches()) {
      String number = m.group(1).replaceFirst("^0+(?=\\d)", "");
      s = number + m.group(2);
    }
    return s;
  }

  private static final Comparator<String> ARTICLE_ORDER =
      (a, b) -> {
        Matcher ma = LEADING_NUMBER.matcher(a);
        Matcher mb = LEADING_NUMBER.matcher(b);
        boolean na = ma.matches();
        boolean nb = mb.matches();
        if (na != nb) {
          return na ? -1 : 1;
        }
        if (!na) {
          return a.compareTo(b);
        }
        int byNumber = new BigInteger(ma.group(1)).compareTo(new BigInteger(mb.group(1)));
        return byNumber != 0 ? byNumber : ma.group(2).compareTo(mb.group(2));
      };
}
