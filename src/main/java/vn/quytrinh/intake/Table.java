package vn.quytrinh.intake;

import java.util.List;
import java.util.Map;

/** A spreadsheet or CSV read as rows of text under recognised headers, with their line numbers. */
public record Table(List<String> headers, List<Row> rows) {

  /** A table without one of these columns is refused as a whole (400 naming the column). */
  public void requireColumns(String... columns) {
    for (String col : columns) {
      if (!headers.contains(col)) {
        throw new BadFile(400, "problem.file.requiredColumn", col);
      }
    }
  }

  /**
   * One data row: its line in the file (1-based, as a spreadsheet shows it) and cells by column.
   */
  public record Row(int line, Map<String, String> cells) {
    public String get(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }
}
