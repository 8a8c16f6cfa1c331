package vn.quytrinh.web.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.document.VersionDiff.Change;

/**
 * One change between two versions as a person reads it side by side: the part of the form (a key
 * under {@code diff.} of the {@code ui} bundle), the row of a table (from 1), the column (a key
 * under {@code diff.col.}), and the text before and after, days with a decimal comma, a whole row
 * as its cells in the form's order.
 */
public record DiffLine(
    String part, Integer row, String column, String kind, String before, String after)
    implements Serializable {

  /** {@code content.steps[2].days} */
  private static final Pattern PATH =
      Pattern.compile("content\\.([A-Za-z]+)(?:\\[(\\d+)\\])?(?:\\.([A-Za-z]+))?");

  /** The cells of each table's row, in the order the printed form has them. */
  private static final Map<String, List<String>> COLUMNS =
      Map.of(
          "steps", List.of("action", "responsible", "days", "output"),
          "legalBasis", List.of("number", "article", "clause", "point"),
          "dossier", List.of("name", "copies"),
          "forms", List.of("code", "name"),
          "records", List.of("name", "keeper", "retention"));

  public static List<DiffLine> of(List<Change> changes) {
    List<DiffLine> out = new ArrayList<>();
    for (Change c : changes) {
      Matcher m = PATH.matcher(c.path());
      if (!m.matches()) {
        continue;
      }
      String part = m.group(1);
      Integer row = m.group(2) == null ? null : Integer.parseInt(m.group(2)) + 1;
      String column = m.group(3);
      String kind = c.before() == null ? "added" : c.after() == null ? "removed" : "changed";
      out.add(new DiffLine(part, row, column, kind, text(part, c.before()), text(part, c.after())));
    }
    return out;
  }

  static String text(String part, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Map<?, ?> cells) {
      List<String> shown = new ArrayList<>();
      for (String col : COLUMNS.getOrDefault(part, List.of())) {
        String t = text(part, cells.get(col));
        if (!t.isEmpty()) {
          shown.add(t);
        }
      }
      return String.join(" · ", shown);
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString().replace('.', ',');
    }
    if (value instanceof Number n) {
      return n.toString().replace('.', ',');
    }
    return value.toString();
  }
}
