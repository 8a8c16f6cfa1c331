package vn.quytrinh.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.quytrinh.platform.text.Text;

/**
 * Reads CSV (UTF-8 with or without BOM, ',' or ';') or XLSX into a {@link Table}, refusing what is
 * unsafe: a format that lies about itself, encrypted or legacy Office files, zip bombs, XML with
 * entities, formulas, too many rows. The header row is the first row that names at least two known
 * columns (an annex often has a title above the table).
 */
public final class TableReader {

  public static final int MAX_ROWS = 50_000;
  static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

  private TableReader() {}

  /**
   * @param declared the media type the client sent (may be null or octet-stream)
   * @param columns header key → column name (see {@link Columns#key})
   */
  public static Table read(byte[] body, String declared, Map<String, String> columns) {
    if (body.length == 0) {
      throw new BadFile(400, "Tệp rỗng (empty file).");
    }
    boolean zip = startsWith(body, ZIP);
    String type = declared == null ? "" : declared.toLowerCase(java.util.Locale.ROOT);
    boolean saysXlsx = type.contains("spreadsheetml") || type.contains("excel");
    boolean saysCsv =
        type.startsWith("text/csv") || type.startsWith("text/plain") || type.contains("csv");
    if (startsWith(body, OLE2)) {
      throw new BadFile(
          415,
          "Tệp Excel cũ (.xls) hoặc đã đặt mật khẩu; hãy lưu thành .xlsx không mật khẩu hoặc CSV (encrypted or legacy Office file).");
    }
    if (saysXlsx && !zip) {
      throw new BadFile(
          415, "Tệp khai là XLSX nhưng nội dung không phải XLSX (content is not XLSX).");
    }
    if (saysCsv && zip) {
      throw new BadFile(415, "Tệp khai là CSV nhưng nội dung là tệp nén (content is not CSV).");
    }
    List<List<String>> raw = zip ? xlsx(body) : csv(body);
    return table(raw, columns);
  }

  static Table table(List<List<String>> raw, Map<String, String> columns) {
    for (int h = 0; h < Math.min(raw.size(), 20); h++) {
      List<String> names = new ArrayList<>();
      int known = 0;
      for (String cell : raw.get(h)) {
        String col = columns.get(Columns.key(cell));
        names.add(col);
        if (col != null) {
          known++;
        }
      }
      if (known >= 2) {
        List<Table.Row> rows = new ArrayList<>();
        for (int r = h + 1; r < raw.size(); r++) {
          List<String> cells = raw.get(r);
          if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            continue;
          }
          Map<String, String> byColumn = new LinkedHashMap<>();
          for (int c = 0; c < Math.min(cells.size(), names.size()); c++) {
            if (names.get(c) != null && cells.get(c) != null) {
              byColumn.merge(names.get(c), Text.clean(cells.get(c)), (a, b) -> a + "\n" + b);
            }
          }
          rows.add(new Table.Row(r + 1, byColumn));
        }
        return new Table(names.stream().filter(n -> n != null).toList(), rows);
      }
    }
    throw new BadFile(
        400, "Không tìm thấy dòng tiêu đề với các cột đã biết (no header row with known columns).");
  }

  static List<List<String>> csv(byte[] body) {
    String text =
        vn.quytrinh.platform.text.Text.strictUtf8(body)
            .orElseThrow(() -> new BadFile(400, "Tệp CSV phải mã hóa UTF-8 (CSV must be UTF-8)."));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    String first = text.substring(0, firstLineEnd);
    char sep = count(first, ';') > count(first, ',') ? ';' : ',';
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(ch);
        }
      } else if (ch == '"' && cell.length() == 0) {
        quoted = true;
      } else if (ch == sep) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        if (rows.size() > MAX_ROWS) {
          throw new BadFile(400, "Quá " + MAX_ROWS + " dòng (too many rows).");
        }
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    refuseFormulas(rows);
    return rows;
  }

  /**
   * A cell starting with '=' becomes a formula when the file is opened in a spreadsheet
   * (=HYPERLINK(…) and worse), so it is refused as a formula in an XLSX is. The cell is judged as
   * {@link #table} keeps it, cleaned of control characters, so that a NUL before the '=' hides
   * nothing.
   */
  private static void refuseFormulas(List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      for (String cell : rows.get(r)) {
        if (Text.clean(cell).startsWith("=")) {
          throw new BadFile(
              400,
              "Dòng "
                  + (r + 1)
                  + " có ô bắt đầu bằng '=' (công thức); hãy bỏ dấu '=' hoặc dán giá trị (formulas are refused).");
        }
      }
    }
  }

  static List<List<String>> xlsx(byte[] body) {
    OoxmlLimits.check(body);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = wb.getSheetAt(0);
      if (sheet.getLastRowNum() > MAX_ROWS) {
        throw new BadFile(400, "Quá " + MAX_ROWS + " dòng (too many rows).");
      }
      DataFormatter fmt = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
              cells.add(null);
              continue;
            }
            if (cell.getCellType() == CellType.FORMULA) {
              throw new BadFile(
                  400,
                  "Ô "
                      + cell.getAddress()
                      + " chứa công thức; hãy dán giá trị thay cho công thức (formulas are refused).");
            }
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
              LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
              cells.add(d.format(ISO));
            } else {
              cells.add(fmt.formatCellValue(cell));
            }
          }
        }
        rows.add(cells);
      }
      return rows;
    } catch (BadFile e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw OoxmlLimits.refusal(e, "Không đọc được tệp XLSX (unreadable XLSX).");
    }
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
