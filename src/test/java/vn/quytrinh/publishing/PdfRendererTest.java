package vn.quytrinh.publishing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  private final PdfRenderer renderer = new PdfRenderer();

  static final String ODD_TITLE =
      "Đăng ký khai sinh: kiểm tra chặt chẽ hồ sơ, ghi chép đầy đủ, mỗi bước lưu giữ";

  // ---------------------------------------------------------------------------------------------
  // sample data

  static ProcedureSheet sheet(
      String code, String title, int steps, ProcedureSheet.Watermark wm, String note) {
    List<ProcedureSheet.Step> st = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 1; i <= steps; i++) {
      BigDecimal d =
          i % 3 == 0 ? new BigDecimal("0.5") : i == steps ? BigDecimal.ZERO : BigDecimal.ONE;
      total = total.add(d);
      st.add(
          new ProcedureSheet.Step(
              i,
              i == 1
                  ? "Tiếp nhận hồ sơ, kiểm tra tính đầy đủ, hợp lệ; viết giấy tiếp nhận và hẹn trả kết quả"
                  : "Thẩm định hồ sơ bước " + i + ", trình lãnh đạo xem xét",
              i == 1 ? "Bộ phận TN&TKQ" : "Công chức tư pháp - hộ tịch",
              d,
              i == 1 ? "Mẫu 01, Mẫu 05" : "Hồ sơ trình"));
    }
    return new ProcedureSheet(
        "UBND XÃ HÒA TIẾN\nBỘ PHẬN TƯ PHÁP",
        code,
        title,
        2,
        LocalDate.of(2026, 11, 20),
        wm == ProcedureSheet.Watermark.NONE ? "Có hiệu lực" : "Dự thảo",
        wm,
        note,
        List.of(
            new ProcedureSheet.Approval(
                "Soạn thảo",
                "Trần Thị Hoa",
                "Công chức tư pháp",
                LocalDate.of(2026, 11, 10),
                "Đã ký điện tử · SHA-256 70b1c2…"),
            new ProcedureSheet.Approval(
                "Xem xét",
                "Lê Văn Bình",
                "Phó Chủ tịch",
                LocalDate.of(2026, 11, 15),
                "Đã ký điện tử · SHA-256 9a4e11…"),
            new ProcedureSheet.Approval(
                "Phê duyệt",
                "Nguyễn Văn An",
                "Chủ tịch UBND xã",
                LocalDate.of(2026, 11, 18),
                null)),
        List.of(
            new ProcedureSheet.Revision(
                1, LocalDate.of(2025, 1, 9), "Ban hành lần đầu", "Quyết định 3218/QĐ-UBND", 1),
            new ProcedureSheet.Revision(
                2,
                LocalDate.of(2026, 11, 20),
                "Sửa đổi thành phần hồ sơ và thời gian bước 3",
                "NĐ 07/2025/NĐ-CP sửa đổi Điều 5 NĐ 23/2015/NĐ-CP",
                2)),
        "Quy định trình tự, thủ tục đăng ký khai sinh bảo đảm đúng pháp luật, đúng thời hạn.",
        "Áp dụng tại UBND xã; công chức tư pháp - hộ tịch và Bộ phận TN&TKQ thực hiện.",
        "Luật Hộ tịch 60/2014/QH13\nNghị định 123/2015/NĐ-CP",
        "UBND: Ủy ban nhân dân; TTHC: thủ tục hành chính; BPTN&TKQ: Bộ phận tiếp nhận và trả kết quả",
        List.of(
            "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014",
            "Nghị định 123/2015/NĐ-CP ngày 15/11/2015",
            "Thông tư 04/2020/TT-BTP ngày 28/5/2020",
            "Thông tư 85/2019/TT-BTC ngày 29/11/2019",
            "Nghị định 07/2025/NĐ-CP ngày 09/01/2025",
            "Quyết định 3218/QĐ-UBND công bố TTHC"),
        "Không.",
        List.of(
            new ProcedureSheet.Dossier("Tờ khai đăng ký khai sinh theo mẫu", 1),
            new ProcedureSheet.Dossier("Giấy chứng sinh", 1),
            new ProcedureSheet.Dossier("Giấy tờ tùy thân (xuất trình)", null)),
        "Ngay trong ngày tiếp nhận; trường hợp sau 15 giờ thì trả trong ngày làm việc tiếp theo.",
        "Bộ phận TN&TKQ UBND xã",
        "Miễn lệ phí",
        "Cá nhân",
        "Giấy khai sinh (bản chính)",
        st,
        total,
        new BigDecimal("3"),
        List.of(
            new ProcedureSheet.Form("Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
            new ProcedureSheet.Form("Mẫu 05", "Phiếu kiểm soát quá trình giải quyết hồ sơ")),
        List.of(
            new ProcedureSheet.Kept("Hồ sơ đăng ký khai sinh", "Công chức tư pháp", "Vĩnh viễn"),
            new ProcedureSheet.Kept("Sổ theo dõi hồ sơ (Mẫu 06)", "Bộ phận TN&TKQ", "05 năm")),
        List.of());
  }

  static ProcedureSheet sample() {
    return sheet(
        "QT-01/HT",
        ODD_TITLE + " (ặ ế ỗ ữ)",
        8,
        ProcedureSheet.Watermark.DRAFT,
        "Bản kiểm soát · Xuất bởi Trần Thị Hoa lúc 28/11/2026 10:15");
  }

  static Manual manual(int n) {
    List<ProcedureSheet> ps = new ArrayList<>();
    List<Manual.MasterRow> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String code = String.format("QT-%03d/HT", i);
      String title = "Quy trình giải quyết thủ tục số " + i + " về hộ tịch";
      ps.add(
          sheet(
              code,
              title,
              8,
              i % 5 == 0 ? ProcedureSheet.Watermark.DRAFT : ProcedureSheet.Watermark.NONE,
              "Bản kiểm soát · Xuất bởi Trần Thị Hoa lúc 28/11/2026 10:15"));
      rows.add(new Manual.MasterRow(code, title, 2, LocalDate.of(2026, 11, 20)));
    }
    return new Manual(
        "UBND XÃ HÒA TIẾN",
        "Bộ phận Tư pháp - Hộ tịch",
        LocalDate.of(2026, 12, 1),
        "Trần Thị Hoa",
        rows,
        ps);
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  byte[] render(ProcedureSheet s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.procedure(s, out);
    return out.toByteArray();
  }

  byte[] render(Manual m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.manual(m, out);
    return out.toByteArray();
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static String pageText(PDDocument doc, int page) throws IOException {
    PDFTextStripper t = new PDFTextStripper();
    t.setSortByPosition(true);
    t.setStartPage(page);
    t.setEndPage(page);
    return nfc(t.getText(doc));
  }

  static List<String> pages(PDDocument doc) throws IOException {
    List<String> r = new ArrayList<>();
    for (int i = 1; i <= doc.getNumberOfPages(); i++) {
      r.add(pageText(doc, i));
    }
    return r;
  }

  /** The whole text in drawing order, whitespace (line breaks too) collapsed to one space. */
  static String flat(PDDocument doc) throws IOException {
    return nfc(new PDFTextStripper().getText(doc)).replaceAll("\\s+", " ");
  }

  static List<String> titles(PDOutlineNode node) {
    List<String> r = new ArrayList<>();
    for (PDOutlineItem it : node.children()) {
      r.add(it.getTitle());
      r.addAll(titles(it));
    }
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // procedure

  /** Issue 13, point 8: the wordings in force of what the legal basis cites, when asked for. */
  @Test
  void theLegalBasisCanPrintTheWordingInForceOfWhatItCites() throws IOException {
    ProcedureSheet s =
        sample()
            .withBasisWordings(
                List.of(
                    new ProcedureSheet.Quote(
                        "khoản 2 Điều 5 23/2015/NĐ-CP",
                        "Lời văn có hiệu lực ngày 01/03/2025, theo 07/2025/NĐ-CP (áp dụng từ"
                            + " 09/01/2025):",
                        List.of("2. Ủy ban nhân dân cấp xã:", "a) Chứng thực bản sao điện tử."))));
    try (PDDocument doc = Loader.loadPDF(render(s))) {
      String all = flat(doc);
      assertTrue(all.contains(nfc("Lời văn các điều, khoản được viện dẫn")), all);
      assertTrue(all.contains(nfc("khoản 2 Điều 5 23/2015/NĐ-CP")), all);
      assertTrue(all.contains(nfc("theo 07/2025/NĐ-CP")), all);
      assertTrue(all.contains(nfc("a) Chứng thực bản sao điện tử.")), all);
      assertTrue(
          all.indexOf(nfc("Lời văn các điều")) < all.indexOf(nfc("5.2 Yêu cầu, điều kiện")),
          "under the legal basis, before the next section");
    }
    try (PDDocument doc = Loader.loadPDF(render(sample()))) {
      assertFalse(flat(doc).contains(nfc("Lời văn các điều")), "not unless asked for");
    }
  }

  @Test
  void vietnameseTextHeadersAndPageCounts() throws IOException {
    try (PDDocument doc = Loader.loadPDF(render(sample()))) {
      int n = doc.getNumberOfPages();
      assertTrue(n >= 2 && n <= 6, "pages: " + n);
      List<String> pages = pages(doc);
      String all = flat(doc);
      for (String s :
          List.of(
              "Nội dung công việc",
              "Trách nhiệm",
              "Phê duyệt",
              "Soạn thảo",
              "Xem xét",
              "Trần Thị Hoa",
              "(ặ ế ỗ ữ)",
              "TRANG THEO DÕI SỬA ĐỔI TÀI LIỆU",
              "5.9 Quy trình xử lý công việc",
              "6. BIỂU MẪU",
              "7. HỒ SƠ CẦN LƯU",
              "Tổng thời gian",
              "0,5 ngày",
              "so với thời hạn theo quy định: 3 ngày làm việc",
              "VƯỢT THỜI HẠN",
              "Đã ký điện tử · SHA-256 70b1c2…")) {
        assertTrue(all.contains(nfc(s)), "missing: " + s);
      }
      assertTrue(pages.get(0).contains("Trang: 1/" + n), pages.get(0));
      for (int i = 0; i < n; i++) {
        String p = pages.get(i);
        assertTrue(p.contains("QT-01/HT"), "code on page " + (i + 1));
        assertTrue(p.contains("Trang: " + (i + 1) + "/" + n), "page no on page " + (i + 1));
        assertTrue(p.contains("QUY TRÌNH"), "header on page " + (i + 1));
        assertTrue(p.contains(nfc("UBND XÃ HÒA TIẾN")), "agency on page " + (i + 1));
        assertTrue(p.contains(nfc("Lần ban hành: 2")), "issue on page " + (i + 1));
        assertTrue(p.contains(nfc("Ngày ban hành: 20/11/2026")), "date on page " + (i + 1));
        assertTrue(
            p.contains("Bản kiểm soát · Xuất bởi Trần Thị Hoa"), "footer on page " + (i + 1));
      }
    }
  }

  @Test
  void bookmarksFontsAndWatermark() throws IOException {
    try (PDDocument doc = Loader.loadPDF(render(sample()))) {
      List<String> marks = titles(doc.getDocumentCatalog().getDocumentOutline());
      assertEquals(PdfRenderer.SECTIONS, marks);
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        int fonts = 0;
        for (COSName name : res.getFontNames()) {
          PDFont f = res.getFont(name);
          assertTrue(f.isEmbedded(), f.getName() + " not embedded");
          fonts++;
        }
        assertTrue(fonts > 0);
      }
      String all = String.join("", pages(doc)).replaceAll("\\s", "");
      assertTrue(all.contains("BẢNNHÁP"), "watermark on draft");
    }
    ProcedureSheet effective =
        sheet("QT-02/HT", "Hiệu lực", 5, ProcedureSheet.Watermark.NONE, null);
    try (PDDocument doc = Loader.loadPDF(render(effective))) {
      String all = String.join("", pages(doc)).replaceAll("\\s", "");
      assertFalse(all.contains("BẢNNHÁP"));
      assertFalse(all.contains("HẾTHIỆULỰC"));
      assertFalse(all.contains("Bản kiểm soát"));
    }
    ProcedureSheet obsolete = sheet("QT-03/HT", "Cũ", 5, ProcedureSheet.Watermark.OBSOLETE, null);
    try (PDDocument doc = Loader.loadPDF(render(obsolete))) {
      for (String p : pages(doc)) {
        assertTrue(p.replaceAll("\\s", "").contains("HẾTHIỆULỰC"));
      }
    }
  }

  @Test
  void stepTableHeaderRepeatsOnEveryPageItSpans() throws IOException {
    ProcedureSheet s = sheet("QT-80/HT", "Tám mươi bước", 80, ProcedureSheet.Watermark.NONE, null);
    try (PDDocument doc = Loader.loadPDF(render(s))) {
      List<String> pages = pages(doc);
      int firstStep = -1;
      int lastStep = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("B1 ") || pages.get(i).contains("B1\n")) {
          firstStep = firstStep < 0 ? i : firstStep;
        }
        if (pages.get(i).contains("B80")) {
          lastStep = i;
        }
      }
      assertTrue(firstStep >= 0 && lastStep > firstStep, "table spans pages");
      for (int i = firstStep; i <= lastStep; i++) {
        String p = pages.get(i);
        assertTrue(p.contains("Nội dung công việc"), "table header on page " + (i + 1));
        assertTrue(p.contains("Biểu mẫu/Kết quả") || p.contains("Biểu mẫu/Kết"), "page " + (i + 1));
      }
      assertTrue(pages.get(lastStep).contains("Tổng thời gian"));
    }
  }

  @Test
  void hostileTextDoesNotBreakRendering() throws IOException {
    String longWord = "Ữ".repeat(250) + "x".repeat(250);
    String hostile = "A\u0000B\u0007C\u202ED <b>&amp;</b> 😀 漢 \uD800 \r\nline2\tend\u200B";
    ProcedureSheet base = sample();
    List<ProcedureSheet.Step> steps = new ArrayList<>(base.steps());
    steps.add(new ProcedureSheet.Step(9, longWord, hostile, null, null));
    steps.add(new ProcedureSheet.Step(10, (longWord + " ").repeat(12), "x", BigDecimal.ONE, "y"));
    steps.add(null);
    ProcedureSheet s =
        new ProcedureSheet(
            hostile,
            longWord,
            longWord + " " + hostile,
            3,
            null,
            hostile,
            ProcedureSheet.Watermark.DRAFT,
            hostile,
            null,
            null,
            hostile,
            null,
            longWord,
            "",
            java.util.Arrays.asList("<b>&amp;</b>", null, "  "),
            hostile,
            null,
            null,
            null,
            null,
            null,
            null,
            steps,
            null,
            BigDecimal.TEN,
            null,
            null,
            List.of());
    byte[] pdf = assertDoesNotThrow(() -> render(s));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String all = flat(doc);
      assertTrue(all.contains("<b>&amp;</b>"));
      assertFalse(all.contains("\u0000"));
      assertFalse(all.contains("\u202E"));
      assertTrue(all.contains("ABCD"));
      assertTrue(all.contains("line2"));
    }
    // an empty sheet, a null sheet
    assertDoesNotThrow(() -> Loader.loadPDF(render((ProcedureSheet) null)).close());
    assertDoesNotThrow(
        () -> Loader.loadPDF(render(new Manual(null, null, null, null, null, null))).close());
    assertDoesNotThrow(() -> Loader.loadPDF(render((Manual) null)).close());
  }

  @Test
  void rowTallerThanAPageIsSplit() throws IOException {
    StringBuilder huge = new StringBuilder();
    for (int i = 1; i <= 1500; i++) {
      huge.append(String.format("đoạn%04d ", i));
    }
    List<ProcedureSheet.Step> steps =
        List.of(new ProcedureSheet.Step(1, huge.toString(), "CV", BigDecimal.ONE, "Kết quả"));
    ProcedureSheet s =
        new ProcedureSheet(
            "UBND",
            "QT-99/HT",
            "Hàng cao",
            1,
            null,
            null,
            ProcedureSheet.Watermark.NONE,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            steps,
            BigDecimal.ONE,
            null,
            null,
            null,
            List.of());
    try (PDDocument doc = Loader.loadPDF(render(s))) {
      assertTrue(doc.getNumberOfPages() >= 4, "pages " + doc.getNumberOfPages());
      String all = flat(doc);
      for (int i = 1; i <= 1500; i++) {
        assertTrue(all.contains(String.format("đoạn%04d", i)), "word " + i);
      }
      assertTrue(all.contains("Tổng thời gian"));
    }
  }

  @Test
  void glyphsAreActuallyDrawn() throws IOException {
    try (PDDocument doc = Loader.loadPDF(render(sample()))) {
      BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(1, 72);
      // the body text area, below the header box
      int dark = 0;
      for (int y = 150; y < 700; y++) {
        for (int x = 80; x < 540; x++) {
          int rgb = img.getRGB(x, y);
          int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
          if (lum < 3 * 100) {
            dark++;
          }
        }
      }
      assertTrue(dark > 2000, "dark pixels: " + dark);
    }
  }

  @Test
  void everyVietnameseLetterIsDrawnWithARealGlyph() throws IOException {
    String lower =
        "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ";
    String alphabet = lower + " " + lower.toUpperCase(java.util.Locale.ROOT);
    try (PDDocument doc =
        Loader.loadPDF(
            render(sheet("QT-AZ", alphabet, 2, ProcedureSheet.Watermark.NONE, "Bản kiểm soát")))) {
      List<String> drawn = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      PDFTextStripper glyphs =
          new PDFTextStripper() {
            @Override
            protected void writeString(
                String text, List<org.apache.pdfbox.text.TextPosition> positions) {
              for (org.apache.pdfbox.text.TextPosition p : positions) {
                drawn.add(nfc(p.getUnicode()));
                // Identity-H: the code is the glyph id, and glyph 0 is the .notdef box
                if (p.getCharacterCodes().length == 0 || p.getCharacterCodes()[0] == 0) {
                  missing.add(p.getUnicode());
                }
              }
            }
          };
      glyphs.setStartPage(1);
      glyphs.setEndPage(1);
      glyphs.getText(doc);
      assertEquals(List.of(), missing, "characters drawn as .notdef");
      for (String letter : nfc(alphabet).replace(" ", "").split("")) {
        assertTrue(drawn.contains(letter), "not drawn: " + letter);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // manual

  @Test
  void manualContentsPointToTheRightPages() throws IOException {
    Manual m = manual(12);
    try (PDDocument doc = Loader.loadPDF(render(m))) {
      List<String> pages = pages(doc);
      assertTrue(pages.get(0).contains("SỔ TAY QUY TRÌNH"));
      assertTrue(pages.get(0).contains("Áp dụng từ ngày 01/12/2026"));
      int toc = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("MỤC LỤC")) {
          toc = i;
          break;
        }
      }
      assertTrue(toc > 0);
      assertTrue(pages.get(1).contains("DANH MỤC TÀI LIỆU"));
      assertTrue(pages.get(1).contains("Tên tài liệu"));
      assertTrue(pages.get(1).contains("QT-012/HT"));
      for (ProcedureSheet s : m.procedures()) {
        Matcher mt =
            Pattern.compile(Pattern.quote(s.documentCode()) + ".*?\\.{3,}\\s*(\\d+)")
                .matcher(pages.get(toc));
        assertTrue(mt.find(), "contents line for " + s.documentCode());
        int no = Integer.parseInt(mt.group(1));
        String p = pages.get(no - 1);
        assertTrue(p.contains(s.documentCode()), s.documentCode() + " on page " + no);
        assertTrue(p.contains("Trang: 1/"), s.documentCode() + " starts on page " + no);
        assertFalse(
            pages.get(no - 2).contains("Mã hiệu: " + s.documentCode()),
            "the page before belongs to something else");
      }
      List<String> marks = titles(doc.getDocumentCatalog().getDocumentOutline());
      assertEquals("Bìa", marks.get(0));
      assertTrue(marks.contains("Danh mục tài liệu"));
      assertTrue(marks.contains("Mục lục"));
      assertTrue(marks.stream().anyMatch(t -> t.startsWith("QT-007/HT")));
      assertEquals(12 * 7, marks.stream().filter(t -> t.matches("\\d\\. .*")).count());
      // watermark only on the procedures that are drafts (every 5th)
      int draftPages = 0;
      for (String p : pages) {
        if (p.replaceAll("\\s", "").contains("BẢNNHÁP")) {
          draftPages++;
          assertTrue(p.contains("QT-005/HT") || p.contains("QT-010/HT"));
        }
      }
      assertTrue(draftPages >= 4);
    }
  }

  /** Its time is measured by the product bench (docs/benchmarks.md), not here. */
  @Test
  void aManualOf200ProceduresHasAnOutlineAndEveryPage() throws IOException {
    byte[] pdf = render(manual(200));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertNotNull(doc.getDocumentCatalog().getDocumentOutline());
      assertTrue(doc.getNumberOfPages() > 400, "pages " + doc.getNumberOfPages());
    }
  }
}
