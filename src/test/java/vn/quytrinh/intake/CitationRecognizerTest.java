package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationRecognizerTest {

  final CitationRecognizer r = new CitationRecognizer();
  final CitationRecognizer.Registry laws =
      (name, year) ->
          name.equals("Luật Hộ tịch") && Integer.valueOf(2014).equals(year)
              ? Optional.of("60/2014/QH13")
              : Optional.empty();

  /** Each found citation as "number|article|clause|point". */
  List<String> found(String text) {
    return r.find(text, laws).stream()
        .map(
            f ->
                (f.number() == null ? f.lawName() + " " + f.year() : f.number())
                    + "|"
                    + f.article()
                    + "|"
                    + f.clause()
                    + "|"
                    + f.point())
        .toList();
  }

  @Test
  void aDecreeWithItsDateAndIssuer() {
    assertEquals(
        List.of("123/2015/NĐ-CP|null|null|null"),
        found("Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ"));
  }

  @Test
  void articlesAndClausesInFront() {
    assertEquals(
        List.of("23/2015/NĐ-CP|5|null|null", "23/2015/NĐ-CP|17|2|null"),
        found("Điều 5, Khoản 2 Điều 17 Nghị định 23/2015/NĐ-CP"));
    assertEquals(
        List.of("123/2015/NĐ-CP|35|2|a"), found("Điểm a Khoản 2 Điều 35 Nghị định 123/2015/NĐ-CP"));
    assertEquals(
        List.of("04/2020/TT-BTP|9|1|null", "04/2020/TT-BTP|9|2|null"),
        found("khoản 1, 2 Điều 9 Thông tư 04/2020/TT-BTP"));
  }

  @Test
  void lawsByNameResolveOnlyThroughTheRegistry() {
    assertEquals(
        List.of("60/2014/QH13|16|null|null", "60/2014/QH13|17|null|null"),
        found("Điều 16 và Điều 17 Luật Hộ tịch năm 2014"));
    assertEquals(List.of("60/2014/QH13|null|null|null"), found("- Luật Hộ tịch năm 2014;"));
    assertEquals(List.of("60/2014/QH13|null|null|null"), found("Luật Hộ tịch 2014"));
    List<CitationRecognizer.Found> unknown = r.find("Luật Đất đai năm 2024", laws);
    assertEquals(1, unknown.size());
    assertEquals(null, unknown.get(0).number(), "never invented");
    assertEquals("Luật Đất đai", unknown.get(0).lawName());
    assertEquals(2024, unknown.get(0).year());
    assertEquals(List.of("60/2014/QH13|null|null|null"), found("Luật Hộ tịch số 60/2014/QH13"));
  }

  /**
   * Fuzz finding: "và0" (no blank before the stray digit) was read as a list, giving the article
   * "16 va0". A connector is a word of its own; what it cannot join is not guessed, so only the
   * article next to the law's name is read.
   */
  @Test
  void aConnectorStuckToADigitJoinsNothing() {
    assertEquals(
        List.of("60/2014/QH13|17|null|null"), found("Điều 16 và0 Điều 17 Luật Hộ tịch năm 2014"));
    assertEquals(
        List.of("60/2014/QH13|5|null|null"), found("khoản 1 và0 Điều 5 Luật Hộ tịch năm 2014"));
    assertEquals(
        List.of("60/2014/QH13|16|null|null", "60/2014/QH13|17|null|null"),
        found("Điều 16,17 Luật Hộ tịch năm 2014"));
  }

  @Test
  void administrativeNumbersWithoutAYear() {
    assertEquals(
        List.of("3218/QĐ-UBND|null|null|null"),
        found("Quyết định số 3218/QĐ-UBND ngày 12/10/2023 của UBND tỉnh"));
    assertEquals(List.of("8753/UBND-SKHCN|null|null|null"), found("Công văn 8753/UBND-SKHCN"));
  }

  @Test
  void anAmendingDecreeAndTheArticlesItAmends() {
    assertEquals(
        List.of(
            "07/2025/NĐ-CP|null|null|null",
            "23/2015/NĐ-CP|5|null|null",
            "23/2015/NĐ-CP|17|null|null",
            "23/2015/NĐ-CP|24|null|null"),
        found(
            "Nghị định 07/2025/NĐ-CP sửa đổi, bổ sung Điều 5, 17, 24 của Nghị định 23/2015/NĐ-CP"));
  }

  @Test
  void listsLineBreaksSpacingAndNoDiacritics() {
    String text =
        "Căn cứ pháp lý:\n- Luật Hộ tịch năm 2014;\n+ Nghị định số 123 / 2015 / NĐ-CP;\n• Thông tư 04/2020/TT-BTP (hướng dẫn).\nNghi dinh so 23/2015/ND-CP";
    assertEquals(
        List.of(
            "60/2014/QH13|null|null|null",
            "123/2015/NĐ-CP|null|null|null",
            "04/2020/TT-BTP|null|null|null",
            "23/2015/ND-CP|null|null|null"),
        found(text));
  }

  @Test
  void dashesAndLookAlikesOfĐInsideANumber() {
    for (String text :
        List.of(
            "Nghị định 23/2015/NĐ–CP", // en dash
            "Nghị định 23/2015/NĐ—CP", // em dash
            "Nghị định 23/2015/NĐ−CP", // minus sign
            "Nghị định 23/2015/N\u00D0-CP", // Ð, eth
            "Nghị định 23/2015/N\u00D0\u2013CP")) {
      assertEquals(List.of("23/2015/NĐ-CP|null|null|null"), found(text), text);
    }
    assertEquals(List.of("3218/QĐ-UBND|null|null|null"), found("Quyết định 3218/Q\u00D0–UBND"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "điểm a, b khoản 1 Điều 5 | 5/1/a 5/1/b",
        "điểm a và b khoản 1 Điều 5 | 5/1/a 5/1/b",
        "điểm a khoản 1 và khoản 2 Điều 5 | 5/1/a 5/2/null",
        "điểm a khoản 1, điểm c khoản 2 Điều 5 | 5/1/a 5/2/c",
        "điểm đ Điều 5 | 5/null/đ"
      })
  void severalPointsAndClausesWithTheirOwnPoints(String parts, String expected) {
    List<String> want =
        java.util.Arrays.stream(expected.split(" "))
            .map(x -> "23/2015/NĐ-CP|" + x.replace('/', '|'))
            .toList();
    assertEquals(want, found(parts + " Nghị định 23/2015/NĐ-CP"), parts);
  }

  @Test
  void symbolsWithAYearNameAKnownTypeOfDocument() {
    assertEquals(List.of(), found("Giấy biên nhận số 123/2024/BN ngày 02/01/2024"));
    assertEquals(List.of(), found("Phiếu 45/2023/PTN-UBND"));
    assertEquals(
        List.of(
            "12/2020/TTLT-BTC-BTP|null|null|null",
            "25/2021/QĐ-UBND|null|null|null",
            "10/2019/NQ-HĐND|null|null|null",
            "59/2020/QH14|null|null|null"),
        found(
            "Thông tư liên tịch 12/2020/TTLT-BTC-BTP; Quyết định 25/2021/QĐ-UBND; Nghị quyết"
                + " 10/2019/NQ-HĐND; Luật Doanh nghiệp số 59/2020/QH14"));
  }

  @Test
  void wordsAfterLuậtThatNameNoLaw() {
    assertEquals(List.of(), found("Văn phòng Luật sư năm 2014 tư vấn"));
    assertEquals(List.of(), found("theo luật pháp năm 2020"));
    assertEquals(List.of(), found("các luật hiện hành năm 2020"));
    assertEquals(List.of("Luật Luật sư 2012|null|null|null"), found("Luật Luật sư năm 2012"));
  }

  @Test
  void theSameCitationTwiceIsReportedOnce() {
    assertEquals(1, found("Nghị định 23/2015/NĐ-CP; nghị định 23/2015/NĐ-CP").size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ngày 15/11/2015",
        "1/2 ngày",
        "Điện thoại 0221.3862.123",
        "TTHC 1.001193 và 2.000815.000.00.00.H55",
        "Quy trình QT-01/HT",
        "2.000 đồng/trang",
        "Trang 1/5",
        "Mẫu 01/TP-HT",
        "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html",
        "Điều 5",
        "số 123"
      })
  void nearMissesAreNotCitations(String text) {
    assertEquals(List.of(), found(text), text);
  }

  /**
   * Fuzz finding: characters that fold to more letters (a Hangul syllable: three) and others that
   * fold to none (combining marks with no letter to sit on) evened out, so the folded text had the
   * original's length but not its positions: the law's name was read two letters off ("ật Hộ tịch
   * năm 20") and asked of the registry. And a text whose lengths did not even out was not read at
   * all. Every character now folds to exactly one.
   */
  @Test
  void charactersThatFoldToMoreOrFewerLettersKeepEveryPosition() {
    String balanced = "뺭 Điều 17 Luật Hộ tịch năm 2014; x\u0301\u0302";
    assertEquals(List.of("60/2014/QH13|17|null|null"), found(balanced));
    CitationRecognizer.Found f = r.find(balanced, laws).get(0);
    assertEquals("Luật Hộ tịch", f.lawName());
    assertTrue(
        balanced.substring(f.start(), f.end()).startsWith("Điều 17 Luật Hộ tịch"),
        balanced.substring(f.start(), f.end()));
    assertEquals(
        List.of("60/2014/QH13|17|null|null"),
        found("뺭 Điều 17 Luật Hộ tịch năm 2014"),
        "a Hangul syllable before the citation no longer hides it");
    assertEquals(
        List.of("23/2015/NĐ-CP|5|null|null"),
        found("x\u0301 Điều 5 Nghị định số 23/2015/NĐ-CP"),
        "nor a lone combining mark");
  }

  @Test
  void nullEmptyAndAdversarialInputsFindNoCitation() {
    assertEquals(List.of(), r.find(null));
    assertEquals(List.of(), r.find(""));
    String adversarial =
        "Điều 1, 2, 3, 4, 5 và ".repeat(5_000)
            + "khoản 1 khoản 2 ".repeat(5_000)
            + "/ / - ".repeat(10_000);
    assertTrue(r.find(adversarial).isEmpty());
  }
}
