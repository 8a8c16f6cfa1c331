package vn.quytrinh.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.quytrinh.platform.text.Text;

/**
 * Turns rows, handed over one at a time as the file is read, into a {@link Table}: rows above the
 * header are dropped, and of the rows below only the cells under a known column are kept, so what
 * is held grows with the useful content, never with the file's shape. It also keeps the count of
 * rows and characters read against the {@link TableLimits}.
 */
final class TableBuilder {

  /** The header is looked for in the first rows only (an annex's title stands above it). */
  static final int HEADER_WITHIN = 20;

  private final Map<String, String> columns;
  private final TableLimits limits;
  private List<String> names;
  private final List<Table.Row> rows = new ArrayList<>();
  private int read;
  private long chars;

  TableBuilder(Map<String, String> columns, TableLimits limits) {
    this.columns = columns;
    this.limits = limits;
  }

  TableLimits limits() {
    return limits;
  }

  /** Counts characters as they are read, refusing the file past the budget of the whole table. */
  void charge(long n, int line) {
    chars += n;
    if (chars > limits.chars()) {
      throw new BadFile(400, "problem.file.tooManyChars", limits.chars(), line);
    }
  }

  /** Characters read so far. */
  long chars() {
    return chars;
  }

  /**
   * One row of the file.
   *
   * @param position the row's place among the rows (1-based), which says whether it may be the
   *     header
   * @param line the row's line as the file's reader would show it
   * @param cells the row's cells from the first column, null where there is none
   */
  void add(int position, int line, List<String> cells) {
    if (++read > limits.rows()) {
      throw new BadFile(400, "problem.file.tooManyRows", limits.rows());
    }
    if (names == null) {
      header(position, cells);
      return;
    }
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return;
    }
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int c = 0; c < Math.min(cells.size(), names.size()); c++) {
      if (names.get(c) != null && cells.get(c) != null) {
        byColumn.merge(names.get(c), Text.clean(cells.get(c)), (a, b) -> a + "\n" + b);
      }
    }
    rows.add(new Table.Row(line, byColumn));
  }

  private void header(int position, List<String> cells) {
    if (position > HEADER_WITHIN) {
      throw noHeader();
    }
    List<String> found = new ArrayList<>();
    int known = 0;
    for (String cell : cells) {
      String col = cell == null ? null : columns.get(Columns.key(cell));
      found.add(col);
      if (col != null) {
        known++;
      }
    }
    if (known >= 2) {
      names = found;
    }
  }

  /** Rows that were held: those under the header with something in them. */
  int held() {
    return rows.size();
  }

  Table table() {
    if (names == null) {
      throw noHeader();
    }
    return new Table(names.stream().filter(n -> n != null).toList(), rows);
  }

  private static BadFile noHeader() {
    return new BadFile(400, "problem.file.noHeader");
  }
}
