package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableReaderTest {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final Map<String, String> COLUMNS = Columns.TTHC;

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void csvWithBomSemicolonsQuotesAndATitleAboveTheHeader() {
    String csv =
        "\uFEFFPHỤ LỤC DANH MỤC TTHC;;\n"
            + "STT;MA TTHC;Ten thu tuc;Thoi han giai quyet\n"
            + "1;1.001193;\"Đăng ký khai sinh; (khai sinh \"\"đúng hạn\"\")\";Trong ngày\n"
            + "\n"
            + "2;2.000815;\"Chứng thực\nbản sao\";03 ngày làm việc\r\n";
    Table t = TableReader.read(utf8(csv), "text/csv", COLUMNS);
    assertEquals(2, t.rows().size());
    Table.Row first = t.rows().get(0);
    assertEquals(3, first.line());
    assertEquals("1.001193", first.get("code"));
    assertEquals("Đăng ký khai sinh; (khai sinh \"đúng hạn\")", first.get("name"));
    assertEquals("Chứng thực\nbản sao", t.rows().get(1).get("name"));
    assertEquals("03 ngày làm việc", t.rows().get(1).get("time"));
  }

  @Test
  void commaSeparatedAndHeadersInAnyOrderAndCase() {
    String csv = "thời hạn giải quyết,TÊN TTHC,mã tthc\n05 ngày,Đăng ký kết hôn,1.000894\n";
    Table.Row r = TableReader.read(utf8(csv), null, COLUMNS).rows().get(0);
    assertEquals("1.000894", r.get("code"));
    assertEquals("Đăng ký kết hôn", r.get("name"));
  }

  @Test
  void realHeaderVariantsOfTheTthcLayout() {
    String csv =
        "Mã số TTHC;Tên thủ tục hành chính;Phí, lệ phí (nếu có);Cơ quan có thẩm quyền;"
            + "Căn cứ pháp lý của TTHC;Thời hạn giải quyết (ngày)\n"
            + "1.001193;Đăng ký khai sinh;Miễn;UBND cấp xã;Luật Hộ tịch năm 2014;Trong ngày\n";
    Table t = TableReader.read(utf8(csv), "text/csv", COLUMNS);
    assertEquals(List.of("code", "name", "fee", "agency", "basis", "time"), t.headers());
    Table.Row r = t.rows().get(0);
    assertEquals("Miễn", r.get("fee"));
    assertEquals("UBND cấp xã", r.get("agency"));
    for (String[] h :
        new String[][] {
          {"Mã số thủ tục", "code"},
          {"MA TTHC", "code"},
          {"Cơ quan thực hiện TTHC", "agency"},
          {"Cơ quan có thẩm quyền", "agency"},
          {"Căn cứ pháp lý của thủ tục hành chính", "basis"},
          {"Lĩnh vực", "field"},
          {"Số TT", "stt"}
        }) {
      assertEquals(h[1], COLUMNS.get(Columns.key(h[0])), h[0]);
    }
  }

  @Test
  void realHeaderVariantsOfTheLegalDocumentLayout() {
    String csv =
        "Số, ký hiệu văn bản;Trích yếu nội dung;Ngày ban hành;Ngày hết hiệu lực (nếu có)\n"
            + "60/2014/QH13;Luật Hộ tịch;20/11/2014;\n";
    Table t = TableReader.read(utf8(csv), "text/csv", Columns.LEGAL);
    assertEquals(List.of("number", "title", "signedOn", "effectiveUntil"), t.headers());
    assertEquals("Luật Hộ tịch", t.rows().get(0).get("title"));
    for (String[] h :
        new String[][] {
          {"Số ký hiệu văn bản", "number"},
          {"Số, ký hiệu", "number"},
          {"Loại văn bản", "type"},
          {"Tên văn bản", "title"},
          {"Ngày có hiệu lực", "effectiveFrom"},
          {"Cơ quan ban hành văn bản", "issuer"}
        }) {
      assertEquals(h[1], Columns.LEGAL.get(Columns.key(h[0])), h[0]);
    }
  }

  @Test
  void theSampleAnnexReadsInTheNationalLayout() throws IOException {
    byte[] file = Files.readAllBytes(Path.of("sample-data/tthc-quyet-dinh-cong-bo.xlsx"));
    Table t = TableReader.read(file, XLSX, COLUMNS);
    assertEquals(6, t.rows().size());
    assertEquals("2.000815", t.rows().get(3).get("code"));
    assertTrue(t.rows().get(3).get("basis").contains("23/2015/NĐ-CP"));
  }

  @Test
  void aCsvThatIsNotUtf8IsRefused() {
    byte[] latin1 = "STT;Mã TTHC;Tên\n1;1.001193;Đăng ký".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        400,
        assertThrows(BadFile.class, () -> TableReader.read(latin1, "text/csv", COLUMNS)).status());
  }

  @Test
  void aFileWithoutKnownHeadersIsRefused() {
    assertThrows(BadFile.class, () -> TableReader.read(utf8("a,b\n1,2\n"), "text/csv", COLUMNS));
  }

  @Test
  void formulasAreRefused() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var s = wb.createSheet();
      var h = s.createRow(0);
      h.createCell(0).setCellValue("Mã TTHC");
      h.createCell(1).setCellValue("Tên TTHC");
      var r = s.createRow(1);
      r.createCell(0).setCellValue("1.001193");
      r.createCell(1).setCellFormula("HYPERLINK(\"http://x\",\"bấm\")");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      BadFile e =
          assertThrows(BadFile.class, () -> TableReader.read(out.toByteArray(), XLSX, COLUMNS));
      assertTrue(e.getMessage().contains("công thức"), e.getMessage());
    }
  }

  @Test
  void csvCellsThatWouldBecomeFormulasAreRefused() {
    String csv =
        "STT;Mã TTHC;Tên TTHC;Căn cứ pháp lý\n"
            + "1;1.001193;Đăng ký khai sinh;- Luật Hộ tịch năm 2014\n"
            + "2;1.000894;\" =HYPERLINK(\"\"http://x\"\";\"\"bấm\"\")\";\n";
    BadFile e = assertThrows(BadFile.class, () -> TableReader.read(utf8(csv), "text/csv", COLUMNS));
    assertEquals(400, e.status());
    assertTrue(
        e.getMessage().contains("Dòng 3") && e.getMessage().contains("công thức"), e.getMessage());
  }

  @Test
  void aControlCharacterInFrontDoesNotHideAFormula() {
    // the table keeps the cell cleaned of control characters, so "\0=…" was stored as "=…"
    for (String hidden :
        new String[] {"\u0000=HYPERLINK(\"http://x\")", "\u0007 =1+1", "\u0085=1"}) {
      String csv = "Mã TTHC;Tên TTHC\n1.001193;" + hidden + "\n";
      BadFile e =
          assertThrows(BadFile.class, () -> TableReader.read(utf8(csv), "text/csv", COLUMNS));
      assertTrue(e.getMessage().contains("công thức"), e.getMessage());
    }
  }

  @Test
  void encryptedOrLegacyOfficeFilesAndLyingFormatsAreRefused() {
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };
    assertEquals(
        415, assertThrows(BadFile.class, () -> TableReader.read(ole2, XLSX, COLUMNS)).status());
    assertEquals(
        415,
        assertThrows(BadFile.class, () -> TableReader.read(utf8("STT;Mã TTHC\n"), XLSX, COLUMNS))
            .status());
    assertEquals(
        415,
        assertThrows(
                BadFile.class,
                () ->
                    TableReader.read(
                        new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}, "text/csv", COLUMNS))
            .status());
    assertEquals(
        400,
        assertThrows(
                BadFile.class,
                () -> TableReader.read(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}, XLSX, COLUMNS))
            .status());
  }

  /** A valid workbook whose sheet XML is replaced by the given bytes. */
  static byte[] withSheet(byte[] sheetXml) throws IOException {
    ByteArrayOutputStream base = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet().createRow(0).createCell(0).setCellValue("Mã TTHC");
      wb.write(base);
    }
    return OoxmlParts.withEntry(base.toByteArray(), "xl/worksheets/sheet1.xml", sheetXml);
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    byte[] huge = new byte[60 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    BadFile e = assertThrows(BadFile.class, () -> TableReader.read(withSheet(huge), XLSX, COLUMNS));
    assertEquals(400, e.status());
  }

  @Test
  void anXxePayloadIsRefusedAndReadsNothing() throws IOException {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã TTHC</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Tên TTHC</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
    BadFile e =
        assertThrows(BadFile.class, () -> TableReader.read(withSheet(utf8(xxe)), XLSX, COLUMNS));
    assertEquals(400, e.status());
  }

  static final String SHEET_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

  static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** The first file: 20,000 rows, each with one inline-string cell in column XFD. */
  static byte[] cellsInColumnXfd(int rows) throws IOException {
    StringBuilder xml = new StringBuilder(SHEET_HEAD);
    xml.append("<row r=\"1\">")
        .append(inline("A1", "Mã TTHC"))
        .append(inline("B1", "Tên TTHC"))
        .append("</row>");
    for (int r = 2; r <= rows + 1; r++) {
      xml.append("<row r=\"")
          .append(r)
          .append("\">")
          .append(inline("XFD" + r, "x"))
          .append("</row>");
    }
    xml.append("</sheetData></worksheet>");
    return withSheet(utf8(xml.toString()));
  }

  /**
   * Fuzz finding (xlsxSheet, 10,607 executions): a data row numbered like the header row (r="1"
   * twice) was read as the first row again, and a row going back was reported under the number of a
   * row before it. Excel writes rows in ascending order, so such a file is refused as damaged.
   */
  @Test
  void aRowNumberThatGoesBackIsADamagedFile() throws IOException {
    String header = "<row r=\"1\">" + inline("A1", "Mã TTHC") + inline("B1", "Tên TTHC") + "</row>";
    for (String again : new String[] {"1", "0"}) {
      String xml =
          SHEET_HEAD
              + header
              + "<row r=\""
              + again
              + "\">"
              + inline("A2", "1.001193")
              + inline("B2", "Đăng ký khai sinh")
              + "</row></sheetData></worksheet>";
      BadFile e =
          assertThrows(BadFile.class, () -> TableReader.read(withSheet(utf8(xml)), XLSX, COLUMNS));
      assertEquals(400, e.status());
      assertTrue(e.getMessage().contains("dòng " + again + " nằm sau dòng 1"), e.getMessage());
    }
    String gap =
        SHEET_HEAD
            + header
            + "<row r=\"5\">"
            + inline("A5", "1.001193")
            + inline("B5", "Đăng ký khai sinh")
            + "</row><row>"
            + inline("A6", "1.001194")
            + inline("B6", "Đăng ký kết hôn")
            + "</row></sheetData></worksheet>";
    Table t = TableReader.read(withSheet(utf8(gap)), XLSX, COLUMNS);
    assertEquals(
        List.of(5, 6),
        t.rows().stream().map(Table.Row::line).toList(),
        "rows skipped by Excel and rows without a number keep their place");
  }

  @Test
  void aValueFarBeyondTheLastColumnIsRefusedAtTheFirstSuchCell() throws IOException {
    byte[] file = cellsInColumnXfd(20_000);
    assertTrue(file.length < 200 * 1024, "a small file: " + file.length);
    BadFile e = assertThrows(BadFile.class, () -> TableReader.read(file, XLSX, COLUMNS));
    assertEquals(400, e.status());
    // refused at the first row that has one: nothing was padded up to column 16,384 before
    assertTrue(e.getMessage().contains("Ô XFD2 nằm ngoài 64 cột"), e.getMessage());
  }

  @Test
  void emptyStyledCellsBeyondTheLastColumnAreSkipped() throws IOException {
    String xml =
        SHEET_HEAD
            + "<row r=\"1\">"
            + inline("A1", "Mã TTHC")
            + inline("B1", "Tên TTHC")
            + "<c r=\"XFD1\" s=\"0\"/></row>"
            + "<row r=\"2\">"
            + inline("A2", "1.001193")
            + inline("B2", "Đăng ký khai sinh")
            + "<c r=\"BM2\"><v></v></c></row></sheetData></worksheet>";
    Table t = TableReader.read(withSheet(utf8(xml)), XLSX, COLUMNS);
    assertEquals(1, t.rows().size());
    assertEquals("Đăng ký khai sinh", t.rows().get(0).get("name"));
  }

  /**
   * The second file: 40,000 rows of long text, a sheet of about 97 MB that zips to about 14
   * MB — under the upload limit and every zip limit, so only the table's own budget stops it.
   * Written a row at a time into the zip, never held whole.
   */
  static byte[] absurdSheet(int rows, int charsPerRow) throws IOException {
    ByteArrayOutputStream base = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet().createRow(0).createCell(0).setCellValue("Mã TTHC");
      wb.write(base);
    }
    // phrases drawn at random from a short list: text that deflates about as well as a real
    // annex (ratio near 6.7 at the fastest level), so no zip limit trips before the table's own
    String[] phrases = {
      "thủ tục",
      "hành chính",
      "đăng ký",
      "khai sinh",
      "chứng thực",
      "bản sao",
      "hộ tịch",
      "cấp xã",
      "huyện",
      "tỉnh",
      "hồ sơ",
      "giấy tờ",
      "lệ phí",
      "ngày",
      "làm việc",
      "ủy ban",
      "nhân dân",
      "quyết định",
      "công bố",
      "danh mục"
    };
    java.util.Random random = new java.util.Random(10);
    String[] pool = new String[1000];
    for (int i = 0; i < pool.length; i++) {
      pool[i] =
          String.join(
              " ",
              phrases[random.nextInt(phrases.length)],
              phrases[random.nextInt(phrases.length)],
              phrases[random.nextInt(phrases.length)],
              "");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in =
            new ZipInputStream(new java.io.ByteArrayInputStream(base.toByteArray()));
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(java.util.zip.Deflater.BEST_SPEED);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        if (!e.getName().equals("xl/worksheets/sheet1.xml")) {
          z.write(in.readAllBytes());
          z.closeEntry();
          continue;
        }
        z.write(utf8(SHEET_HEAD));
        z.write(
            utf8("<row r=\"1\">" + inline("A1", "Mã TTHC") + inline("B1", "Tên TTHC") + "</row>"));
        StringBuilder text = new StringBuilder();
        for (int r = 2; r <= rows + 1; r++) {
          text.setLength(0);
          while (text.length() < charsPerRow) {
            text.append(pool[random.nextInt(pool.length)]);
          }
          z.write(
              utf8(
                  "<row r=\""
                      + r
                      + "\">"
                      + inline("A" + r, "1.00" + (1000 + r % 9000))
                      + inline("B" + r, text.toString())
                      + "</row>"));
        }
        z.write(utf8("</sheetData></worksheet>"));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aSheetOfAbsurdSizeUnderTheZipLimitsIsRefusedByItsCharacterBudget() throws IOException {
    byte[] file = absurdSheet(40_000, 1_800);
    assertTrue(file.length < 20 * 1024 * 1024, "under the upload limit: " + file.length);
    assertTrue(file.length > 12 * 1024 * 1024, "the issue's 14 MB: " + file.length);
    OoxmlLimits.check(file); // under every zip limit: the zip check alone lets it through
    BadFile e = assertThrows(BadFile.class, () -> TableReader.read(file, XLSX, COLUMNS));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("hơn 20000000 ký tự"), e.getMessage());
    java.util.regex.Matcher stoppedAt =
        java.util.regex.Pattern.compile("dừng ở dòng (\\d+)").matcher(e.getMessage());
    assertTrue(stoppedAt.find(), e.getMessage());
    assertTrue(
        Integer.parseInt(stoppedAt.group(1)) < 15_000,
        "stopped long before the 40,000th row: " + e.getMessage());
  }

  @Test
  void sharedAndInlineStringsDatesNumbersAndLongDigitStringsReadAsBefore() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var s = wb.createSheet();
      s.createRow(0).createCell(0).setCellValue("DANH MỤC VĂN BẢN");
      var h = s.createRow(2);
      String[] head = {"Số ký hiệu", "Trích yếu", "Ngày ban hành", "Cơ quan ban hành"};
      for (int c = 0; c < head.length; c++) {
        h.createCell(c).setCellValue(head[c]);
      }
      var date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      var r = s.createRow(3);
      r.createCell(0).setCellValue("23/2015/NĐ-CP");
      r.createCell(1).setCellValue("Về cấp bản sao từ sổ gốc, chứng thực bản sao");
      var signed = r.createCell(2);
      signed.setCellValue(java.time.LocalDate.of(2015, 2, 16));
      signed.setCellStyle(date);
      r.createCell(3).setCellValue("012345678901234567890");
      var n = s.createRow(5);
      n.createCell(0).setCellValue("1/2024/QĐ-UBND");
      n.createCell(1).setCellValue("Số");
      n.createCell(3).setCellValue(1.001193);
      wb.write(out);
    }
    Map<String, String> legal = Columns.LEGAL;
    Table t = TableReader.read(out.toByteArray(), XLSX, legal);
    assertEquals(2, t.rows().size());
    Table.Row first = t.rows().get(0);
    assertEquals(4, first.line());
    assertEquals("23/2015/NĐ-CP", first.get("number"));
    assertEquals("2015-02-16", first.get("signedOn"));
    assertEquals("012345678901234567890", first.get("issuer"), "digits kept as text");
    Table.Row second = t.rows().get(1);
    assertEquals(6, second.line());
    assertEquals("1.001193", second.get("issuer"), "a number as a spreadsheet shows it");

    String xml =
        SHEET_HEAD
            + "<row r=\"1\">"
            + inline("A1", "Mã TTHC")
            + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Tên </t></r><r><t>TTHC</t></r></is></c></row>"
            + "<row r=\"2\">"
            + inline("A2", "1.001193")
            + inline("B2", "Đăng ký khai sinh")
            + "<c r=\"C2\" t=\"b\"><v>1</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>2.000815</v></c>"
            + inline("B3", "Chứng thực")
            + "</row></sheetData></worksheet>";
    Table inlined = TableReader.read(withSheet(utf8(xml)), XLSX, COLUMNS);
    assertEquals(List.of("code", "name"), inlined.headers());
    assertEquals("1.001193", inlined.rows().get(0).get("code"));
    assertEquals("2.000815", inlined.rows().get(1).get("code"));
    assertEquals("Chứng thực", inlined.rows().get(1).get("name"));
  }

  @Test
  void csvValuesBeyondTheLastColumnAndOverlongCellsAreRefused() {
    String wide =
        "Mã TTHC;Tên TTHC" + ";".repeat(100) + "\n1.001193;Đăng ký" + ";".repeat(100) + "\n";
    assertEquals(1, TableReader.read(utf8(wide), "text/csv", COLUMNS).rows().size());
    String beyond = "Mã TTHC;Tên TTHC\n1.001193;Đăng ký" + ";".repeat(70) + "x\n";
    BadFile e =
        assertThrows(BadFile.class, () -> TableReader.read(utf8(beyond), "text/csv", COLUMNS));
    assertTrue(e.getMessage().contains("Dòng 2, cột 72"), e.getMessage());
    String longCell = "Mã TTHC;Tên TTHC\n1.001193;" + "a".repeat(40_000) + "\n";
    BadFile tooLong =
        assertThrows(BadFile.class, () -> TableReader.read(utf8(longCell), "text/csv", COLUMNS));
    assertTrue(tooLong.getMessage().contains("32767"), tooLong.getMessage());
  }
}
