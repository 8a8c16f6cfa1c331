package vn.quytrinh.platform.text;

/**
 * {@link Text#fold} said in SQL, so that a list filters by folded text in the database: {@code
 * LOWER(TRANSLATE(x, …))} maps every Latin letter with marks (Vietnamese's among them, đ and its
 * look-alikes to d) to its plain lower-case letter. The same function on H2 and PostgreSQL; the
 * mapping is made from {@link Text#fold} itself, so the two cannot drift apart. Text is stored NFC,
 * so a letter and its marks are one character here.
 */
public final class SqlFold {

  /** The letters with marks, and what each folds to, position by position. */
  static final String FROM;

  static final String TO;

  static {
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    int[][] ranges = {{0x00C0, 0x02AF}, {0x1E00, 0x1EFF}};
    for (int[] r : ranges) {
      for (char c = (char) r[0]; c <= r[1]; c++) {
        String f = Text.fold(String.valueOf(c));
        if (Character.isLetter(c) && f.length() == 1 && f.charAt(0) >= 'a' && f.charAt(0) <= 'z') {
          from.append(c);
          to.append(f);
        }
      }
    }
    FROM = from.toString();
    TO = to.toString();
  }

  private SqlFold() {}

  /** The folded form of a native SQL expression (a column). */
  public static String of(String expression) {
    return "LOWER(TRANSLATE(" + expression + ", '" + FROM + "', '" + TO + "'))";
  }

  /** The same in JPQL, for a path such as {@code t.name}. */
  public static String jpql(String path) {
    return "LOWER(FUNCTION('TRANSLATE', " + path + ", '" + FROM + "', '" + TO + "'))";
  }

  /**
   * A {@code LIKE} pattern for folded text containing {@code needle} (folded here), its {@code %}
   * and {@code _} meant literally: the {@code LIKE} must say {@link #ESCAPE}.
   */
  public static String containing(String needle) {
    return "%" + literal(Text.fold(needle).strip()) + "%";
  }

  /** Follows every {@code LIKE} whose pattern went through {@link #literal}. */
  public static final String ESCAPE = " ESCAPE '\\'";

  /** {@code " LIKE :name ESCAPE '\'"}: a JPQL comparison with a pattern made by this class. */
  public static String like(String parameter) {
    return " LIKE :" + parameter + ESCAPE;
  }

  /**
   * Text to stand for itself inside a {@code LIKE} pattern: {@code %}, {@code _} and the escape
   * character escaped. (They were dropped before, so {@code q=%} matched everything and {@code
   * QT-0_} every code beginning {@code QT-0}.)
   */
  public static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
