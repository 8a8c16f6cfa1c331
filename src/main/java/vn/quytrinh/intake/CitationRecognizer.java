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
  private static final Pattern ARTICLE_GROUP =
      Pattern.compile(
          "(?:diem ([a-z])(?: ?, ?| )(?:tai )?)?(?:khoan (\\d{1,3}(?: ?(?:,|va) ?\\d{1,3})*) ?,? (?:tai )?)?dieu (\\d{1,3}[a-z]?(?: ?(?:,|va) ?(?:dieu )?\\d{1,3}[a-z]?)*)");

  public List<Found> find(String text) {
    return find(text, (name, year) -> Optional.empty());
  }

  public List<Found> find(String text, Registry registry) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String original = Text.clean(text);
    if (original.length() > 1_000_000) {
      original = original.substring(0, 1_000_000);
    }
    String folded = Text.fold(original);
    if (folded.length() != original.length()) {
      // a character that decomposes to more than one base letter: keep spans safe
      folded = Text.fold(original.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{Z}\\p{S}]", " "));
      if (folded.length() != original.length()) {
        return List.of();
      }
    }
    folded = folded.replace('\n', ' ').replace('\t', ' ');

    List<Mention> mentions = new ArrayList<>();
    Matcher m = WITH_YEAR.matcher(folded);
    while (m.find()) {
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
      if (overlaps(mentions, l.start(), l.end())) {
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
      List<String[]> parts = articleParts(before);
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
  private static List<String[]> articleParts(String before) {
    List<String[]> out = new ArrayList<>();
    Matcher g = ARTICLE_GROUP.matcher(before);
    List<int[]> spans = new ArrayList<>();
    List<String[]> groups = new ArrayList<>();
    while (g.find()) {
      spans.add(new int[] {g.start(), g.end()});
      groups.add(new String[] {g.group(1), g.group(2), g.group(3)});
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
      String point = groups.get(i)[0];
      List<String> clauses = split(groups.get(i)[1]);
      List<String> articles = split(groups.get(i)[2].replace("dieu", " "));
      String offset = Integer.toString(spans.get(i)[0]);
      for (String a : articles) {
        if (clauses.isEmpty() || articles.size() > 1) {
          out.add(
              new String[] {
                a,
                clauses.size() == 1 && articles.size() == 1 ? clauses.get(0) : null,
                articles.size() == 1 ? point : null,
                offset
              });
        } else {
          for (String c : clauses) {
            out.add(new String[] {a, c, clauses.size() == 1 ? point : null, offset});
          }
        }
      }
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
