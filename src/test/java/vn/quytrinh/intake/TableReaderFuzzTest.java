package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fuzz targets of the table reader (docs/testing.md), written against its public {@link
 * TableReader#read} so that they hold whatever reads the file underneath: any upload answers a
 * {@link Table} or a {@link BadFile} (400, or 415 for a format that lies), never another exception;
 * a table has its known headers, rows in file order, at most {@link TableReader#MAX_ROWS}, and text
 * without control characters; a CSV cell never starts with '=' (it would become a formula).
 */
class TableReaderFuzzTest {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final Map<String, String> COLUMNS = Columns.TTHC;

  /**
   * A workbook whose first sheet the fuzzer writes: its shared strings name four known columns and
   * its styles hold a date format (style 1), so that a sheet may use both.
   */
  static final byte[] WORKBOOK = workbook();

  @FuzzTest
  @DictionaryEntries({
    ";",
    ",",
    "\"",
    "\uFEFF",
    "Mã TTHC",
    "Tên TTHC",
    "Thời hạn giải quyết",
    "=",
    "STT"
  })
  void csv(byte[] data) {
    Table t = read(data, "text/csv");
    if (t != null) {
      for (Table.Row r : t.rows()) {
        r.cells()
            .values()
            .forEach(v -> assertFalse(v.strip().startsWith("="), () -> "formula kept: " + v));
      }
    }
  }

  /** A whole file as uploaded: zip, content types, workbook and sheets all the fuzzer's. */
  @FuzzTest
  void xlsx(byte[] data) {
    read(data, XLSX);
  }

  /** The first sheet's XML inside a valid workbook, so that mutations reach the cells. */
  @FuzzTest
  @DictionaryEntries({
    "<row r=\"",
    "<c r=\"",
    "t=\"s\"",
    "t=\"inlineStr\"",
    "<is><t>",
    "</t></is>",
    "<v>",
    "</v>",
    "</c>",
    "</row>",
    "s=\"1\"",
    "<f>",
    "t=\"str\"",
    "XFD"
  })
  void xlsxSheet(byte[] sheetXml) {
    read(OoxmlParts.withEntry(WORKBOOK, "xl/worksheets/sheet1.xml", sheetXml), XLSX);
  }

  static Table read(byte[] file, String mediaType) {
    Table t;
    try {
      t = TableReader.read(file, mediaType, COLUMNS);
    } catch (BadFile refused) {
      assertTrue(refused.status() == 400 || refused.status() == 415, refused::getMessage);
      assertNotNull(refused.getMessage());
      return null;
    }
    Set<String> known = Set.copyOf(COLUMNS.values());
    assertTrue(t.headers().size() >= 2, t.headers()::toString);
    assertTrue(known.containsAll(t.headers()), t.headers()::toString);
    assertTrue(t.rows().size() <= TableReader.MAX_ROWS);
    int line = 1;
    for (Table.Row r : t.rows()) {
      assertTrue(r.line() > line, "rows in file order");
      line = r.line();
      assertTrue(t.headers().containsAll(r.cells().keySet()), r::toString);
      for (String v : r.cells().values()) {
        assertNotNull(v);
        assertEquals(
            0,
            v.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t').count(),
            () -> "control character kept: " + v);
      }
    }
    return t;
  }

  private static byte[] workbook() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("TTHC");
      var header = sheet.createRow(0);
      String[] names = {"STT", "Mã TTHC", "Tên TTHC", "Thời hạn giải quyết"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(1);
      row.createCell(1).setCellValue("1.001193");
      row.createCell(2).setCellValue("Đăng ký khai sinh");
      var cell = row.createCell(3);
      cell.setCellValue(45352);
      cell.setCellStyle(date);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
