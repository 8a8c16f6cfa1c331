package vn.quytrinh.search;

import java.util.List;
import vn.quytrinh.platform.text.Text;

/**
 * The passage of a hit around the first matching word, HTML-escaped, the match in {@code
 * <mark>…</mark>}. Folding keeps one character per character of NFC Vietnamese text, so a position
 * found in the folded text marks the same letters in the original.
 */
final class Snippets {

  static final int RADIUS = 80;

  private Snippets() {}

  static String of(List<String> words, String title, String text) {
    for (String source : new String[] {text, title}) {
      if (source == null || source.isEmpty()) {
        continue;
      }
      String folded = Text.fold(source);
      if (folded.length() != source.length()) {
        folded = folded.length() > source.length() ? folded.substring(0, source.length()) : folded;
      }
      int best = -1;
      int len = 0;
      for (String w : words) {
        int at = indexOfWord(folded, w);
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
          len = w.length();
        }
      }
      if (best >= 0) {
        int from = Math.max(0, best - RADIUS);
        int to = Math.min(source.length(), best + len + RADIUS);
        int end = Math.min(best + len, source.length());
        return (from > 0 ? "…" : "")
            + escape(source.substring(from, best))
            + "<mark>"
            + escape(source.substring(best, end))
            + "</mark>"
            + escape(source.substring(end, to))
            + (to < source.length() ? "…" : "");
      }
    }
    String s = title == null ? "" : title;
    return escape(s.length() > 2 * RADIUS ? s.substring(0, 2 * RADIUS) + "…" : s);
  }

  private static int indexOfWord(String folded, String w) {
    int from = 0;
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
