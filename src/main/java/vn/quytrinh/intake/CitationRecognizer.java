package vn.quytrinh.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.text.Text;

/**
 * Finds legal citations written as Vietnamese text: document numbers ("Nghị định số
 * 123/2015/NĐ-CP"), laws by name and year ("Luật Hộ tịch năm 2014"), and the article, clause and
 * point in front of them ("Điểm a Khoản 2 Điều 35", "Điều 5, Khoản 2 Điều 17", "khoản 1, 2 Điều
 * 9"). Matching runs on the folded text (diacritics and case removed), which keeps one character
 * per character of NFC Vietnamese, so spans point into the original. A number is never invented: a
 * law known only by its name gets a number only from the registry.
 */
public final class CitationRecognizer {

  /** What a law name resolves to, when the registry knows it. */
  public interface Registry {
    Optional<String> numberOfLaw(String lawName, Integer year);
  }

  public record Found(
      String number,
      String article,
      String clause,
      String point,
      String lawName,
      Integer year,
      int start,
      int end) {}

  /** Types of documents numbered without a year: administrative decisions, dispatches, plans. */
  private static final Set<String> NO_YEAR_TYPES =
      Set.of("qd", "nq", "ct", "kh", "tb", "bc", "hd", "ttr", "ubnd", "cv", "bkhcn", "btp", "vpcp");

  /**
   * Types a numbered legal or administrative document starts its symbol with (NĐ-CP, QĐ-UBND,
   * TT-BTP, QH13, …): "123/2024/BN" on a receipt is no citation.
   */
  private static final Set<String> DOCUMENT_TYPES =
      Set.of(
          "nd", "qd", "tt", "ttlt", "qh", "nq", "ct", "pl", "l", "ubnd", "hdnd", "ubtvqh", "kh",
          "tb", "bc", "hd", "ttr", "cv", "vbhn", "btp", "vpcp", "bkhcn");

  /** Words after "Luật" that make no law's name: "luật sư", "luật pháp". */
  private static final Set<String> GENERIC_AFTER_LAW =
      Set.of("su", "phap", "le", "gia", "hoc", "nay", "khac", "chung", "hien hanh", "moi");

  private static final String SYMBOL = "[a-z][a-z0-9&]{0,9}(?:\\s?-\\s?[a-z0-9&]{1,12}){0,3}";
  private static final Pattern WITH_YEAR =
      Pattern.compile(
          "(?<![0-9a-z/.])(\\d{1,6}) ?/ ?((?:19|20)\\d{2}) ?/ ?(" + SYMBOL + ")(?![a-z0-9/])");
  private static final Pattern NO_YEAR =
      Pattern.compile(
          "(?<![0-9a-z/.])(\\d{1,6}) ?/ ?([a-z]{2,5}) ?- ?([a-z0-9&]{2,12}(?: ?- ?[a-z0-9&]{2,12})?)(?![a-z0-9/])");
  private static final Pattern LAW_NAME =
      Pattern.compile(
          "\\b(bo luat|luat) ([a-z][a-z ]{2,60}?)(?: so (?=\\d))?(?: nam)? ((?:19|20)\\d{2})\\b");
  // a comma, or "va" as a word of its own: "16 va0" is no list ("0" stuck to the word)
  private static final String AND = "(?: ?, ?| ?(?<![a-z])va(?![a-z0-9]) ?)";
  // points "a, b" or "a va b", each a single letter; clauses "1, 2" or "1 va 2"
  private static final String POINT_LIST = "[a-z](?![a-z])(?:(?: ?, ?| va )[a-z](?![a-z]))*";
  private static final String CLAUSE_LIST = "\\d{1,3}(?:" + AND + "\\d{1,3})*";
  private static final String POINTS_BEFORE = "diem " + POINT_LIST + "(?: ?, ?| )(?:tai )?";
  private static final String CLAUSE_ITEM = "(?:" + POINTS_BEFORE + ")?khoan " + CLAUSE_LIST;

  /**
   * Clauses (each with its points) or points, then the articles: "diem a khoan 1 va khoan 2 dieu
   * 5"; group 2 is the articles.
   */
  private static final Pattern ARTICLE_GROUP =
      Pattern.compile(
          "((?:"
              + CLAUSE_ITEM
              + "(?:"
              + AND
              + CLAUSE_ITEM
              + ")* ?,? (?:tai )?|"
              + POINTS_BEFORE
              + ")?)dieu (\\d{1,3}[a-z]?(?:"
              + AND
              + "(?:dieu )?\\d{1,3}[a-z]?)*)");

