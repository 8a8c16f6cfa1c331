package vn.quytrinh.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.quytrinh.publishing.ProcedureSheet.Watermark;

class DocxRendererTest {

  private static final Path TEMPLATES = Path.of("templates");
  private final DocxRenderer renderer = new DocxRenderer(TEMPLATES);

  // ---- one procedure

  @Test
  void headerShowsCodeTitleAndQuyTrinhWithEveryPlaceholderFilled() throws Exception {
    byte[] docx = procedure(Samples.sheet());
    try (XWPFDocument doc = open(docx)) {
      String header = headers(doc);
      assertTrue(header.contains("QUY TRÌNH"), header);
      assertTrue(header.contains("QT-01/HT"), header);
      assertTrue(header.contains("Chứng thực bản sao từ bản chính"), header);
      assertTrue(header.contains(Samples.AGENCY), header);
      assertTrue(header.contains("Lần ban hành: 02"), header);
      assertTrue(header.contains("Ngày ban hành: 09/01/2025"), header);
    }
    assertNoPlaceholderLeft(docx);
  }

  @Test
  void pageNumbersAreRealWordFields() throws Exception {
    String header = part(procedure(Samples.sheet()), "word/header1.xml");
    assertTrue(header.contains("fldCharType=\"begin\""), header);
    assertTrue(header.contains(" PAGE "), header);
    assertTrue(header.contains(" NUMPAGES "), header);
    assertTrue(header.contains("Trang: "), header);
  }

  /** Issue 13, point 8: the wordings in force of what the legal basis cites, when asked for. */
  @Test
  void theLegalBasisCanPrintTheWordingInForceOfWhatItCites() throws Exception {
    String text =
        nfc(
            bodyText(
                procedure(
                    Samples.sheet()
                        .withBasisWordings(
                            List.of(
                                new ProcedureSheet.Quote(
                                    "khoản 2 Điều 5 23/2015/NĐ-CP",
                                    "Lời văn có hiệu lực ngày 01/03/2025, theo 07/2025/NĐ-CP:",
                                    List.of("2. Ủy ban nhân dân cấp xã:")))))));
    assertTrue(text.contains(nfc("Lời văn các điều, khoản được viện dẫn")), text);
    assertTrue(text.contains(nfc("khoản 2 Điều 5 23/2015/NĐ-CP")), text);
    assertTrue(text.contains(nfc("2. Ủy ban nhân dân cấp xã:")), text);
    assertFalse(
        nfc(bodyText(procedure(Samples.sheet()))).contains(nfc("Lời văn các điều")),
        "not unless asked for");
  }

  @Test
  void vietnameseTextIsIntact() throws Exception {
    String text = nfc(bodyText(procedure(Samples.sheet())));
    for (String s :
        List.of(
            "Nội dung công việc",
            "ặ ế ỗ ữ",
            "Công chức Tư pháp – Hộ tịch",
            "2.000 đồng/trang",
            "Nghị định 07/2025/NĐ-CP")) {
      assertTrue(text.contains(nfc(s)), s);
    }
  }

  @Test
  void aDecomposedInputComesOutComposed() throws Exception {
    String nfd = Normalizer.normalize("Chứng thực bản sao", Normalizer.Form.NFD);
    ProcedureSheet s =
        Samples.sheet("QT-02/HT", nfd, Watermark.NONE, BigDecimal.TEN, "Bản kiểm soát");
    String text = bodyText(procedure(s));
    assertTrue(text.contains("Chứng thực bản sao"), "NFC in the output");
  }

