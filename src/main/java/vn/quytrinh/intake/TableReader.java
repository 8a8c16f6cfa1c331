package vn.quytrinh.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.text.Text;

/**
 * Reads CSV (UTF-8 with or without BOM, ',' or ';') or XLSX into a {@link Table}, refusing what is
 * unsafe: a format that lies about itself, encrypted or legacy Office files, zip bombs, XML with
 * entities, formulas, too many rows, columns or characters ({@link TableLimits}). The header row is
 * the first row that names at least two known columns (an annex often has a title above the table).
 * Both formats are read row by row into a {@link TableBuilder}, which keeps only the cells under
 * known columns: an XLSX is read with SAX ({@link XlsxStream}), never as a whole workbook.
 */
public final class TableReader {

  public static final int MAX_ROWS = TableLimits.DEFAULT.rows();
  static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private TableReader() {}

  /**
   * @param declared the media type the client sent (may be null or octet-stream)
   * @param columns header key → column name (see {@link Columns#key})
   */
  public static Table read(byte[] body, String declared, Map<String, String> columns) {
    if (body.length == 0) {
      throw new BadFile(400, "problem.file.empty");
    }
    boolean zip = startsWith(body, ZIP);
    String type = declared == null ? "" : declared.toLowerCase(java.util.Locale.ROOT);
    boolean saysXlsx = type.contains("spreadsheetml") || type.contains("excel");
    boolean saysCsv =
        type.startsWith("text/csv") || type.startsWith("text/plain") || type.contains("csv");
    if (startsWith(body, OLE2)) {
      throw new BadFile(415, "problem.file.legacyExcel");
    }
    if (saysXlsx && !zip) {
      throw new BadFile(415, "problem.file.notXlsx");
    }
    if (saysCsv && zip) {
      throw new BadFile(415, "problem.file.notCsv");
    }
    return read(body, zip, columns, TableLimits.DEFAULT);
  }

  static Table read(byte[] body, boolean zip, Map<String, String> columns, TableLimits limits) {
    TableBuilder sink = new TableBuilder(columns, limits);
    if (zip) {
      xlsx(body, sink);
    } else {
      csv(body, sink);
    }
    return sink.table();
  }

  static void csv(byte[] body, TableBuilder sink) {
    String text =
        vn.quytrinh.platform.text.Text.strictUtf8(body)
            .orElseThrow(() -> new BadFile(400, "problem.file.csvNotUtf8"));
    int from = text.startsWith("\uFEFF") ? 1 : 0;
    int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    String first = text.substring(from, Math.max(from, firstLineEnd));
    char sep = count(first, ';') > count(first, ',') ? ';' : ',';
    TableLimits limits = sink.limits();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int record = 1;
    int column = 0;
    for (int i = from; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            append(cell, '"', limits, record);
            i++;
          } else {
            quoted = false;
          }
        } else {
          append(cell, ch, limits, record);
        }
      } else if (ch == '"' && cell.length() == 0) {
        quoted = true;
      } else if (ch == sep) {
        endCell(row, column++, cell, sink, record);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endCell(row, column, cell, sink, record);
        endRecord(row, sink, record++);
        row = new ArrayList<>();
        column = 0;
      } else {
        append(cell, ch, limits, record);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      endCell(row, column, cell, sink, record);
      endRecord(row, sink, record);
    }
  }

  private static void append(StringBuilder cell, char ch, TableLimits limits, int record) {
    if (cell.length() >= limits.cellChars()) {
      throw cellTooLong(Message.of("problem.file.where.row", record), limits);
    }
    cell.append(ch);
  }

  /**
   * A cell is kept up to the last column a value may stand in; an empty one beyond is skipped
   * (spreadsheets save trailing separators), a value beyond is refused.
   */
  private static void endCell(
      List<String> row, int column, StringBuilder cell, TableBuilder sink, int record) {
    if (column < sink.limits().columns()) {
      row.add(cell.toString());
    } else if (!cell.toString().isBlank()) {
      throw beyondColumns(
          Message.of("problem.file.where.rowColumn", record, column + 1), sink.limits());
    }
    sink.charge(cell.length(), record);
    cell.setLength(0);
  }

  /**
   * A cell starting with '=' becomes a formula when the file is opened in a spreadsheet
   * (=HYPERLINK(…) and worse), so it is refused as a formula in an XLSX is. The cell is judged as
   * {@link #table} keeps it, cleaned of control characters, so that a NUL before the '=' hides
   * nothing.
   */
  private static void endRecord(List<String> row, TableBuilder sink, int record) {
    for (String cell : row) {
      if (Text.clean(cell).startsWith("=")) {
        throw new BadFile(400, "problem.file.formulaInRow", record);
      }
    }
    sink.add(record, record, row);
  }

  /** {@code where} is a {@link Message} ({@code problem.file.where.*}) or a cell reference. */
  static BadFile beyondColumns(Object where, TableLimits limits) {
    return new BadFile(400, "problem.file.beyondColumns", where, limits.columns());
  }

  /** {@code where} is a {@link Message} ({@code problem.file.where.*}) or a cell reference. */
  static BadFile cellTooLong(Object where, TableLimits limits) {
    return new BadFile(400, "problem.file.cellTooLong", where, limits.cellChars());
  }

  static void xlsx(byte[] body, TableBuilder sink) {
    OoxmlLimits.check(body);
    XlsxStream.read(body, sink);
  }

  static boolean startsWith(byte[] b, byte[] magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (b[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
