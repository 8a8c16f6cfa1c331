package vn.quytrinh.publishing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.quytrinh.platform.i18n.Messages;

/**
 * A register as an Excel sheet, streamed (200 rows in memory): a title row, a bold header row with
 * the panes frozen below it and an autofilter, then the rows. Numbers become numeric cells, dates
 * date cells (dd/MM/yyyy), everything else text. Text that a spreadsheet could take for a formula
 * ({@code = + - @}, their full-width forms, a leading tab or carriage return) is neutralised: it
 * gets a leading apostrophe and the cell the quote-prefix style, so no formula ever runs, not even
 * after the cell is edited or the sheet saved as CSV.
 *
 * <p>Stateless and thread-safe.
 */
public final class XlsxRenderer {

  static final int WINDOW = 200;

  /** Excel's limit on the text of one cell. */
  static final int MAX_CELL_TEXT = 32_767;

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;

  public void register(Register r, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false);
    try {
      Styles st = new Styles(wb);
      String name = SafeText.oneLine(r.sheetName());
      SXSSFSheet sheet =
          wb.createSheet(
              WorkbookUtil.createSafeSheetName(
                  SafeText.isBlank(name) ? Messages.vi("form.sheet.name") : name));
      List<String> headers = r.headers() == null ? List.of() : r.headers();
      int columns = Math.max(1, headers.size());
      int[] widths = new int[columns];
      int rowNo = 0;

      String title = SafeText.oneLine(r.title());
      if (!SafeText.isBlank(title)) {
        Row row = sheet.createRow(rowNo++);
        row.setHeightInPoints(24);
        text(row.createCell(0), title, st.title, st.title);
        if (columns > 1) {
          sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
      }
      int headerRow = rowNo;
      Row head = sheet.createRow(rowNo++);
      for (int c = 0; c < headers.size(); c++) {
        String h = SafeText.oneLine(headers.get(c));
        text(head.createCell(c), h == null ? "" : h, st.header, st.header);
        widths[c] = Math.max(widths[c], length(h) + 2);
      }
      sheet.createFreezePane(0, rowNo);

      for (List<Object> values : r.rows() == null ? List.<List<Object>>of() : r.rows()) {
        Row row = sheet.createRow(rowNo++);
        if (values == null) {
          continue;
        }
        for (int c = 0; c < values.size(); c++) {
          int width = value(row.createCell(c), values.get(c), st);
          if (c < widths.length) {
            widths[c] = Math.max(widths[c], width);
          }
        }
      }
      if (!headers.isEmpty()) {
        sheet.setAutoFilter(
            new CellRangeAddress(headerRow, Math.max(headerRow, rowNo - 1), 0, columns - 1));
      }
      for (int c = 0; c < columns; c++) {
        int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1));
        sheet.setColumnWidth(c, chars * 256);
      }
      wb.write(out);
    } finally {
      // the temporary sheet files of the streaming workbook
      wb.dispose();
      wb.close();
    }
  }

  /** Writes one value; returns the width in characters it wants. */
  private static int value(Cell cell, Object v, Styles st) {
    if (v == null) {
      return 0;
    }
    if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(st.date);
      return 10;
    }
    if (v instanceof LocalDateTime d) {
      cell.setCellValue(d);
      cell.setCellStyle(st.dateTime);
      return 16;
    }
    if (v instanceof Number n && isFinite(n) && fitsExcel(n)) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(isWhole(n) ? st.integer : st.decimal);
      return Math.min(15, n.toString().length() + 1);
    }
    if (v instanceof Boolean b) {
      cell.setCellValue(Messages.vi(b ? "form.yes" : "form.no"));
      cell.setCellStyle(st.text);
      return 5;
    }
    String s = SafeText.clean(v.toString());
    text(cell, s, st.text, st.quoted);
    return longestLine(s);
  }

  private static void text(Cell cell, String s, CellStyle plain, CellStyle quoted) {
    String raw = s == null ? "" : s;
    String safe = neutralise(raw);
    boolean q = safe.length() != raw.length();
    if (safe.length() > MAX_CELL_TEXT) {
      safe = safe.substring(0, MAX_CELL_TEXT - 1) + "…";
    }
    cell.setCellValue(safe);
    cell.setCellStyle(q ? quoted : plain);
  }

  /**
   * The text with a leading apostrophe when a spreadsheet could read it as a formula: it starts
   * (after blanks) with = + - @ or their full-width forms, or with a tab or carriage return.
   */
  static String neutralise(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    char first = s.charAt(0);
    if (first == '\t' || first == '\r' || isTrigger(first)) {
      return "'" + s;
    }
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i > 0 && i < s.length() && isTrigger(s.charAt(i))) {
      return "'" + s;
    }
    return s;
  }

  private static boolean isTrigger(char c) {
    return switch (c) {
      case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }

  private static boolean isFinite(Number n) {
    return !(n instanceof Double d && !Double.isFinite(d))
        && !(n instanceof Float f && !Float.isFinite(f));
  }

  /** Excel keeps 15 significant digits: a longer number (an id, a code) stays text. */
  private static boolean fitsExcel(Number n) {
    if (n instanceof Double || n instanceof Float) {
      return true;
    }
    try {
      return new BigDecimal(n.toString()).precision() <= 15;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isWhole(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return true;
    }
    if (n instanceof BigInteger) {
      return true;
    }
    if (n instanceof BigDecimal b) {
      return b.signum() == 0 || b.stripTrailingZeros().scale() <= 0;
    }
    double d = n.doubleValue();
    return d == Math.rint(d);
  }

  private static int length(String s) {
    return s == null ? 0 : s.codePointCount(0, s.length());
  }

  private static int longestLine(String s) {
    int best = 0;
    for (String line : s.split("\n", -1)) {
      best = Math.max(best, length(line));
    }
    return best;
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle quoted;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle integer;
    final CellStyle decimal;

    Styles(SXSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);

      title = wb.createCellStyle();
      title.setFont(big);
      title.setVerticalAlignment(VerticalAlignment.CENTER);

      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      border(header);

      text = wb.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      border(text);

      quoted = wb.createCellStyle();
      quoted.cloneStyleFrom(text);
      quoted.setQuotePrefixed(true);

      short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
      date = wb.createCellStyle();
      date.cloneStyleFrom(text);
      date.setDataFormat(dateFormat);

      dateTime = wb.createCellStyle();
      dateTime.cloneStyleFrom(text);
      dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

      integer = wb.createCellStyle();
      integer.cloneStyleFrom(text);
      integer.setDataFormat(wb.createDataFormat().getFormat("0"));

      decimal = wb.createCellStyle();
      decimal.cloneStyleFrom(text);
      decimal.setDataFormat(wb.createDataFormat().getFormat("General"));
    }

    private static void border(CellStyle s) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
  }
}