  @Test
  void bodyFollowsThePrintedForm() throws Exception {
    String text = bodyText(procedure(Samples.sheet()));
    List<String> order =
        List.of(
            "QT-01/HT – Chứng thực bản sao từ bản chính",
            "Soạn thảo",
            "TRANG THEO DÕI SỬA ĐỔI TÀI LIỆU",
            "1. MỤC ĐÍCH",
            "2. PHẠM VI",
            "3. TÀI LIỆU VIỆN DẪN",
            "4. ĐỊNH NGHĨA/VIẾT TẮT",
            "5. NỘI DUNG QUY TRÌNH",
            "5.1 Cơ sở pháp lý",
            "5.2 Yêu cầu, điều kiện",
            "5.3 Thành phần, số lượng hồ sơ",
            "5.4 Thời hạn giải quyết",
            "5.5 Nơi tiếp nhận và trả kết quả",
            "5.6 Phí, lệ phí",
            "5.7 Đối tượng thực hiện",
            "5.8 Kết quả",
            "5.9 Quy trình xử lý công việc",
            "6. BIỂU MẪU",
            "7. HỒ SƠ CẦN LƯU");
    assertInOrder(text, order);
  }

  @Test
  void approvalBlockHasThreeRolesWithSignatureMarks() throws Exception {
    try (XWPFDocument doc = open(procedure(Samples.sheet()))) {
      XWPFTable t = tableStartingWith(doc, "", "Soạn thảo", "Xem xét", "Phê duyệt");
      assertEquals(5, t.getNumberOfRows());
      assertEquals(
          List.of("Họ tên", "Nguyễn Thị Hằng", "Trần Văn Đức", "Lê Quang Vũ"), texts(t.getRow(1)));
      assertEquals(
          List.of("Ngày", "02/01/2025", "06/01/2025", "—"), texts(t.getRow(3)), "no date: a dash");
      List<String> signed = texts(t.getRow(4));
      assertEquals("Chữ ký", signed.get(0));
      assertEquals("Đã ký điện tử · SHA-256 70b1c2", signed.get(1));
      assertEquals("—", signed.get(3));
    }
  }

  @Test
  void stepTableRepeatsItsHeaderAndTotalsAgainstTheLegalLimit() throws Exception {
    ProcedureSheet s = Samples.sheet();
    try (XWPFDocument doc = open(procedure(s))) {
      XWPFTable t = tableStartingWith(doc, ProcedureWriter.STEP_HEADERS);
      XWPFTableRow header = t.getRow(0);
      assertEquals(5, header.getTableCells().size());
      assertTrue(header.isRepeatHeader(), "tblHeader on the header row");
      assertEquals(s.steps().size() + 2, t.getNumberOfRows());
      assertEquals(
          List.of("B1", s.steps().get(0).action(), "Bộ phận TN&TKQ", "0,5", "Mẫu 01"),
          texts(t.getRow(1)));
      assertEquals("0,25", texts(t.getRow(3)).get(3));
      assertEquals("0", texts(t.getRow(4)).get(3));
      List<String> total = texts(t.getRow(t.getNumberOfRows() - 1));
      assertEquals("Tổng thời gian", total.get(0));
      assertEquals("1,75", total.get(1));
      assertFalse(total.get(2).contains("VƯỢT THỜI HẠN"), total.get(2));
      assertTrue(total.get(2).contains("2 ngày"), total.get(2));
    }
  }

  @Test
  void aTotalOverTheLegalLimitSaysSo() throws Exception {
    ProcedureSheet s =
        Samples.sheet("QT-03/HT", "Quá hạn", Watermark.NONE, new BigDecimal("1.5"), null);
    try (XWPFDocument doc = open(procedure(s))) {
      XWPFTable t = tableStartingWith(doc, ProcedureWriter.STEP_HEADERS);
      List<String> total = texts(t.getRow(t.getNumberOfRows() - 1));
      assertTrue(total.get(2).contains("VƯỢT THỜI HẠN"), total.get(2));
      assertTrue(total.get(2).contains("1,5"), total.get(2));
    }
  }

