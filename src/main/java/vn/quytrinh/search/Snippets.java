package vn.quytrinh.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.quytrinh.platform.text.Text;

/**
 * The passage of a hit where most of the query's words meet, HTML-escaped, each match in {@code
 * <mark>…</mark>}. Folding keeps one character per character of NFC Vietnamese text, so a position
 * found in the folded text marks the same letters in the original.
 */
final class Snippets {

  static final int RADIUS = 80;

  private Snippets() {}

  /** One occurrence of a query word: where it starts, how long it is, which word it is. */
  private record Match(int at, int length, int word) {}

  static String of(List<String> words, String title, String text) {
    for (String source : new String[] {text, title}) {
      if (source == null || source.isEmpty()) {
        continue;
      }
      String folded = Text.fold(source);
      if (folded.length() > source.length()) {
        folded = folded.substring(0, source.length());
      }
      List<Match> matches = matches(folded, words);
      if (matches.isEmpty()) {
        continue;
      }
      int best = densest(matches);
      int from = Math.max(0, best - RADIUS / 2);
      int to = Math.min(source.length(), from + 2 * RADIUS);
      StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
      int at = from;
      for (Match m : matches) {
        if (m.at() >= at && m.at() + m.length() <= to) {
          out.append(escape(source.substring(at, m.at())))
              .append("<mark>")
              .append(escape(source.substring(m.at(), m.at() + m.length())))
              .append("</mark>");
          at = m.at() + m.length();
        }
      }
      return out.append(escape(source.substring(at, to)))
          .append(to < source.length() ? "…" : "")
          .toString();
    }
    String s = title == null ? "" : title;
    return escape(s.length() > 2 * RADIUS ? s.substring(0, 2 * RADIUS) + "…" : s);
  }

  /** Every whole-word occurrence of every query word, in text order (a bounded number each). */
  private static List<Match> matches(String folded, List<String> words) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int from = 0;
      for (int n = 0; n < 50; n++) {
        int at = indexOfWord(folded, w, from);
        if (at < 0) {
          break;
        }
        out.add(new Match(at, Math.min(w.length(), folded.length() - at), i));
        from = at + 1;
      }
    }
    out.sort(Comparator.comparingInt(Match::at));
    return out;
  }

  /** Where the most different query words fall within one passage; the earliest such place. */
  private static int densest(List<Match> matches) {
    int best = matches.get(0).at();
    int most = 0;
    for (int i = 0; i < matches.size(); i++) {
      Set<Integer> seen = new HashSet<>();
      int start = matches.get(i).at();
      for (int j = i; j < matches.size() && matches.get(j).at() < start + RADIUS; j++) {
        seen.add(matches.get(j).word());
      }
      if (seen.size() > most) {
        most = seen.size();
        best = start;
      }
    }
    return best;
  }

  private static int indexOfWord(String folded, String w, int start) {
    int from = start;
    while (true) {
      int at = folded.indexOf(w, from);
      if (at < 0) {
        return -1;
      }
      if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
        return at;
      }
      from = at + 1;
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
