package vn.quytrinh.legal;

import java.util.regex.Pattern;

/**
 * The words the legal parsers read where a number or an article is written ("Số: 123/…", "Điều 5"):
 * a vocabulary of the law's own wording, not words the application says, so it stays in Java (on
 * the allow-list of {@code NoVietnameseInCodeTest}).
 */
public final class LegalWords {

  // "Số: 123/…" as printed in the header of the document; only before a digit, so that nothing
  // that could be part of a number is ever taken away.
  static final Pattern NUMBER_PREFIX =
      Pattern.compile(
          "^(?:số|so)[\\s\\p{Z}]*[:.]?[\\s\\p{Z}]*(?=\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "Điều 5", "điều 5", "dieu 5". */
  static final Pattern ARTICLE_PREFIX =
      Pattern.compile(
          "^(?:điều|dieu)[\\s\\p{Z}]*[.:]?[\\s\\p{Z}]*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private LegalWords() {}

  /** "Điều 35" → "35", "35" → "35": an article's number without the word. */
  public static String withoutArticleWord(String article) {
    return ARTICLE_PREFIX.matcher(article).replaceFirst("");
  }
}