  @Test
  void aDraftCarriesAWatermarkInItsHeaderAndAnEffectiveCopyNone() throws Exception {
    ProcedureSheet draft =
        Samples.sheet("QT-04/HT", "Bản nháp thử", Watermark.DRAFT, BigDecimal.TEN, null);
    String header = part(procedure(draft), "word/header1.xml");
    assertTrue(header.contains("PowerPlusWaterMarkObject"), header);
    assertTrue(header.contains("string=\"BẢN NHÁP\""), header);
    assertTrue(header.contains("rotation:315"), header);

    ProcedureSheet obsolete =
        Samples.sheet("QT-04/HT", "Cũ", Watermark.OBSOLETE, BigDecimal.TEN, null);
    assertTrue(part(procedure(obsolete), "word/header1.xml").contains("HẾT HIỆU LỰC"));

    String effective = part(procedure(Samples.sheet()), "word/header1.xml");
    assertFalse(effective.contains("PowerPlusWaterMarkObject"));
    assertFalse(effective.contains("BẢN NHÁP"));
  }

  @Test
  void footerCarriesTheControlledCopyNote() throws Exception {
    try (XWPFDocument doc = open(procedure(Samples.sheet()))) {
      String footer = footers(doc);
      assertTrue(footer.contains("Bản kiểm soát số 03 – Bộ phận TN&TKQ"), footer);
      assertTrue(footer.contains("Có hiệu lực"), footer);
    }
    ProcedureSheet noNote =
        Samples.sheet("QT-05/HT", "Không ghi chú", Watermark.NONE, BigDecimal.TEN, null);
    byte[] docx = procedure(noNote);
    try (XWPFDocument doc = open(docx)) {
      assertFalse(footers(doc).contains("Bản kiểm soát"));
    }
    assertNoPlaceholderLeft(docx);
  }

  @Test
  void emptyValuesPrintADash() throws Exception {
    ProcedureSheet s =
        new ProcedureSheet(
            null, null, null, 1, null, null, null, null, null, null, null, " ", null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, List.of());
    byte[] docx = procedure(s);
    assertNoPlaceholderLeft(docx);
    try (XWPFDocument doc = open(docx)) {
      String text = new XWPFWordExtractor(doc).getText();
      assertInOrder(text, List.of("1. MỤC ĐÍCH\n—", "2. PHẠM VI\n—", "5.1 Cơ sở pháp lý\n—"));
      XWPFTable steps = tableStartingWith(doc, ProcedureWriter.STEP_HEADERS);
      assertEquals(2, steps.getNumberOfRows(), "header and total");
      assertTrue(headers(doc).contains("Mã hiệu: —"));
    }
  }

