package vn.quytrinh.legal.text;

import vn.quytrinh.platform.i18n.Message;

/**
 * A line the parser could not place where its numbering says it belongs, said rather than guessed:
 * the line (1-based), what was wrong, and the line's beginning as written. The line's text stays
 * where the parser kept it (in the text of the element before it), so nothing is lost.
 */
public record ParseIssue(int line, Kind kind, String excerpt) {

  static final int EXCERPT = 80;

  static ParseIssue of(int line, Kind kind, String text) {
    String t = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    return new ParseIssue(line, kind, t);
  }

  /** The issue in words, for the report shown beside the parsed text. */
  public Message message() {
    return Message.of(kind.key, line, excerpt);
  }

  /** What kept a line from its place. */
  public enum Kind {
    /** An article number that was already used: kept as text of the article before. */
    DUPLICATE_ARTICLE("text.legalText.duplicateArticle"),
    /** An article numbered lower than the one before it: kept, and said. */
    ARTICLE_OUT_OF_ORDER("text.legalText.articleOutOfOrder"),
    /** A clause number not above the one before it: kept as text. */
    CLAUSE_OUT_OF_ORDER("text.legalText.clauseOutOfOrder"),
    /** A point label not after the one before it: kept as text. */
    POINT_OUT_OF_ORDER("text.legalText.pointOutOfOrder"),
    /** A point of an article that has no clause: kept in the article's text. */
    POINT_WITHOUT_CLAUSE("text.legalText.pointWithoutClause"),
    /** A clause or point before any article: kept in the preamble. */
    BEFORE_FIRST_ARTICLE("text.legalText.beforeFirstArticle"),
    /** A quotation (new wording inside an amending document) that is never closed. */
    UNCLOSED_QUOTE("text.legalText.unclosedQuote");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }
}
