package vn.quytrinh.intake;

import java.util.List;
import java.util.Map;

/** A spreadsheet or CSV read as rows of text under recognised headers, with their line numbers. */
public record Table(List<String> headers, List<Row> rows) {

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
