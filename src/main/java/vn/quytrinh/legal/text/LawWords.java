package vn.quytrinh.legal.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and marks the law's structure is written with ("Chương II", "Điều 35a.", "3a.", "đ1)",
 * quotation marks around a new wording): a vocabulary the parsers read, not words the application
 * says, so it stays in Java (on the allow-list of {@code NoVietnameseInCodeTest}). The pages that
 * lay a text out as it is written take their headings from here too ({@link #heading}, {@link
 * #article}): they are the law's words, the same whatever the reader's language.
 */
public final class LawWords {

  /** The word a division of the law is headed with: "Phần", "Chương", "Mục". */
  public static String heading(LegalText.Level level) {
    return switch (level) {
      case PART -> "Phần";
      case CHAPTER -> "Chương";
      case SECTION -> "Mục";
    };
  }

  /** An article's heading as the law writes it: "Điều 35a.". */
  public static String article(String number) {
    return "Điều " + number + ".";
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "Điều 5. Title", "Điều 35a: Title", "ĐIỀU 7." — only at the start of a line. */
  static final Pattern ARTICLE_HEADING =
      Pattern.compile("^(?:điều|dieu)\\s+(\\d{1,4}[a-zđ]?)\\s*[.:](?!\\d)\\s*(.*)$", FLAGS);

  /** "1. text", "3a. text"; never "1.2", "2025." or "1.001193". */
  static final Pattern CLAUSE_LINE = Pattern.compile("^(\\d{1,3}[a-zđ]?)\\.(?![\\d/])\\s*(.*)$");

  /** "a) text", "đ) text", "đ1) text", "b.2) text". */
  static final Pattern POINT_LINE = Pattern.compile("^([a-zđ])(?:\\.?(\\d{1,2}))?\\)\\s*(.*)$");

  static final Pattern PART_HEADING =
      Pattern.compile(
          "^(?:phần)\\s+(thứ\\s+\\p{L}+|[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*(.*)$",
          FLAGS);
  static final Pattern CHAPTER_HEADING =
      Pattern.compile(
          "^(?:chương)\\s+([IVXLC]+|\\d{1,2})(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*(.*)$", FLAGS);
  static final Pattern SECTION_HEADING =
      Pattern.compile(
          "^(?:mục)\\s+(\\d{1,2}|[IVXLC]+)(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*(.*)$", FLAGS);

  /**
   * Where the text of the articles ends: the recipients, the signature block ("TM. CHÍNH PHỦ", "KT.
   * BỘ TRƯỞNG"), an annex heading in capitals.
   */
  static final Pattern CLOSING =
      Pattern.compile(
          "^(?:nơi nhận\\s*:?.*|(?:TM|KT|Q|TL|TUQ)\\.\\s*\\p{Lu}.*|PHỤ LỤC(?:\\s+[IVXLC\\d]+)?\\s*)$",
          Pattern.UNICODE_CASE);

  /** The end mark of a document's last sentence ("./."). */
  static final Pattern END_MARK = Pattern.compile("\\.?/\\.\\s*$");

  /**
   * What web copies of the law put in front of each article: the document's name and a full stop
   * ("Nghị định 310/2025/NĐ-CP. Điều 1. …"). Only in front of an article heading.
   */
  static final Pattern WEB_COPY_PREFIX =
      Pattern.compile(
          "^(?:nghị định|thông tư|quyết định|luật|nghị quyết)\\s[^“”\"]{0,300}?\\.\\s+(?=(?:điều|ĐIỀU)\\s+\\d{1,4}[a-zđ]?\\s*[.:])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Point letters in the order the law uses them: a, b, c, d, đ, e, g, h, i, k, … */
  private static final String POINT_ORDER = "abcdđefghijklmnopqrstuvwxyz";

  private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
  // Markdown emphasis and heading marks of texts converted from web pages.
  private static final Pattern MARKUP = Pattern.compile("^#{1,6}\\s+|\\*\\*|__");

  /** "… vào trước cụm từ …": a phrase added before its anchor, not after it. */
  static final Pattern BEFORE_ANCHOR =
      Pattern.compile("(?<![\\p{L}])trước\\s+(?:cụm\\s+)?từ(?![\\p{L}])", FLAGS);

  /** A place that is no article but a part the law names: "Phụ lục II", "Mục 3", "Mẫu số 01". */
  static final Pattern OTHER_PLACE =
      Pattern.compile("^(?:phụ lục|mục|chương|phần|biểu mẫu|mẫu)(?![\\p{L}])", FLAGS);

  private LawWords() {}

  /**
   * An article's heading as the law writes it ("Điều 7a. Title"), for reading a new wording that
   * gives the article's text without its heading.
   */
  static String articleHeading(String number, String title) {
    return "Điều " + number + "." + (title == null || title.isEmpty() ? "" : " " + title);
  }

  /** A line as the parsers read it: NFC, blanks collapsed, markup of converted pages removed. */
  static String clean(String line) {
    String s = Normalizer.normalize(line, Normalizer.Form.NFC);
    s = MARKUP.matcher(s).replaceAll("");
    return BLANKS.matcher(s).replaceAll(" ").strip();
  }

  /** The position of a point's letter in the law's order, -1 if it is none. */
  static int pointRank(String label) {
    int letter = POINT_ORDER.indexOf(label.charAt(0));
    if (letter < 0) {
      return -1;
    }
    int sub = label.length() > 1 ? Integer.parseInt(label.substring(1)) : 0;
    return letter * 100 + Math.min(sub, 99);
  }

  private static final Pattern NUMBERED = Pattern.compile("(\\d+)([a-zđ]?)");

  /**
   * A clause's or an article's number's place in order: "3" before "3a" before "4", "35" before
   * "35a" before "36".
   */
  static int clauseRank(String number) {
    Matcher m = NUMBERED.matcher(number);
    if (!m.matches()) {
      return -1;
    }
    int letter = m.group(2).isEmpty() ? 0 : POINT_ORDER.indexOf(m.group(2)) + 1;
    return Integer.parseInt(m.group(1)) * 100 + letter;
  }

  /** True when a line is written in capitals (a division's title on its own line). */
  static boolean capitals(String line) {
    boolean letter = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /**
   * Whether the straight quote at {@code i} opens a quotation: at the start, or after a blank, a
   * colon or an opening bracket; elsewhere it closes one.
   */
  static boolean opensStraightQuote(CharSequence s, int i) {
    if (i == 0) {
      return true;
    }
    char prev = s.charAt(i - 1);
    return Character.isWhitespace(prev) || prev == ':' || prev == '(' || prev == '[';
  }

  /**
   * How a line changes the depth of quotation: each “ opens, each ” closes; a straight quote (")
   * opens at the start of a line or after a blank or colon and closes elsewhere.
   */
  static int quoteBalance(CharSequence line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u201C') {
        depth++;
      } else if (c == '\u201D') {
        depth--;
      } else if (c == '"') {
        depth += opensStraightQuote(line, i) ? 1 : -1;
      }
    }
    return depth;
  }
}
