package vn.quytrinh.legal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.text.LegalText.Article;
import vn.quytrinh.legal.text.LegalText.Level;
import vn.quytrinh.legal.text.ParseIssue.Kind;
import vn.quytrinh.platform.problem.PayloadTooLarge;

class LegalTextParserTest {

  final LegalTextParser parser = new LegalTextParser();

  static final String SMALL =
      """
      NGHỊ ĐỊNH
      Quy định chi tiết một số điều
      Căn cứ Luật Tổ chức Chính phủ;
      Phần thứ nhất
      NHỮNG QUY ĐỊNH CHUNG
      Chương I
      QUY ĐỊNH CHUNG
      Mục 1. PHẠM VI
      Điều 1. Phạm vi điều chỉnh
      Nghị định này quy định chi tiết.
      Điều 35. Hồ sơ
      1. Hồ sơ gồm:
      a) Tờ khai;
      đ) Giấy tờ khác;
      đ1) Bản sao điện tử;
      b.2) Bản chụp;
      3a. Thời hạn giải quyết
      là 05 ngày làm việc.
      Chương II
      TỔ CHỨC THỰC HIỆN
      Điều 35a: Hiệu lực thi hành
      Nghị định này có hiệu lực từ ngày ký./.
      TM. CHÍNH PHỦ
      THỦ TƯỚNG
      """;

  @Test
  void divisionsArticlesClausesAndPointsAsTheLawWritesThem() {
    LegalText t = parser.parse(SMALL);
    assertEquals(List.of("1", "35", "35a"), t.articles().stream().map(Article::number).toList());
    assertEquals(
        List.of(Level.PART, Level.CHAPTER, Level.SECTION, Level.CHAPTER),
        t.divisions().stream().map(LegalText.Division::level).toList());
    assertEquals("NHỮNG QUY ĐỊNH CHUNG", t.divisions().get(0).title());
    assertEquals("PHẠM VI", t.divisions().get(2).title());
    Article a35 = t.article("35").orElseThrow();
    assertEquals("Hồ sơ", a35.title());
    assertEquals(List.of("1", "3a"), a35.clauses().stream().map(LegalText.Clause::number).toList());
    assertEquals(
        List.of("a", "đ", "đ1"),
        a35.clause("1").orElseThrow().points().stream()
            .map(LegalText.Point::label)
            .toList()
            .subList(0, 3));
    assertEquals(
        "Thời hạn giải quyết\nlà 05 ngày làm việc.", a35.clause("3a").orElseThrow().text());
    assertEquals("Hiệu lực thi hành", t.article("35a").orElseThrow().title());
    assertEquals("TỔ CHỨC THỰC HIỆN", t.article("35a").orElseThrow().within().get(1).title());
    assertEquals(List.of("TM. CHÍNH PHỦ", "THỦ TƯỚNG"), t.closing());
    assertEquals(3, t.preamble().size());
  }

  @Test
  void whatDoesNotFitItsNumberingIsNamedInTheReportAndKeptAsText() {
    LegalText t =
        parser.parse(
            """
            1. Trước điều đầu tiên
            Điều 1. Một
            a) Điểm không có khoản
            2. Khoản hai
            1. Khoản một sau khoản hai
            b) Điểm b
            a) Điểm a sau điểm b
            Điều 1. Lại điều một
            """);
    assertEquals(
        List.of(
            Kind.BEFORE_FIRST_ARTICLE,
            Kind.POINT_WITHOUT_CLAUSE,
            Kind.CLAUSE_OUT_OF_ORDER,
            Kind.POINT_OUT_OF_ORDER,
            Kind.DUPLICATE_ARTICLE),
        t.report().stream().map(ParseIssue::kind).toList());
    Article one = t.article("1").orElseThrow();
    assertEquals("a) Điểm không có khoản", one.intro());
    assertTrue(one.clause("2").orElseThrow().text().contains("1. Khoản một sau khoản hai"));
    assertTrue(
        one.clause("2").orElseThrow().point("b").orElseThrow().text().contains("Điều 1. Lại"));
    assertEquals(1, t.articles().size());
    assertTrue(t.report().get(0).message().in(java.util.Locale.ENGLISH).contains("Line 1"));
  }

  @Test
  void quotedNewWordingStaysTextOfTheClauseThatQuotesIt() {
    LegalText t =
        parser.parse(
            """
            Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP
            1. Sửa đổi, bổ sung Điều 5 như sau:
            “Điều 5. Thẩm quyền
            1. Phòng Tư pháp cấp huyện.
            2. Ủy ban nhân dân cấp xã.”
            2. Bãi bỏ khoản 3 Điều 7.
            Điều 2. Hiệu lực thi hành
            """);
    assertEquals(List.of("1", "2"), t.articles().stream().map(Article::number).toList());
    assertEquals(
        List.of("1", "2"),
        t.article("1").orElseThrow().clauses().stream().map(LegalText.Clause::number).toList());
    assertTrue(t.article("1").orElseThrow().clause("1").orElseThrow().text().contains("Điều 5."));
    assertEquals(List.of(), t.report());
  }

  @Test
  void anUnclosedQuotationIsReported() {
    LegalText t = parser.parse("Điều 1. A\n1. Sửa đổi khoản 1 như sau:\n“1. Mới\nĐiều 2. B\n");
    assertEquals(List.of(Kind.UNCLOSED_QUOTE), t.report().stream().map(ParseIssue::kind).toList());
    assertEquals(3, t.report().get(0).line());
  }

  @Test
  void decomposedAccentsAndWebCopyPrefixesReadTheSame() {
    String decomposed = java.text.Normalizer.normalize(SMALL, java.text.Normalizer.Form.NFD);
    assertEquals(parser.parse(SMALL).articles(), parser.parse(decomposed).articles());
    LegalText t = parser.parse("Nghị định 310/2025/NĐ-CP. Điều 1. Phạm vi\n1. Một.\n");
    assertEquals("Phạm vi", t.article("1").orElseThrow().title());
  }

  @Test
  void aTextOverTheLimitIsRefusedNotCut() {
    String big = "a".repeat(LegalTextParser.MAX_CHARS + 1);
    PayloadTooLarge e = assertThrows(PayloadTooLarge.class, () -> parser.parse(big));
    assertEquals(413, e.status());
    assertThrows(
        PayloadTooLarge.class,
        () ->
            parser.parse(
                List.of(
                    "a".repeat(LegalTextParser.MAX_CHARS / 2),
                    "b".repeat(LegalTextParser.MAX_CHARS / 2 + 1))));
    assertEquals(1, parser.parse("Điều 1. A\n" + "x".repeat(1000)).articles().size());
  }

  @Test
  void theSharedRealTextsParseWithTheirArticles() {
    LegalText nd104 = parser.parse(AmendmentMeasurementTest.read("texts/nd104_2024.txt"));
    assertEquals(27, nd104.articles().size());
    assertTrue(nd104.article("27").isPresent());
    assertEquals(List.of(), nd104.report());
    LegalText tt101 = parser.parse(AmendmentMeasurementTest.read("texts/tt101_2018.txt"));
    assertEquals(23, tt101.articles().size());
    // the Gazette copy has two points "đ)" in a row: the second is named, not swallowed
    assertEquals(
        List.of(Kind.POINT_OUT_OF_ORDER), tt101.report().stream().map(ParseIssue::kind).toList());
  }
}
