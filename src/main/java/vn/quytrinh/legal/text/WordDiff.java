package vn.quytrinh.legal.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words changed between two wordings of the law, line by line as the law prints them: each side
 * is given back in its own lines, every run of words marked as the same on both sides, removed
 * (before) or added (after). Words are compared as written once in NFC (a decomposed "ệ" is the
 * same word as a composed one), letter case counting; punctuation marks are words of their own, so
 * a comma added is marked alone; a document number ("38/2018/TT-BTC"), a place ("4.4") or a decimal
 * ("0,5") stays one word. Blanks are not compared: a word followed by two spaces is the same word.
 * The lines are aligned first (a clause or point with its own, see {@link #of}), then Myers'
 * algorithm (java-diff-utils) finds the fewest words changed within them; a lone short word or mark
 * left between two changes ("và", ",") is taken into them, so that a rewritten sentence reads as
 * one change rather than a scatter of marks.
 */
public final class WordDiff {

  /** Beyond this many words on a side the wordings are shown without marks. */
  public static final int MAX_WORDS = 20_000;

  private static final Pattern TOKEN =
      Pattern.compile(
          "\\s+|[\\p{L}\\p{M}\\p{N}]+(?:[-/.][\\p{L}\\p{M}\\p{N}]+|,\\p{N}+)*|[^\\s\\p{L}\\p{M}\\p{N}]");

  private static final String BREAK = "\n";

  private WordDiff() {}

  /** How a run of words stands on its side. */
  public enum Mark {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of words with one mark, with the blanks between them as written. */
  public record Segment(Mark mark, String text) {

    public boolean same() {
      return mark == Mark.SAME;
    }

    public boolean removed() {
      return mark == Mark.REMOVED;
    }

    public boolean added() {
      return mark == Mark.ADDED;
    }
  }

  /** One line of a side: its segments, in order. */
  public record Line(List<Segment> segments) {

    public Line {
      segments = List.copyOf(segments);
    }

    /** Whether some word of the line is removed or added. */
    public boolean changed() {
      return segments.stream().anyMatch(s -> !s.same());
    }

    /** The line as written. */
    public String text() {
      StringBuilder b = new StringBuilder();
      segments.forEach(s -> b.append(s.text()));
      return b.toString();
    }
  }

  /**
   * Both sides: the wording before with its removed words marked, the wording after with its added
   * ones; {@code compared} false when one side was too long to compare (shown unmarked).
   */
  public record Sides(List<Line> before, List<Line> after, boolean compared) {

    public Sides {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    /** Whether any word differs. */
    public boolean changed() {
      return before.stream().anyMatch(Line::changed) || after.stream().anyMatch(Line::changed);
    }
  }

  /** A word (or mark) with the blanks written before it on its line. */
  record Token(String space, String word) {
    boolean isBreak() {
      return BREAK.equals(word);
    }

    /** A word or mark short enough to be taken into the changes around it. */
    boolean minor() {
      return !isBreak() && word.codePointCount(0, word.length()) <= 2;
    }
  }

  private record Chunk(boolean equal, List<Token> before, List<Token> after) {}

  /**
   * The two wordings' lines compared (either may be empty: all added, or all removed). The lines
   * are aligned first, as lines: a line written the same on both sides is the same; among the lines
   * that differ, those of the same clause or point ("2.", "b)") are compared word by word, those of
   * a label the other side lacks are removed or added whole; lines without labels are compared one
   * with the other when both sides have as many, else as one run of words.
   */
  public static Sides of(List<String> before, List<String> after) {
    List<String> a = normalized(before);
    List<String> b = normalized(after);
    if (count(a) > MAX_WORDS || count(b) > MAX_WORDS) {
      return new Sides(plain(a), plain(b), false);
    }
    List<Line> left = new ArrayList<>();
    List<Line> right = new ArrayList<>();
    List<String> ka = a.stream().map(WordDiff::key).toList();
    List<String> kb = b.stream().map(WordDiff::key).toList();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(ka, kb).getDeltas()) {
      int si = d.getSource().getPosition();
      int ti = d.getTarget().getPosition();
      for (; i < si; i++, j++) {
        left.add(same(a.get(i)));
        right.add(same(b.get(j)));
      }
      i = si + d.getSource().size();
      j = ti + d.getTarget().size();
      block(a.subList(si, i), b.subList(ti, j), left, right);
    }
    for (; i < a.size(); i++) {
      left.add(same(a.get(i)));
    }
    for (; j < b.size(); j++) {
      right.add(same(b.get(j)));
    }
    return new Sides(left, right, true);
  }

  private static final Pattern LABEL =
      Pattern.compile("^(\\d{1,3}[a-z\\u0111]?\\.|[a-z\\u0111]\\d{0,2}\\))(?=\\s)");

  /** The clause or point a line starts with ("2.", "b)", "đ1)"), or null. */
  static String label(String line) {
    Matcher m = LABEL.matcher(line);
    return m.find() ? m.group(1) : null;
  }

  /** Lines that differ, compared as the class comment says. */
  private static void block(List<String> a, List<String> b, List<Line> left, List<Line> right) {
    boolean labelled =
        a.stream().anyMatch(x -> label(x) != null) || b.stream().anyMatch(x -> label(x) != null);
    if (!labelled) {
      if (a.size() == b.size()) {
        for (int k = 0; k < a.size(); k++) {
          words(List.of(a.get(k)), List.of(b.get(k)), left, right);
        }
      } else {
        words(a, b, left, right);
      }
      return;
    }
    int j = 0;
    for (String x : a) {
      String l = label(x);
      int match = -1;
      for (int k = j; l != null && k < b.size(); k++) {
        if (l.equals(label(b.get(k)))) {
          match = k;
          break;
        }
      }
      if (match < 0) {
        left.add(whole(x, Mark.REMOVED));
        continue;
      }
      for (; j < match; j++) {
        right.add(whole(b.get(j), Mark.ADDED));
      }
      words(List.of(x), List.of(b.get(match)), left, right);
      j = match + 1;
    }
    for (; j < b.size(); j++) {
      right.add(whole(b.get(j), Mark.ADDED));
    }
  }

  /** The words of two runs of lines compared, each side's lines added to it. */
  private static void words(
      List<String> before, List<String> after, List<Line> left, List<Line> right) {
    List<Token> a = tokens(before);
    List<Token> b = tokens(after);
    List<Token> lt = new ArrayList<>();
    List<Mark> lm = new ArrayList<>();
    List<Token> rt = new ArrayList<>();
    List<Mark> rm = new ArrayList<>();
    for (Chunk c : cleanup(chunks(a, b))) {
      for (Token t : c.before()) {
        lt.add(t);
        lm.add(c.equal() ? Mark.SAME : Mark.REMOVED);
      }
      for (Token t : c.after()) {
        // the equal words as the side after writes them (its own blanks)
        rt.add(t);
        rm.add(c.equal() ? Mark.SAME : Mark.ADDED);
      }
    }
    left.addAll(lines(lt, lm, before.size()));
    right.addAll(lines(rt, rm, after.size()));
  }

  private static Line same(String line) {
    return whole(line, Mark.SAME);
  }

  private static Line whole(String line, Mark m) {
    return new Line(line.isEmpty() ? List.of() : List.of(new Segment(m, line)));
  }

  /** The lines in NFC, stripped; none for null. */
  private static List<String> normalized(List<String> lines) {
    List<String> out = new ArrayList<>();
    if (lines != null) {
      for (String l : lines) {
        out.add(Normalizer.normalize(l == null ? "" : l, Normalizer.Form.NFC).strip());
      }
    }
    return out;
  }

  /** A line as compared: its words, the blanks between them not counting. */
  private static String key(String line) {
    return String.join(" ", tokens(List.of(line)).stream().map(Token::word).toList());
  }

  private static int count(List<String> lines) {
    int n = 0;
    for (String l : lines) {
      n += l.isEmpty() ? 0 : l.split("\\s+").length;
    }
    return n;
  }

  /** The lines' words in NFC, each line ended by a break (but the last). */
  static List<Token> tokens(List<String> lines) {
    List<Token> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.add(new Token("", BREAK));
      }
      String line =
          Normalizer.normalize(lines.get(i) == null ? "" : lines.get(i), Normalizer.Form.NFC)
              .strip();
      Matcher m = TOKEN.matcher(line);
      String space = "";
      while (m.find()) {
        String t = m.group();
        if (t.isBlank()) {
          space = t;
        } else {
          out.add(new Token(space, t));
          space = "";
        }
      }
    }
    return out;
  }

  private static List<Chunk> chunks(List<Token> a, List<Token> b) {
    List<String> wa = a.stream().map(Token::word).toList();
    List<String> wb = b.stream().map(Token::word).toList();
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(wa, wb).getDeltas()) {
      int si = d.getSource().getPosition();
      int ti = d.getTarget().getPosition();
      if (si > i) {
        out.add(new Chunk(true, a.subList(i, si), b.subList(j, ti)));
      }
      i = si + d.getSource().size();
      j = ti + d.getTarget().size();
      out.add(new Chunk(false, a.subList(si, i), b.subList(ti, j)));
    }
    if (i < a.size() || j < b.size()) {
      out.add(new Chunk(true, a.subList(i, a.size()), b.subList(j, b.size())));
    }
    return out;
  }

  /** A lone short word or mark between two changes on one line is taken into them. */
  private static List<Chunk> cleanup(List<Chunk> in) {
    List<Chunk> out = new ArrayList<>();
    for (int k = 0; k < in.size(); k++) {
      Chunk c = in.get(k);
      boolean between =
          c.equal()
              && c.before().size() == 1
              && c.before().get(0).minor()
              && !out.isEmpty()
              && !out.get(out.size() - 1).equal()
              && k + 1 < in.size()
              && !in.get(k + 1).equal()
              && noBreak(out.get(out.size() - 1))
              && noBreak(in.get(k + 1));
      if (between) {
        Chunk prev = out.remove(out.size() - 1);
        Chunk next = in.get(++k);
        out.add(
            new Chunk(
                false,
                concat(prev.before(), c.before(), next.before()),
                concat(prev.after(), c.after(), next.after())));
      } else if (!c.equal() && !out.isEmpty() && !out.get(out.size() - 1).equal()) {
        Chunk prev = out.remove(out.size() - 1);
        out.add(
            new Chunk(
                false,
                concat(prev.before(), c.before(), List.of()),
                concat(prev.after(), c.after(), List.of())));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean noBreak(Chunk c) {
    return c.before().stream().noneMatch(Token::isBreak)
        && c.after().stream().noneMatch(Token::isBreak);
  }

  private static List<Token> concat(List<Token> x, List<Token> y, List<Token> z) {
    List<Token> out = new ArrayList<>(x);
    out.addAll(y);
    out.addAll(z);
    return out;
  }

  /**
   * The marked words as lines of segments: blanks between two words of the same mark stay inside
   * the run; a blank next to a change stays outside it (marks cover words only).
   */
  private static List<Line> lines(List<Token> tokens, List<Mark> marks, int count) {
    List<Line> out = new ArrayList<>();
    if (count == 0) {
      return out;
    }
    List<Segment> line = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      Mark m = marks.get(k);
      if (t.isBreak()) {
        out.add(new Line(line));
        line = new ArrayList<>();
        continue;
      }
      Segment last = line.isEmpty() ? null : line.get(line.size() - 1);
      if (last != null && last.mark() == m) {
        line.set(line.size() - 1, new Segment(m, last.text() + t.space() + t.word()));
      } else if (m == Mark.SAME) {
        line.add(new Segment(m, t.space() + t.word()));
      } else {
        if (!t.space().isEmpty()) {
          if (last != null && last.same()) {
            line.set(line.size() - 1, new Segment(Mark.SAME, last.text() + t.space()));
          } else {
            line.add(new Segment(Mark.SAME, t.space()));
          }
        }
        line.add(new Segment(m, t.word()));
      }
    }
    out.add(new Line(line));
    return out;
  }

  private static List<Line> plain(List<String> lines) {
    return lines.stream().map(WordDiff::same).toList();
  }
}