  @Test
  void hostileTextCannotBreakTheFile() throws Exception {
    String control = "A\u0000B\u0001C\u0008D\u000BE\u000CF\u001FG\uFFFEH\uFFFFI\uD800J\uDC00K";
    String longWord = "x".repeat(10_000);
    String markup = "<b>&amp;</b> <w:p/> ]]> \"'";
    ProcedureSheet s =
        new ProcedureSheet(
            Samples.AGENCY + "\u0007",
            "QT-99/<b>",
            markup + " " + longWord,
            1,
            null,
            control,
            Watermark.DRAFT,
            markup + "\u0000",
            List.of(new ProcedureSheet.Approval("Soạn thảo", longWord, markup, null, control)),
            List.of(),
            "dòng 1\ndòng 2\r\ndòng 3\rdòng 4\tcột",
            longWord,
            markup,
            control,
            List.of(markup, longWord),
            null,
            List.of(new ProcedureSheet.Dossier(longWord, 2)),
            null,
            null,
            null,
            null,
            null,
            List.of(
                new ProcedureSheet.Step(1, longWord, markup, new BigDecimal("0.5"), control),
                new ProcedureSheet.Step(2, "{{title}} {{body}}", "}}{{", null, "{{")),
            null,
            new BigDecimal("0.25"),
            List.of(new ProcedureSheet.Form("Mẫu 01", "tên\r\nhai dòng")),
            List.of(),
            List.of());
    byte[] docx = procedure(s);
    try (XWPFDocument doc = open(docx)) {
      String text = new XWPFWordExtractor(doc).getText();
      assertTrue(text.contains("<b>&amp;</b> <w:p/> ]]> \"'"), "markup shown as text");
      assertTrue(text.contains("ABCDEFGHIJK"), "illegal characters dropped");
      assertTrue(text.contains(longWord));
      assertTrue(text.contains("dòng 1\ndòng 2\ndòng 3\ndòng 4\tcột"), text);
      assertTrue(text.contains("{{title}} {{body}}"), "user braces are user text");
      assertTrue(headers(doc).contains("QT-99/<b>"));
      assertTrue(
          headers(doc).length() < 2_000, "a runaway value is cut in the header on every page");
      XWPFTable steps = tableStartingWith(doc, ProcedureWriter.STEP_HEADERS);
      assertEquals(4, steps.getNumberOfRows());
      assertTrue(texts(steps.getRow(3)).get(2).contains("VƯỢT THỜI HẠN"));
    }
    String document = part(docx, "word/document.xml");
    assertTrue(document.contains("tên</w:t><w:br/><w:t xml:space=\"preserve\">hai dòng"));
    assertTrue(document.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"));
  }

  @Test
  void aPlaceholderSplitAcrossRunsIsStillFilled(@TempDir Path dir) throws Exception {
    // what Word does to "{{code}}" once someone edits around it: several runs, one bold
    byte[] template = Files.readAllBytes(TEMPLATES.resolve(DocxRenderer.PROCEDURE_TEMPLATE));
    String header = part(template, "word/header1.xml");
    String split =
        header.replace(
            "<w:t xml:space=\"preserve\">Mã hiệu: {{code}}</w:t></w:r>",
            "<w:t xml:space=\"preserve\">Mã hiệu: {</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>{co</w:t></w:r><w:r><w:t>de}</w:t></w:r>"
                + "<w:r><w:t>} (mã)</w:t></w:r>");
    assertFalse(split.equals(header), "the template still has the expected header");
    Files.write(
        dir.resolve(DocxRenderer.PROCEDURE_TEMPLATE),
        replacePart(template, "word/header1.xml", split));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer(dir).procedure(Samples.sheet(), out);
    try (XWPFDocument doc = open(out.toByteArray())) {
      assertTrue(headers(doc).contains("Mã hiệu: QT-01/HT (mã)"), headers(doc));
    }
    assertNoPlaceholderLeft(out.toByteArray());
  }

  @Test
  void aTemplateDirectoryWinsAndTheClasspathIsTheFallback(@TempDir Path dir) throws Exception {
    byte[] template = Files.readAllBytes(TEMPLATES.resolve(DocxRenderer.PROCEDURE_TEMPLATE));
    String header = part(template, "word/header1.xml");
    Files.write(
        dir.resolve(DocxRenderer.PROCEDURE_TEMPLATE),
        replacePart(
            template, "word/header1.xml", header.replace(">QUY TRÌNH<", ">QUY TRÌNH NỘI BỘ<")));
    ByteArrayOutputStream own = new ByteArrayOutputStream();
    new DocxRenderer(dir).procedure(Samples.sheet(), own);
    try (XWPFDocument doc = open(own.toByteArray())) {
      assertTrue(headers(doc).contains("QUY TRÌNH NỘI BỘ"));
    }
    for (DocxRenderer r : List.of(new DocxRenderer(), new DocxRenderer(dir.resolve("missing")))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      r.procedure(Samples.sheet(), out);
      try (XWPFDocument doc = open(out.toByteArray())) {
        assertTrue(headers(doc).contains("QUY TRÌNH"));
        assertFalse(headers(doc).contains("NỘI BỘ"));
      }
    }
  }

  @Test
  void aBrokenTemplateIsReported(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(DocxRenderer.PROCEDURE_TEMPLATE), "not a docx");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new DocxRenderer(dir).procedure(Samples.sheet(), OutputStream.nullOutputStream()));
    assertTrue(e.getMessage().contains("quy-trinh.docx"), e.getMessage());
  }

  @Test
  void theTemplatesHoldTheStylesTheRendererNames() throws Exception {
    for (String name : List.of(DocxRenderer.PROCEDURE_TEMPLATE, DocxRenderer.MANUAL_TEMPLATE)) {
      byte[] t = Files.readAllBytes(TEMPLATES.resolve(name));
      String styles = part(t, "word/styles.xml");
      for (String id :
          List.of(
              "QTTitle",
              "QTHeading1",
              "QTHeading2",
              "QTBody",
              "QTList",
              "QTNote",
              "QTTable",
              "QTTableHeader",
              "QTTableText",
              "QTTableCenter",
              "QTWarning",
              "QTStrong",
              "QTFrontHeading",
              "TOC1",
              "TOCHeading")) {
        assertTrue(styles.contains("w:styleId=\"" + id + "\""), name + " lacks " + id);
      }
      assertTrue(styles.contains("Times New Roman"));
      String document = part(t, "word/document.xml");
      assertTrue(document.contains("{{body}}"), name);
      assertTrue(document.contains("w:w=\"11906\" w:h=\"16838\""), "A4");
      assertTrue(document.contains("w:left=\"1134\""), "2 cm");
      try (XWPFDocument doc = open(t)) {
        assertTrue(
            doc.getHeaderList().stream().anyMatch(h -> !h.getAllPictures().isEmpty()),
            "logo placeholder in a header");
      }
    }
  }

  // ---- the manual

  @Test
  void manualHasCoverMasterListContentsAndEachProcedureInItsOwnSection() throws Exception {
    Manual m = Samples.manual(3);
    ProcedureSheet draft =
        Samples.sheet(
            "QT-004/TP", "Bản nháp {{agency}} trong sổ", Watermark.DRAFT, BigDecimal.TEN, null);
    List<ProcedureSheet> ps = new ArrayList<>(m.procedures());
    ps.add(1, draft);
    m =
        new Manual(
            m.agency(), m.unitName(), m.asOf(), m.exportedBy(), m.masterList(), List.copyOf(ps));
    byte[] docx = manual(m);
    assertNoPlaceholderLeft(docx, "{{agency}} trong sổ");
    try (XWPFDocument doc = open(docx)) {
      String text = new XWPFWordExtractor(doc).getText();
      assertInOrder(
          text,
          List.of(
              Samples.AGENCY,
              "SỔ TAY QUY TRÌNH",
              "Văn phòng HĐND và UBND xã",
              "Áp dụng từ ngày 01/07/2025",
              "Người xuất: Nguyễn Thị Hằng",
              "DANH MỤC TÀI LIỆU",
              "MỤC LỤC"));
      XWPFTable master =
          tableStartingWith(doc, "STT", "Mã hiệu", "Tên tài liệu", "Lần ban hành", "Ngày hiệu lực");
      assertEquals(4, master.getNumberOfRows());
      assertEquals("01/07/2025", texts(master.getRow(1)).get(4));

      // procedures in order, after the contents
      List<String> codes = List.of("QT-001/TP", "QT-004/TP", "QT-002/TP", "QT-003/TP");
      int contents = text.indexOf("MỤC LỤC");
      List<String> headings = new ArrayList<>();
      for (String c : codes) {
        headings.add(c + " – ");
      }
      assertInOrder(text.substring(text.indexOf("Số trang của mục lục")), headings);
      assertInOrder(text.substring(contents), headings);

      // one section per procedure, each with its own header showing its code, numbered from 1
      List<CTSectPr> sections = sections(doc);
      assertEquals(1 + codes.size(), sections.size(), "front matter + one per procedure");
      for (int i = 0; i < codes.size(); i++) {
        CTSectPr sect = sections.get(i + 1);
        assertEquals(1, sect.getPgNumType().getStart().intValue());
        String header = headerOf(doc, sect);
        assertTrue(header.contains(codes.get(i)), header);
        assertEquals(i == 1, header.contains("Bản nháp {{agency}} trong sổ"), "user text as is");
        assertTrue(header.contains("QUY TRÌNH"), header);
        String xml = headerXmlOf(doc, sect);
        assertEquals(i == 1, xml.contains("PowerPlusWaterMarkObject"), "watermark only on draft");
        assertTrue(xml.contains(" SECTIONPAGES "), "x/y counts the procedure's pages");
        String footer = footerOf(doc, sect);
        assertEquals(i != 1, footer.contains("Bản kiểm soát số"), footer);
      }
      String front = headerOf(doc, sections.get(0));
      assertTrue(front.contains("SỔ TAY QUY TRÌNH") && front.contains(Samples.AGENCY), front);
    }
    String document = part(docx, "word/document.xml");
    assertTrue(document.contains("TOC \\o &quot;1-1&quot; \\h \\z \\u"), "a TOC field");
    assertTrue(part(docx, "word/settings.xml").contains("updateFields"));
    // the logo is stored once and shared by every header
    assertEquals(1, entries(docx).stream().filter(n -> n.startsWith("word/media/")).count());
  }

  @Test
  void aSectionBreakSavedIntoTheBodyPlaceholderParagraphIsKept(@TempDir Path dir) throws Exception {
    // LibreOffice, re-saving the manual template, moves the front section's break into the
    // paragraph that holds {{body}}; replacing that paragraph must not lose the break
    byte[] template = Files.readAllBytes(TEMPLATES.resolve(DocxRenderer.MANUAL_TEMPLATE));
    String document = part(template, "word/document.xml");
    int bodyAt = document.indexOf("{{body}}");
    int pStart = document.lastIndexOf("<w:p>", bodyAt);
    int pEnd = document.indexOf("</w:p>", bodyAt) + 6;
    int sectStart = document.indexOf("<w:sectPr>", pEnd);
    int sectEnd = document.indexOf("</w:sectPr>", sectStart) + 11;
    String sect = document.substring(sectStart, sectEnd);
    String merged =
        document.substring(0, pStart)
            + document.substring(pStart, pEnd).replace("</w:pPr>", sect + "</w:pPr>")
            + document.substring(document.indexOf("</w:p>", sectEnd) + 6);
    assertTrue(merged.indexOf(sect) < merged.indexOf("{{body}}"), "break moved");
    Files.write(
        dir.resolve(DocxRenderer.MANUAL_TEMPLATE),
        replacePart(template, "word/document.xml", merged));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer(dir).manual(Samples.manual(2), out);
    try (XWPFDocument doc = open(out.toByteArray())) {
      List<CTSectPr> sections = sections(doc);
      assertEquals(3, sections.size());
      assertTrue(headerOf(doc, sections.get(0)).contains("SỔ TAY QUY TRÌNH"));
      assertTrue(headerOf(doc, sections.get(1)).contains("QT-001/TP"));
      String text = new XWPFWordExtractor(doc).getText();
      assertTrue(text.indexOf("DANH MỤC TÀI LIỆU") < text.indexOf("QT-001/TP – "));
    }
    assertNoPlaceholderLeft(out.toByteArray());
  }

  @Test
  void anEmptyManualStillMakesACleanFile() throws Exception {
    Manual m = new Manual("UBND", "Phòng", null, null, null, null);
    byte[] docx = manual(m);
    assertNoPlaceholderLeft(docx);
    try (XWPFDocument doc = open(docx)) {
      assertTrue(new XWPFWordExtractor(doc).getText().contains("Sổ tay chưa có quy trình nào."));
    }
  }

  /** Its time is measured by the product bench (docs/benchmarks.md), not here. */
  @Test
  void aManualOf200ProceduresHasTheCoverSectionAndOneSectionEach() throws Exception {
    Manual m = Samples.manual(200);
    try (XWPFDocument doc = open(manual(m))) {
      assertEquals(201, sections(doc).size());
    }
  }

  // ---- helpers

  private byte[] procedure(ProcedureSheet s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.procedure(s, out);
    return out.toByteArray();
  }

  private byte[] manual(Manual m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.manual(m, out);
    return out.toByteArray();
  }

  static XWPFDocument open(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static String bodyText(byte[] docx) throws IOException {
    try (XWPFDocument doc = open(docx)) {
      return doc.getBodyElements().stream()
          .map(
              e ->
                  e instanceof XWPFParagraph p
                      ? p.getText()
                      : e instanceof XWPFTable t ? t.getText() : "")
          .collect(Collectors.joining("\n"));
    }
  }

  private static String headers(XWPFDocument doc) {
    return doc.getHeaderList().stream().map(XWPFHeader::getText).collect(Collectors.joining("\n"));
  }

  private static String footers(XWPFDocument doc) {
    return doc.getFooterList().stream().map(XWPFFooter::getText).collect(Collectors.joining("\n"));
  }

  private static List<CTSectPr> sections(XWPFDocument doc) {
    List<CTSectPr> out = new ArrayList<>();
    for (CTP p : doc.getDocument().getBody().getPList()) {
      if (p.isSetPPr() && p.getPPr().isSetSectPr()) {
        out.add(p.getPPr().getSectPr());
      }
    }
    out.add(doc.getDocument().getBody().getSectPr());
    return out;
  }

  private static String headerOf(XWPFDocument doc, CTSectPr s) {
    for (CTHdrFtrRef ref : s.getHeaderReferenceList()) {
      if (ref.getType().toString().equals("default")) {
        return ((XWPFHeader) doc.getRelationById(ref.getId())).getText();
      }
    }
    return "";
  }

  private static String headerXmlOf(XWPFDocument doc, CTSectPr s) {
    for (CTHdrFtrRef ref : s.getHeaderReferenceList()) {
      if (ref.getType().toString().equals("default")) {
        return ((XWPFHeader) doc.getRelationById(ref.getId()))._getHdrFtr().xmlText();
      }
    }
    return "";
  }

  private static String footerOf(XWPFDocument doc, CTSectPr s) {
    for (CTHdrFtrRef ref : s.getFooterReferenceList()) {
      if (ref.getType().toString().equals("default")) {
        return ((XWPFFooter) doc.getRelationById(ref.getId())).getText();
      }
    }
    return "";
  }

  private static XWPFTable tableStartingWith(XWPFDocument doc, String... header) {
    for (XWPFTable t : doc.getTables()) {
      if (texts(t.getRow(0)).equals(List.of(header))) {
        return t;
      }
    }
    throw new AssertionError("no table with header " + List.of(header));
  }

  private static List<String> texts(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static void assertInOrder(String text, List<String> parts) {
    int pos = 0;
    for (String p : parts) {
      int at = text.indexOf(p, pos);
      assertTrue(at >= 0, "'" + p + "' missing or out of order");
      pos = at + p.length();
    }
  }

  /** No "{{" in any XML part (body, headers, footers, properties) but in the user's text. */
  private static void assertNoPlaceholderLeft(byte[] docx, String... userText) throws IOException {
    Map<String, String> parts = parts(docx);
    assertFalse(parts.isEmpty());
    for (Map.Entry<String, String> e : parts.entrySet()) {
      if (e.getKey().endsWith(".xml")) {
        String xml = e.getValue();
        for (String u : userText) {
          xml = xml.replace(u, "");
        }
        assertFalse(xml.contains("{{"), e.getKey() + " still holds a placeholder");
      }
    }
  }

  static Map<String, String> parts(byte[] zip) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), new String(in.readAllBytes(), UTF_8));
      }
    }
    return out;
  }

  private static List<String> entries(byte[] zip) throws IOException {
    return new ArrayList<>(parts(zip).keySet());
  }

  static String part(byte[] zip, String name) throws IOException {
    String xml = parts(zip).get(name);
    assertNotNull(xml, name);
    return xml;
  }

  private static byte[] replacePart(byte[] zip, String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().equals(name) ? content.getBytes(UTF_8) : in.readAllBytes());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
