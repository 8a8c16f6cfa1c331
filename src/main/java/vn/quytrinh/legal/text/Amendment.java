package vn.quytrinh.legal.text;

import java.util.List;

/**
 * One amending instruction as read from an amending document, proposed for a person to confirm or
 * correct before it is recorded: the document it changes, what it does, where, and the new wording
 * (or, for a phrase, the old and the new words).
 *
 * @param target the number of the document changed ("70/2015/NĐ-CP"), or null when the text does
 *     not say
 * @param places the articles, clauses, points (or Mục, Phụ lục) it names, in its order
 * @param wording the new wording as quoted, without the quotation marks (AMEND, ADD, RENAME,
 *     REPLACE), else null
 * @param oldPhrase for a phrase: the words replaced or removed, or the words a new phrase goes next
 *     to
 * @param newPhrase for a phrase: the new words
 * @param quoted false when the new wording was not in quotation marks and was taken up to the next
 *     instruction: to be checked with care
 * @param instruction the instruction's sentence as written
 * @param line the line it starts on (1-based)
 */
public record Amendment(
    String target,
    Kind kind,
    List<Place> places,
    String wording,
    String oldPhrase,
    String newPhrase,
    boolean quoted,
    String instruction,
    int line) {

  public Amendment {
    places = List.copyOf(places);
  }

  /** What an instruction does. */
  public enum Kind {
    /** Sửa đổi, bổ sung: a new wording for what exists. */
    AMEND,
    /** Bổ sung: a new article, clause or point. */
    ADD,
    /** Bãi bỏ: repealed. */
    REPEAL,
    /** Sửa đổi tên: a new title for an article, clause or division. */
    RENAME,
    /** Thay thế: a whole part (an annex, a form) replaced by another. */
    REPLACE,
    /** Thay thế cụm từ … bằng/thành …. */
    REPLACE_PHRASE,
    /** Bổ sung cụm từ … vào sau/trước …. */
    ADD_PHRASE,
    /** Bãi bỏ/Bỏ cụm từ …. */
    REMOVE_PHRASE,
    /** Ngưng hiệu lực: suspended. */
    SUSPEND
  }

  /**
   * A place in the changed document: an article with, where named, its clause and point; or a
   * division or annex named as written ("Mục 3", "Phụ lục II").
   */
  public record Place(String article, String clause, String point, String other) {

    private static final java.util.regex.Pattern WRITTEN =
        java.util.regex.Pattern.compile(
            "(\\d{1,4}[a-z\\u0111]?)(?:\\.(\\d{1,3}[a-z\\u0111]?|\\?)(?:\\.([a-z\\u0111]\\d{0,2}))?)?");

    /**
     * A place as {@link #toString} writes it ("6.1.c", "16.2", "19a", "?.c" never): an article with
     * its clause and point; anything else ("Phụ lục II") is a place that is no article.
     */
    public static Place parse(String written) {
      String s = written == null ? "" : written.strip().toLowerCase(java.util.Locale.ROOT);
      java.util.regex.Matcher m = WRITTEN.matcher(s);
      if (!m.matches()) {
        return new Place(null, null, null, written == null ? "" : written.strip());
      }
      String clause = "?".equals(m.group(2)) ? null : m.group(2);
      return new Place(m.group(1), clause, m.group(3), null);
    }

    /** An article (with its clause and point), or a part the law names (an annex, a Mục). */
    public boolean readable() {
      return article != null || (other != null && LawWords.OTHER_PLACE.matcher(other).find());
    }

    /** "6.1.c", "16.2", "19a", or the division or annex as written. */
    @Override
    public String toString() {
      if (other != null) {
        return other;
      }
      StringBuilder b = new StringBuilder(article == null ? "?" : article);
      if (clause != null || point != null) {
        b.append('.').append(clause == null ? "?" : clause);
      }
      if (point != null) {
        b.append('.').append(point);
      }
      return b.toString();
    }
  }
}
