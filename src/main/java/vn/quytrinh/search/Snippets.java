package vn.quytrinh.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.quytrinh.platform.text.Text;

/**
 * The passage of a hit where most of the query's words meet, HTML-escaped, each match in {@code
 * <mark>…</mark>}. The text is folded one code point at a time, remembering where each folded
 * character came from, so a match marks the letters it was found in whatever folding did to the
 * length (combining marks NFC cannot compose, letters whose lower case is longer); a passage is cut
 * between whole characters, never inside a surrogate pair or before a combining mark.
 */
final class Snippets {

  static final int RADIUS = 80;

  private Snippets() {}

  /** One occurrence of a query word: where it starts, how long it is, which word it is. */
  private record Match(int at, int length, int word) {}

  /**
   * The text folded as {@link Text#fold} folds it, and for each folded character the index in the
   * original where its code point starts ({@code origin[text.length()]} is the original's length).
   */
  record Folded(String text, int[] origin) {

    static Folded of(String source) {
      StringBuilder text = new StringBuilder(source.length());
      // one folded character per char of the original, nearly always: grown when folding lengthens
      int[] origin = new int[source.length() + 1];
      int n = 0;
      for (int i = 0; i < source.length(); ) {
        int cp = source.codePointAt(i);
        String piece = foldPoint(cp);
        for (int k = 0; k < piece.length(); k++) {
          if (n + 1 >= origin.length) {
            origin = java.util.Arrays.copyOf(origin, origin.length * 2);
          }
          origin[n++] = i;
          text.append(piece.charAt(k));
        }
        i += Character.charCount(cp);
      }
      origin[n] = source.length();
      return new Folded(text.toString(), java.util.Arrays.copyOf(origin, n + 1));
    }

    /** Code points below this are folded once and remembered: Latin, its marks, Vietnamese. */
    private static final int CACHED = 0x2000;

    private static final String[] FOLDS = new String[CACHED];

    /** One code point folded as {@link Text#fold} folds it within a text. */
    static String foldPoint(int cp) {
      if (cp < 0x80) {
        return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
      }
      if (cp < CACHED) {
        String f = FOLDS[cp];
        if (f == null) {
          f = Text.fold(new String(Character.toChars(cp)));
          FOLDS[cp] = f; // the same value from any thread
        }
        return f;
      }
      return Text.fold(new String(Character.toChars(cp)));
    }

    /** Where, in the original, the folded range {@code [at, at + length)} ends. */
    int end(String source, int at, int length) {
      int last = origin[at + length - 1];
      return Math.max(origin[at + length], last + Character.charCount(source.codePointAt(last)));
    }
  }

  static String of(List<String> words, String title, String text) {
    for (String source : new String[] {text, title}) {
      if (source == null || source.isEmpty()) {
        continue;
      }
      Folded folded = Folded.of(source);
      List<Match> matches = new ArrayList<>();
      for (Match m : matches(folded.text(), words)) {
        int at = folded.origin()[m.at()];
        matches.add(new Match(at, folded.end(source, m.at(), m.length()) - at, m.word()));
      }
      if (matches.isEmpty()) {
        continue;
      }
      int best = densest(matches);
      int from = whole(source, Math.max(0, best - RADIUS / 2), false);
      int to = whole(source, Math.min(source.length(), from + 2 * RADIUS), true);
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
    if (s.length() <= 2 * RADIUS) {
      return escape(s);
    }
    return escape(s.substring(0, whole(s, 2 * RADIUS, false))) + "…";
  }

  /**
   * A cut at {@code i} moved to the nearest boundary between whole characters: back (a start, or a
   * cut that ends a passage before {@code i}) or forward ({@code forward}, an end that keeps the
   * marks of its last letter), past a surrogate pair's second half and combining marks.
   */
  static int whole(String s, int i, boolean forward) {
    int at = i;
    if (forward) {
      while (at < s.length() && inside(s, at)) {
        at++;
      }
    } else {
      while (at > 0 && at < s.length() && inside(s, at)) {
        at--;
      }
    }
    return at;
  }

  /** Whether a cut before index {@code i} would split a character from what belongs to it. */
  private static boolean inside(String s, int i) {
    char c = s.charAt(i);
    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
      return true;
    }
    int type = Character.getType(s.codePointAt(i));
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
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
