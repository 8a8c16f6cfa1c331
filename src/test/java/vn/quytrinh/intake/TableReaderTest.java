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
    return withEntry(base.toByteArray(), "xl/worksheets/sheet1.xml", sheetXml);
  }

  /** The zip with one entry's bytes replaced, or added when it has no such entry. */
  static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      boolean replaced = false;
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        replaced |= e.getName().equals(name);
        z.write(e.getName().equals(name) ? content : in.readAllBytes());
        z.closeEntry();
      }
      if (!replaced) {
        z.putNextEntry(new ZipEntry(name));
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
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
}
