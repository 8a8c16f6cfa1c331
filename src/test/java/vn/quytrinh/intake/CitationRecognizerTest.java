package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.text.Text;

class CitationRecognizerTest {

  final CitationRecognizer r = new CitationRecognizer();

  static CitationRecognizer.Law law(String number, String title, String from, String until) {
    LocalDate f = LocalDate.parse(from);
    return new CitationRecognizer.Law(
        number, title, f.minusMonths(6), f, until == null ? null : LocalDate.parse(until));
  }

  /** A registry holding these laws, asked by folded title as the application asks it. */
  static CitationRecognizer.Registry registry(CitationRecognizer.Law... held) {
    return titles ->
        java.util.Arrays.stream(held)
            .filter(l -> titles.contains(CitationRecognizer.blanksAsOne(Text.fold(l.title()))))
            .toList();
  }

  final CitationRecognizer.Registry laws =
      registry(law("60/2014/QH13", "Luật Hộ tịch", "2016-01-01", null));

  /** Each found citation as "number|article|clause|point" (SELF or UNREAD for those kinds). */
  List<String> found(String text) {
    return found(text, laws, null);
  }

  List<String> found(String text, CitationRecognizer.Registry registry, LocalDate on) {
    return r.find(text, registry, on).stream()
        .map(
            f ->
                (f.kind() == CitationRecognizer.Kind.CITATION
                        ? f.number() == null ? f.lawName() + " " + f.year() : f.number()
                        : f.kind().name())
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
    List<CitationRecognizer.Found> unknown = r.find("Luật Đất đai năm 2024", laws, null);
    assertEquals(1, unknown.size());
    assertEquals(null, unknown.get(0).number(), "never invented");
    assertEquals("Luật Đất đai", unknown.get(0).lawName());
    assertEquals(2024, unknown.get(0).year());
    assertEquals(List.of("60/2014/QH13|null|null|null"), found("Luật Hộ tịch số 60/2014/QH13"));
  }

  /**
   * Fuzz finding: "và0" (no blank before the stray digit) was read as a list, giving the article
   * "16 va0"; then the article next to the law's name alone was returned, half the list. A list one
   * of whose members cannot be read is now reported unread, whole.
   */
  @Test
  void aConnectorStuckToADigitMakesTheListUnread() {
    String text = "Điều 16 và0 Điều 17 Luật Hộ tịch năm 2014";
    assertEquals(List.of("UNREAD|null|null|null"), found(text));
    CitationRecognizer.Found f = r.find(text, laws, null).get(0);
    assertEquals(text, text.substring(f.start(), f.end()), "the whole list is reported");
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

  /** The recogniser reports every mention; the registry's reading gives each citation once. */
  @Test
  void theSameCitationTwiceIsEveryMentionButOneCitation() {
    String text = "Nghị định 23/2015/NĐ-CP; nghị định 23/2015/NĐ-CP";
    assertEquals(2, found(text).size());
    assertEquals(1, CitationText.withoutRegistry(text).citations().size());
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
    CitationRecognizer.Found f = r.find(balanced, laws, null).get(0);
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

  // --- issue 13, point 7: real legal prose ---

  final CitationRecognizer.Registry register =
      registry(
          law("60/2014/QH13", "Luật Hộ tịch", "2016-01-01", null),
          law("33/2005/QH11", "Bộ luật Dân sự", "2006-01-01", "2017-01-01"),
          law("91/2015/QH13", "Bộ luật Dân sự", "2017-01-01", null),
          law("52/2014/QH13", "Luật Hôn nhân và gia đình", "2015-01-01", null),
          law(
              "80/2015/QH13",
              "Luật Ban hành văn bản quy phạm pháp luật",
              "2016-07-01",
              "2025-04-01"),
          law("64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật", "2025-04-01", null),
          law("45/2013/QH13", "Luật Đất đai", "2014-07-01", null),
          law("31/2024/QH15", "Luật Đất đai", "2024-08-01", null),
          law(
              "46/2014/QH13",
              "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
              "2015-01-01",
              null),
          law(
              "51/2024/QH15",
              "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
              "2025-07-01",
              null),
          law("25/2008/QH12", "Luật Bảo hiểm y tế", "2009-07-01", null));

  static final LocalDate IN_2020 = LocalDate.of(2020, 3, 1);

  /** A law named without number or year is the one of that name in force on the text's date. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hợp đồng được giao kết theo Bộ luật dân sự thì có hiệu lực | 2020-03-01 | 91/2015/QH13",
        "Hợp đồng được giao kết theo Bộ luật dân sự thì có hiệu lực | 2010-03-01 | 33/2005/QH11",
        "việc kết hôn theo Luật hôn nhân và gia đình quy định | 2020-03-01 | 52/2014/QH13",
        "thẩm quyền đăng ký theo luật hộ tịch | 2020-03-01 | 60/2014/QH13",
        "Căn cứ Luật Đất đai; | 2024-05-01 | 45/2013/QH13",
        "Căn cứ Luật Đất đai; | 2024-09-01 | 31/2024/QH15",
        "trình tự theo Luật Ban hành văn bản quy phạm pháp luật và | 2025-06-01 | 64/2025/QH15"
      })
  void aLawNamedWithoutNumberOrYearIsTheOneInForceOnTheTextsDate(
      String text, String on, String number) {
    List<CitationRecognizer.Found> found = r.find(text, register, LocalDate.parse(on));
    assertEquals(1, found.size(), text);
    assertEquals(number, found.get(0).number(), text);
    String name = text.substring(found.get(0).start(), found.get(0).end());
    assertTrue(
        name.matches("(?iu)(bộ )?luật [\\p{L} ]+") && !name.endsWith(" "),
        "the name ends at its last word: " + name);
    assertTrue(
        List.of(
                "Bộ luật dân sự",
                "Luật hôn nhân và gia đình",
                "luật hộ tịch",
                "Luật Đất đai",
                "Luật Ban hành văn bản quy phạm pháp luật")
            .contains(name),
        name);
  }

  /** From NĐ 74/2025 and NĐ 08/2023: names closed by their date; an amending law by its own. */
  @Test
  void lawsNamedWithTheirDateInAPreamble() {
    String text =
        "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều"
            + " của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014 và Luật sửa đổi, bổ sung một số"
            + " điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm 2024;";
    assertEquals(
        List.of(
            "25/2008/QH12|null|null|null",
            "46/2014/QH13|null|null|null",
            "51/2024/QH15|null|null|null"),
        found(text, register, LocalDate.of(2025, 3, 31)));
    // an amending law the registry lacks is never the law it amends
    assertEquals(
        List.of(
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính"
                + " quyền địa phương 2019|null|null|null"),
        found(
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức"
                + " chính quyền địa phương ngày 22 tháng 11 năm 2019;",
            register,
            IN_2020));
    assertEquals(
        List.of("25/2008/QH12|null|null|null", "46/2014/QH13|null|null|null"),
        found(
            "Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008, đã được sửa đổi, bổ"
                + " sung bởi Luật số 46/2014/QH13",
            register,
            IN_2020));
  }

  /** NĐ 07/2025 (held out, missed on its first run): "Việt Nam" is no "năm" before "1.". */
  @Test
  void vietNamAtTheEndOfALineIsPartOfTheName() {
    CitationRecognizer.Registry nationality =
        registry(law("24/2008/QH12", "Luật Quốc tịch Việt Nam", "2009-07-01", null));
    assertEquals(
        List.of("16/2020/NĐ-CP|null|null|null", "24/2008/QH12|null|null|null"),
        found(
            "Nghị định số 16/2020/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật"
                + " Quốc tịch Việt Nam\n1. Sửa đổi, bổ sung khoản 1 Điều 10 như sau:",
            nationality,
            LocalDate.of(2025, 1, 9)));
    assertEquals(
        List.of("24/2008/QH12|null|null|null"),
        found("theo Luật Quốc tịch Việt Nam năm 2008", nationality, null),
        "\"năm 2008\" is its year");
  }

  /**
   * NĐ 168/2025 (held out, missed on its first run): two laws of one name passed in one year (Luật
   * Tổ chức chính quyền địa phương 65/2025 and 72/2025): the date written tells them apart.
   */
  @Test
  void twoLawsOfOneNameInOneYearAreToldApartByTheDateWritten() {
    CitationRecognizer.Registry local =
        titles ->
            java.util.stream.Stream.of(
                    new CitationRecognizer.Law(
                        "65/2025/QH15",
                        "Luật Tổ chức chính quyền địa phương",
                        LocalDate.of(2025, 2, 19),
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 6, 16)),
                    new CitationRecognizer.Law(
                        "72/2025/QH15",
                        "Luật Tổ chức chính quyền địa phương",
                        LocalDate.of(2025, 6, 16),
                        LocalDate.of(2025, 6, 16),
                        null))
                .filter(l -> titles.contains("luat to chuc chinh quyen dia phuong"))
                .toList();
    assertEquals(
        List.of("72/2025/QH15|null|null|null"),
        found(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            local,
            LocalDate.of(2025, 6, 30)));
    assertEquals(
        List.of("65/2025/QH15|null|null|null"),
        found(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
            local,
            LocalDate.of(2025, 6, 30)));
    assertEquals(
        List.of("Luật Tổ chức chính quyền địa phương 2025|null|null|null"),
        found("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;", local, null),
        "the year alone names two: none is guessed");
  }

  @Test
  void aNameTheRegistryDoesNotKnowIsNeverAnotherLaw() {
    assertEquals(List.of(), found("Căn cứ Luật Thanh niên;", register, IN_2020));
    assertEquals(
        List.of("60/2014/QH13|null|null|null"),
        found("Luật Hộ tịch, Luật Cư trú và", register, IN_2020),
        "a name ends where the registry's title ends");
    assertEquals(
        List.of("Luật Đất đai null|null|null|null"),
        found("Luật Đất đai", register, LocalDate.of(2013, 1, 1)),
        "none in force on the date: a law, named, that the registry cannot number");
    assertEquals(
        List.of(), found("các luật hộ tịch, pháp luật đất đai", register, IN_2020), "no name");
  }

  /** From NĐ 74/2025: "các khoản 1, 2, 3 và 4 Điều 2 Nghị định này". */
  @Test
  void referencesToTheTextItselfAreReturnedAsSuchAndTakeNothingFromTheNextDocument() {
    assertEquals(
        List.of("SELF|2|1|null", "SELF|2|2|null", "SELF|2|3|null", "SELF|2|4|null"),
        found("đối tượng quy định tại các khoản 1, 2, 3 và 4 Điều 2 Nghị định này."));
    assertEquals(
        List.of("SELF|3|1|null", "23/2015/NĐ-CP|null|null|null"),
        found("theo khoản 1 Điều 3 của Nghị định này và Nghị định số 23/2015/NĐ-CP"));
    assertEquals(
        List.of("SELF|null|2|null", "23/2015/NĐ-CP|null|null|null"),
        found("trường hợp quy định tại khoản 2 Điều này và Nghị định số 23/2015/NĐ-CP"));
    assertEquals(List.of("SELF|null|null|null"), found("Luật này có hiệu lực từ ngày"));
    assertEquals(List.of("SELF|null|null|a"), found("đối tượng tại điểm a khoản này được hưởng"));
  }

  @Test
  void rangesClausesWithALetterAndSymbolsWithASlash() {
    List<String> range = found("các quy định từ Điều 19 đến Điều 50 Luật Hộ tịch năm 2014");
    assertEquals(32, range.size());
    assertEquals("60/2014/QH13|19|null|null", range.get(0));
    assertEquals("60/2014/QH13|50|null|null", range.get(31));
    assertEquals(
        List.of("23/2015/NĐ-CP|5|1|null", "23/2015/NĐ-CP|5|2|null", "23/2015/NĐ-CP|5|3|null"),
        found("từ khoản 1 đến khoản 3 Điều 5 Nghị định 23/2015/NĐ-CP"));
    assertEquals(
        List.of("UNREAD|null|null|null"),
        found("từ Điều 50 đến Điều 19 Luật Hộ tịch năm 2014"),
        "a reversed range is read as nothing, not guessed");
    assertEquals(
        List.of("23/2015/NĐ-CP|5|3a|null", "23/2015/NĐ-CP|5|3a|b"),
        found("khoản 3a Điều 5 và điểm b khoản 3a Điều 5 Nghị định 23/2015/NĐ-CP").stream()
            .distinct()
            .toList());
    assertEquals(
        List.of("05/2010/TTLT-BTP-BNG-BCA|null|null|null"),
        found("Thông tư liên tịch số 05/2010/TTLT/BTP-BNG-BCA ngày 01/3/2010"));
  }

  @Test
  void aListOneOfWhoseMembersCannotBeReadIsUnreadWhole() {
    String text = "Nghị định số 23/2015/NĐ-CP, 45/2019 và Thông tư số 04/2020/TT-BTP";
    List<CitationRecognizer.Found> f = r.find(text, laws, null);
    assertEquals(1, f.size(), f::toString);
    assertEquals(CitationRecognizer.Kind.UNREAD, f.get(0).kind());
    assertEquals(
        "23/2015/NĐ-CP, 45/2019 và Thông tư số 04/2020/TT-BTP",
        text.substring(f.get(0).start(), f.get(0).end()));
    assertEquals(
        List.of("UNREAD|null|null|null"), found("các Nghị định số 23/2015/NĐ-CP và 45/2019."));
    assertEquals(
        List.of("23/2015/NĐ-CP|null|null|null", "04/2020/TT-BTP|null|null|null"),
        found("Nghị định số 23/2015/NĐ-CP ngày 16/02/2015, Thông tư số 04/2020/TT-BTP"),
        "a date is no member");
  }

  /** Positions point into the caller's own string: decomposed accents, blanks in front. */
  @Test
  void positionsPointIntoTheCallersStringAlsoWhenDecomposed() {
    String nfc = "  Căn cứ khoản 2 Điều 5 Nghị định số 23/2015/NĐ-CP;\r\n- Luật Hộ tịch năm 2014";
    String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
    assertTrue(nfd.length() > nfc.length());
    for (String text : List.of(nfc, nfd)) {
      List<CitationRecognizer.Found> f = r.find(text, laws, null);
      assertEquals(2, f.size(), text);
      assertEquals(
          "khoản 2 Điều 5 Nghị định số 23/2015/NĐ-CP",
          java.text.Normalizer.normalize(
              text.substring(f.get(0).start(), f.get(0).end()), java.text.Normalizer.Form.NFC));
      assertEquals(
          "Luật Hộ tịch năm 2014",
          java.text.Normalizer.normalize(
              text.substring(f.get(1).start(), f.get(1).end()), java.text.Normalizer.Form.NFC));
      assertEquals("5", f.get(0).article());
      assertEquals("2", f.get(0).clause());
    }
  }

  @Test
  void inputOverTheLimitIsRefusedNotCut() {
    String text = "Nghị định số 23/2015/NĐ-CP ".repeat(CitationRecognizer.MAX_CHARS / 27 + 1);
    assertTrue(text.length() > CitationRecognizer.MAX_CHARS);
    ProblemException e = assertThrows(ProblemException.class, () -> r.find(text, laws, null));
    assertEquals(413, e.status());
    assertEquals(1, r.find(text.substring(0, 27), laws, null).size(), "under the limit it reads");
  }
}
