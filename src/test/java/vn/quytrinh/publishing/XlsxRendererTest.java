package vn.quytrinh.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {

  private final XlsxRenderer renderer = new XlsxRenderer();

  private static final List<String> HEADERS =
      List.of("Mã hiệu", "Tên tài liệu", "Lần ban hành", "Ngày hiệu lực", "Thời hạn (ngày)");

  private static Register register(List<List<Object>> rows) {
    return new Register("Danh mục tài liệu", "DANH MỤC TÀI LIỆU – UBND XÃ TÂN HIỆP", HEADERS, rows);
  }

  @Test
  void titleHeadersAndValuesComeBackWithTheirTypes() throws Exception {
    List<List<Object>> rows =
        List.of(
            Arrays.asList(
                "QT-01/HT",
                "Chứng thực bản sao từ bản chính – ặ ế ỗ ữ",
                2,
                LocalDate.of(2025, 1, 9),
                new BigDecimal("0.5")),
            Arrays.asList("QT-02/HT", "Đăng ký khai sinh", 1L, null, 3.0));
    try (XSSFWorkbook wb = read(render(register(rows)))) {
      XSSFSheet sheet = wb.getSheet("Danh mục tài liệu");
      assertNotNull(sheet);
      assertEquals(
          "DANH MỤC TÀI LIỆU – UBND XÃ TÂN HIỆP", sheet.getRow(0).getCell(0).getStringCellValue());
      Row header = sheet.getRow(1);
      for (int c = 0; c < HEADERS.size(); c++) {
        assertEquals(HEADERS.get(c), header.getCell(c).getStringCellValue());
        assertTrue(
            wb.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold(), "bold header");
      }
      Row first = sheet.getRow(2);
      assertEquals(CellType.STRING, first.getCell(0).getCellType());
      assertEquals(
          "Chứng thực bản sao từ bản chính – ặ ế ỗ ữ", first.getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
      assertEquals(2.0, first.getCell(2).getNumericCellValue());
      Cell date = first.getCell(3);
      assertEquals(CellType.NUMERIC, date.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(date), "a date cell");
      assertEquals("dd/mm/yyyy", date.getCellStyle().getDataFormatString());
      assertEquals(LocalDate.of(2025, 1, 9), date.getLocalDateTimeCellValue().toLocalDate());
      assertEquals(0.5, first.getCell(4).getNumericCellValue());
      assertEquals(3.0, sheet.getRow(3).getCell(4).getNumericCellValue());

      // frozen below the header, filter over header and rows
      assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
      assertEquals("A2:E4", sheet.getCTWorksheet().getAutoFilter().getRef());
      assertTrue(
          sheet.getMergedRegions().contains(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1)));
      for (int c = 0; c < HEADERS.size(); c++) {
        int width = sheet.getColumnWidth(c) / 256;
        assertTrue(width >= 6 && width <= 60, "width of column " + c + ": " + width);
      }
      assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0), "the long column is wider");
    }
  }

  @Test
  void textThatWouldStartAFormulaStaysTextWithAQuote() throws Exception {
    List<String> evil =
        List.of(
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "@SUM(A1)",
            "-2",
            "\t=1+1",
            "\r=1+1",
            "＝1+1",
            "＋1",
            "－1",
            "＠SUM(A1)",
            "  =1+1");
    List<List<Object>> rows = new ArrayList<>();
    for (String e : evil) {
      rows.add(Arrays.asList(e, "bình thường", -2, null, null));
    }
    try (XSSFWorkbook wb = read(render(register(rows)))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      for (int i = 0; i < evil.size(); i++) {
        Cell c = sheet.getRow(2 + i).getCell(0);
        assertEquals(CellType.STRING, c.getCellType(), evil.get(i));
        String shown = c.getStringCellValue();
        assertTrue(shown.startsWith("'"), shown);
        assertTrue(shown.endsWith(evil.get(i).strip()), shown);
        assertTrue(c.getCellStyle().getQuotePrefixed(), "quote-prefix style");
        Cell plain = sheet.getRow(2 + i).getCell(1);
        assertEquals("bình thường", plain.getStringCellValue());
        assertFalse(plain.getCellStyle().getQuotePrefixed());
        Cell number = sheet.getRow(2 + i).getCell(2);
        assertEquals(CellType.NUMERIC, number.getCellType(), "a negative number is a number");
        assertEquals(-2.0, number.getNumericCellValue());
      }
      assertEquals("'=HYPERLINK(\"http://x\")", sheet.getRow(2).getCell(0).getStringCellValue());
      assertEquals("'-2", sheet.getRow(5).getCell(0).getStringCellValue());
      assertNoFormula(wb);
    }
  }

  @Test
  void hostileTextIsCleanedAndCutToWhatExcelHolds() throws Exception {
    List<List<Object>> rows =
        List.of(
            Arrays.asList(
                "A\u0000B\u0001C\uFFFFD\uD800E",
                "x".repeat(40_000),
                "<b>&amp;</b>",
                "dòng 1\ndòng 2",
                "9007199254740993123"),
            Arrays.asList(new BigDecimal("12345678901234567890"), Double.NaN, true, null, null));
    Register r =
        new Register("a/b:c*d?e[f]g ghi jkl mno pqr stu vwx", "=cmd|' /C calc'!A0", HEADERS, rows);
    try (XSSFWorkbook wb = read(render(r))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertTrue(sheet.getSheetName().length() <= 31);
      assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("'="));
      Row row = sheet.getRow(2);
      assertEquals("ABCDE", row.getCell(0).getStringCellValue());
      assertEquals(XlsxRenderer.MAX_CELL_TEXT, row.getCell(1).getStringCellValue().length());
      assertEquals("<b>&amp;</b>", row.getCell(2).getStringCellValue());
      assertEquals("dòng 1\ndòng 2", row.getCell(3).getStringCellValue());
      assertEquals(CellType.STRING, row.getCell(4).getCellType());
      Row more = sheet.getRow(3);
      assertEquals(CellType.STRING, more.getCell(0).getCellType(), "20 digits stay exact");
      assertEquals("12345678901234567890", more.getCell(0).getStringCellValue());
      assertEquals(CellType.STRING, more.getCell(1).getCellType());
      assertEquals("Có", more.getCell(2).getStringCellValue());
      assertNoFormula(wb);
    }
  }

  @Test
  void anEmptyRegisterIsStillAWorkbook() throws Exception {
    try (XSSFWorkbook wb = read(render(new Register(null, null, List.of(), null)))) {
      assertEquals(1, wb.getNumberOfSheets());
    }
  }

  @Test
  void manyRowsStreamAndLeaveNoTemporaryFiles() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    long before = countPoiFiles(tmp);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      rows.add(
          List.of(
              "QT-" + i,
              "Thủ tục số " + i,
              i % 4 + 1,
              LocalDate.of(2025, 1, 1).plusDays(i % 365),
              "=" + i));
    }
    long start = System.nanoTime();
    byte[] xlsx = render(register(rows));
    System.out.printf(
        "XLSX register of 5,000 rows: %d ms, %d KB%n",
        (System.nanoTime() - start) / 1_000_000, xlsx.length / 1024);
    assertEquals(before, countPoiFiles(tmp), "SXSSF temporary files disposed");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals(5_001, wb.getSheetAt(0).getLastRowNum());
      assertNoFormula(wb);
    }
  }

  // ---- helpers

  private byte[] render(Register r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.register(r, out);
    return out.toByteArray();
  }

  private static XSSFWorkbook read(byte[] xlsx) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  private static void assertNoFormula(XSSFWorkbook wb) {
    wb.forEach(
        sheet ->
            sheet.forEach(
                row ->
                    row.forEach(
                        cell ->
                            assertFalse(
                                cell.getCellType() == CellType.FORMULA,
                                "formula at " + cell.getAddress()))));
  }

  private static long countPoiFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).count();
    }
  }
}
