package vn.quytrinh.publishing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A register as an Excel sheet, streamed (a window of rows in memory). User text that a spreadsheet
 * would read as a formula ({@code = + - @}, also full-width, tab, carriage return) is stored as
 * text with a leading apostrophe-style quote prefix, so opening the file runs nothing.
 */
public final class XlsxRenderer {

  public void register(Register r, OutputStream out) {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      SXSSFSheet sheet = wb.createSheet(safeSheetName(r.sheetName()));
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle titleStyle = wb.createCellStyle();
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 13);
      titleStyle.setFont(big);
      CellStyle head = wb.createCellStyle();
      head.setFont(bold);
      head.setWrapText(true);
      CellStyle text = wb.createCellStyle();
      text.setWrapText(true);
      CellStyle quoted = wb.createCellStyle();
      quoted.setWrapText(true);
      quoted.setQuotePrefixed(true);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));

      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue(clean(r.title()));
      title.getCell(0).setCellStyle(titleStyle);
      Row header = sheet.createRow(2);
      List<String> headers = r.headers();
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(clean(headers.get(c)));
        cell.setCellStyle(head);
        sheet.setColumnWidth(c, Math.min(80, Math.max(10, headers.get(c).length() + 4)) * 256);
      }
      int[] widths = new int[headers.size()];
      int rowNo = 3;
      for (List<Object> values : r.rows()) {
        Row row = sheet.createRow(rowNo++);
        for (int c = 0; c < values.size() && c < headers.size(); c++) {
          Object v = values.get(c);
          Cell cell = row.createCell(c);
          if (v instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
          } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else if (v != null) {
            String s = clean(String.valueOf(v));
            cell.setCellValue(s);
            cell.setCellStyle(startsLikeFormula(s) ? quoted : text);
            widths[c] = Math.max(widths[c], Math.min(60, s.length()));
          }
        }
      }
      for (int c = 0; c < headers.size(); c++) {
        if (widths[c] > 0) {
          sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), (widths[c] + 2) * 256));
        }
      }
      sheet.createFreezePane(0, 3);
      if (!headers.isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, rowNo - 1), 0, headers.size() - 1));
      }
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      wb.dispose();
      try {
        wb.close();
      } catch (IOException ignored) {
        // the temporary files are already gone
      }
    }
  }

  /** Text a spreadsheet program would evaluate when typed in a cell. */
  static boolean startsLikeFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '＝'
        || c == '＋' || c == '－' || c == '＠';
  }

  /** Characters XML cannot carry are dropped; Excel's cell limit is respected. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            cp ->
                cp == '\t'
                    || cp == '\n'
                    || cp == '\r'
                    || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && (cp < 0xD800 || cp > 0xDFFF)))
        .forEach(b::appendCodePoint);
    return b.length() > 32_000 ? b.substring(0, 32_000) + "…" : b.toString();
  }

  private static String safeSheetName(String name) {
    String n = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\\\/?*\\[\\]:]", " ");
    return n.length() > 31 ? n.substring(0, 31) : n;
  }
}