  private static final Pattern SINGLE_LETTER = Pattern.compile("(?<![a-z])[a-z](?![a-z])");

  /** Inside what comes before "dieu": a clause list with its points, or points alone. */
  private static final Pattern ITEM =
      Pattern.compile(
          "(?:diem ("
              + POINT_LIST
              + ")(?: ?, ?| )(?:tai )?)?khoan ("
              + CLAUSE_LIST
              + ")|diem ("
              + POINT_LIST
              + ")");

  public List<Found> find(String text) {
    return find(text, (name, year) -> Optional.empty());
  }

  public List<Found> find(String text, Registry registry) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String original = lookAlikes(Text.clean(text));
    if (original.length() > 1_000_000) {
      original = original.substring(0, 1_000_000);
    }
    String folded = foldOneForOne(original).replace('\n', ' ').replace('\t', ' ');

    List<Mention> mentions = new ArrayList<>();
    Matcher m = WITH_YEAR.matcher(folded);
    while (m.find()) {
      if (!DOCUMENT_TYPES.contains(typeOf(m.group(3)))) {
        continue;
      }
      number(original, m.start(), m.end())
          .ifPresent(n -> mentions.add(new Mention(m.start(), m.end(), n, null, null)));
    }
    Matcher n = NO_YEAR.matcher(folded);
    while (n.find()) {
      if (!NO_YEAR_TYPES.contains(n.group(2)) || overlaps(mentions, n.start(), n.end())) {
        continue;
      }
      number(original, n.start(), n.end())
          .ifPresent(x -> mentions.add(new Mention(n.start(), n.end(), x, null, null)));
    }
    Matcher l = LAW_NAME.matcher(folded);
    while (l.find()) {
      if (overlaps(mentions, l.start(), l.end()) || !lawName(original, l)) {
        continue;
      }
      String name =
          original
              .substring(l.start(), l.start(3))
              .replaceAll("(?iu)\\s+(năm|nam|số|so)\\s*$", "")
              .strip();
      name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      int year = Integer.parseInt(l.group(3));
      String number = registry.numberOfLaw(name, year).orElse(null);
      mentions.add(new Mention(l.start(), l.end(), number, name, year));
    }
    mentions.sort((a, b) -> Integer.compare(a.start, b.start));

    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int previousEnd = 0;
    for (Mention mention : mentions) {
      int from = Math.max(previousEnd, boundary(folded, mention.start));
      String before = folded.substring(from, mention.start);
      List<String[]> parts = articleParts(before, original.substring(from, mention.start));
      if (parts.isEmpty()) {
        add(out, seen, mention, null, null, null, mention.start);
      } else {
        for (String[] p : parts) {
          add(out, seen, mention, p[0], p[1], p[2], from + Integer.parseInt(p[3]));
        }
      }
      previousEnd = mention.end;
    }
    return out;
  }

  /**
   * The characters that stand in for others in pasted text, one for one so spans stay: dashes and
   * the minus sign as '-', Ð (eth) and Ɖ as Đ.
   */
  static String lookAlikes(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(
          switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00D0', '\u0189' -> '\u0110';
            case '\u00F0', '\u0256' -> '\u0111';
            default -> c;
          });
    }
    return b.toString();
  }

  /**
   * The text folded (marks and case removed, đ as d) one character for one, so that a position in
   * the folded text is the same position in the original. Folding the whole text at once does not
   * keep them: a Hangul syllable decomposes into three letters while a combining mark with no
   * letter to sit on folds to nothing, and the two can even out to the same length with every
   * position between them shifted. A character that folds to nothing is a blank here, one that
   * folds to several letters keeps the first.
   */
  static String foldOneForOne(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b.append(Character.toLowerCase(c));
      } else {
        String f = Text.fold(String.valueOf(c));
        b.append(f.isEmpty() ? ' ' : f.charAt(0));
      }
    }
    return b.toString();
  }

  /** The type a folded symbol starts with: "nd" for "nd-cp", "qh" for "qh13". */
  private static String typeOf(String symbol) {
    return symbol.split("\\s?-", 2)[0].replaceFirst("\\d+$", "");
  }

  /**
   * A law's name after "Luật" starts with a capital letter and is no generic word: "Luật Hộ tịch",
   * not "luật sư" or "luật pháp".
   */
  private static boolean lawName(String original, Matcher l) {
    String name = l.group(2).strip() + " ";
    return Character.isUpperCase(original.charAt(l.start(2)))
        && GENERIC_AFTER_LAW.stream().noneMatch(g -> name.startsWith(g + " "));
  }

  private record Mention(int start, int end, String number, String lawName, Integer year) {}

  private static Optional<String> number(String original, int start, int end) {
    try {
      return Optional.of(LegalDocumentNumber.parse(original.substring(start, end)).value());
    } catch (ProblemException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean overlaps(List<Mention> ms, int start, int end) {
    return ms.stream().anyMatch(x -> start < x.end && x.start < end);
  }

  /** Where the list item or sentence holding the mention begins. */
  private static int boundary(String folded, int at) {
    int from = Math.max(0, at - 200);
    int b = from;
    for (int i = at - 1; i >= from; i--) {
      char c = folded.charAt(i);
      if (c == ';'
          || c == '('
          || c == ')'
          || (c == '.' && i + 1 < folded.length() && folded.charAt(i + 1) == ' ')) {
        b = i + 1;
        break;
      }
    }
    return b;
  }

  /**
   * The article groups just before a mention: each as {article, clause, point, offset}. Only groups
   * whose tail reaches the mention through a few connecting words count.
   */
  private static List<String[]> articleParts(String before, String original) {
    List<String[]> out = new ArrayList<>();
    Matcher g = ARTICLE_GROUP.matcher(before);
    List<int[]> spans = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    while (g.find()) {
      spans.add(new int[] {g.start(), g.end()});
      groups.add(g.group(2));
    }
    if (groups.isEmpty()) {
      return out;
    }
    String tail = before.substring(spans.get(spans.size() - 1)[1]).strip();
    if (tail.length() > 60 || !tail.matches("[a-z ,]*")) {
      return out;
    }
    for (int i = 0; i < groups.size(); i++) {
      if (i > 0) {
        String gap = before.substring(spans.get(i - 1)[1], spans.get(i)[0]).strip();
        if (!gap.matches("(,|va|;)?\\s*(va)?")) {
          out.clear();
        }
      }
      List<String> articles = split(groups.get(i).replace("dieu", " "));
      String offset = Integer.toString(spans.get(i)[0]);
      if (articles.size() > 1) {
        // "khoản 1 Điều 5, 6": which clause of which article is not said
        articles.forEach(a -> out.add(new String[] {a, null, null, offset}));
        continue;
      }
      String article = articles.get(0);
      List<String[]> parts = new ArrayList<>();
      Matcher item = ITEM.matcher(before).region(spans.get(i)[0], spans.get(i)[1]);
      while (item.find()) {
        List<String> clauses = split(item.group(2));
        int pointGroup = item.group(1) != null ? 1 : 3;
        List<String> points =
            points(before, original, item.start(pointGroup), item.end(pointGroup));
        if (clauses.size() > 1) {
          // "điểm a khoản 1, 2": the point belongs to one of them, which is not said
          clauses.forEach(c -> parts.add(new String[] {article, c, null, offset}));
        } else {
          String clause = clauses.isEmpty() ? null : clauses.get(0);
          if (points.isEmpty()) {
            parts.add(new String[] {article, clause, null, offset});
          }
          points.forEach(p -> parts.add(new String[] {article, clause, p, offset}));
        }
      }
      if (parts.isEmpty()) {
        parts.add(new String[] {article, null, null, offset});
      }
      out.addAll(parts);
    }
    return out;
  }

  /** The letters of a list of points as written: "a, b", "c và đ" (đ is not d). */
  private static List<String> points(String folded, String original, int start, int end) {
    List<String> out = new ArrayList<>();
    if (start < 0) {
      return out;
    }
    Matcher letter = SINGLE_LETTER.matcher(folded).region(start, end);
    while (letter.find()) {
      out.add(original.substring(letter.start(), letter.end()).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (String p : list.split("\\s*(,|\\bva\\b)\\s*")) {
      String s = p.strip().toLowerCase(Locale.ROOT);
      if (!s.isEmpty()) {
        out.add(s.replaceFirst("^0+(?=\\d)", ""));
      }
    }
    return out;
  }

  private static void add(
      List<Found> out,
      Set<String> seen,
      Mention m,
      String article,
      String clause,
      String point,
      int start) {
    String key =
        m.number + "|" + m.lawName + "|" + m.year + "|" + article + "|" + clause + "|" + point;
    if (seen.add(key)) {
      out.add(new Found(m.number, article, clause, point, m.lawName, m.year, start, m.end));
    }
  }
}
