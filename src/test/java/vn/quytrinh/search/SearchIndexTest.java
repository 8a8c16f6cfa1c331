package vn.quytrinh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchIndexTest {

  static final SearchIndex.Scope EVERYTHING = new SearchIndex.Scope(true, Set.of(), null);

  SearchIndex index;

  @BeforeEach
  void fill() {
    index = new SearchIndex(new ByteBuffersDirectory());
    index.upsert(
        new SearchEntry(
            "tthc",
            "2.000815",
            "2.000815",
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
            null,
            null,
            true,
            List.of("2.000815"),
            "Lĩnh vực chứng thực. Phí 2.000 đồng/trang.",
            ""));
    index.upsert(
        new SearchEntry(
            "legal",
            "7",
            "23/2015/NĐ-CP",
            "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký",
            null,
            "NGHI_DINH",
            true,
            List.of("23/2015/NĐ-CP"),
            "Nghị định 23/2015/NĐ-CP của Chính phủ",
            ""));
    index.upsert(
        new SearchEntry(
            "document",
            "100",
            "QT-02/CT",
            "Quy trình chứng thực bản sao",
            "XA-A",
            "PROCEDURE",
            true,
            List.of("QT-02/CT", "2.000815"),
            "Mục đích: quy định trình tự chứng thực. Căn cứ Nghị định 23/2015/NĐ-CP, giấy phép xây dựng không áp dụng.",
            "Dự thảo sửa đổi: bổ sung bước thẩm định nội bộ"));
    index.upsert(
        new SearchEntry(
            "document",
            "101",
            "QT-09/XD",
            "Quy trình cấp giấy phép xây dựng",
            "XA-B",
            "PROCEDURE",
            false,
            List.of("QT-09/XD"),
            "",
            "Dự thảo: cấp giấy phép xây dựng nhà ở riêng lẻ; đăng ký đất đai"));
    index.commit(42);
  }

  /** Issue 13, point 1: a legal document is found by the words of its stored articles. */
  @Test
  void aLegalDocumentIsFoundByTheWordsOfItsArticles() {
    vn.quytrinh.legal.LegalDocument tt38 =
        new vn.quytrinh.legal.LegalDocument(
            vn.quytrinh.legal.LegalDocumentNumber.parse("38/2018/TT-BTC"),
            new vn.quytrinh.legal.LegalDocument.Details(
                vn.quytrinh.legal.LegalDocumentType.THONG_TU,
                "Bộ Tài chính",
                "Quy định về xác định xuất xứ hàng hóa xuất khẩu, nhập khẩu",
                java.time.LocalDate.of(2018, 4, 20),
                java.time.LocalDate.of(2018, 6, 5),
                null),
            "tk",
            java.time.Instant.EPOCH);
    SearchIndex.Scope everything = new SearchIndex.Scope(true, Set.of(), null);
    index.upsert(Entries.of(tt38));
    index.commit(43);
    assertEquals(
        0, index.search("catalogue hinh anh", "legal", null, everything, 0, 5).hits().size());
    index.upsert(
        Entries.of(
            tt38,
            "Điều 3. Hồ sơ đề nghị xác định trước xuất xứ\nd) Catalogue hoặc hình ảnh hàng hóa"));
    index.commit(44);
    List<SearchIndex.Hit> hits =
        index.search("catalogue hinh anh", "legal", null, everything, 0, 5).hits();
    assertEquals(1, hits.size());
    assertEquals("38/2018/TT-BTC", hits.get(0).code());
    assertTrue(hits.get(0).snippet().contains("Catalogue"), hits.get(0).snippet());
  }

  @AfterEach
  void close() {
    index.close();
  }

  List<String> ids(String q, SearchIndex.Scope scope) {
    return index.search(q, null, null, scope, 0, 20).hits().stream()
        .map(h -> h.type() + ":" + h.id())
        .toList();
  }

  @ParameterizedTest
  @CsvSource({
    "chung thuc ban sao, document:100",
    "CHỨNG THỰC BẢN SAO, document:100",
    "giay phep xay dung, document:101",
    "đăng ký đất đai, document:101",
    "dang ky dat dai, document:101",
    "DANG KY DAT DAI, document:101"
  })
  void foldsDiacriticsCaseAndD(String q, String expected) {
    assertTrue(ids(q, EVERYTHING).contains(expected), q + " → " + ids(q, EVERYTHING));
  }

  @Test
  void everyToneMarkFoldsOnEveryVowel() {
    // each vowel with its five tones is its own entry, found by the bare letters alone
    String[][] groups = {
      {"àáảãạ", "aaaaa"}, {"ằắẳẵặ", "aaaaa"}, {"ầấẩẫậ", "aaaaa"}, {"èéẻẽẹ", "eeeee"},
      {"ềếểễệ", "eeeee"}, {"ìíỉĩị", "iiiii"}, {"òóỏõọ", "ooooo"}, {"ồốổỗộ", "ooooo"},
      {"ờớởỡợ", "ooooo"}, {"ùúủũụ", "uuuuu"}, {"ừứửữự", "uuuuu"}, {"ỳýỷỹỵ", "yyyyy"},
      {"đĐđ", "ddd"}, {"ĂÂÊÔƠƯ", "aaeoou"}
    };
    for (int i = 0; i < groups.length; i++) {
      index.upsert(
          new SearchEntry(
              "legal",
              "g" + i,
              i + "/2020/TT-X",
              "Kiểm tra",
              null,
              null,
              true,
              List.of(),
              groups[i][0],
              ""));
    }
    index.commit(43);
    for (int i = 0; i < groups.length; i++) {
      List<String> found = ids(groups[i][1], EVERYTHING);
      assertTrue(
          found.contains("legal:g" + i), groups[i][0] + " by " + groups[i][1] + ": " + found);
    }
  }

  @Test
  void aDraftsTextIsFoundOnlyByThoseWhoMayReadDrafts() {
    SearchIndex.Scope readerOfA = new SearchIndex.Scope(false, Set.of("XA-A"), Set.of());
    SearchIndex.Scope workerOfA = new SearchIndex.Scope(false, Set.of("XA-A"), Set.of("XA-A"));
    SearchIndex.Scope admin = new SearchIndex.Scope(true, Set.of(), Set.of());
    assertEquals(List.of(), ids("tham dinh noi bo", readerOfA), "the draft's words stay hidden");
    assertEquals(List.of(), ids("tham dinh noi bo", admin), "no drafts for who reads no work");
    assertEquals(List.of("document:100"), ids("tham dinh noi bo", workerOfA));
    assertEquals(List.of("document:100"), ids("tham dinh noi bo", EVERYTHING));
    SearchIndex.Hit seen =
        index.search("chung thuc", "document", null, readerOfA, 0, 5).hits().get(0);
    assertFalse(seen.snippet().contains("thẩm định"), seen.snippet());
    SearchIndex.Hit worked =
        index.search("tham dinh", "document", null, workerOfA, 0, 5).hits().get(0);
    assertTrue(worked.snippet().contains("<mark>thẩm</mark>"), worked.snippet());
  }

  @Test
  void pagesAndTotalsStayExactPastAThousandMatches() {
    for (int i = 0; i < 1500; i++) {
      index.upsert(
          new SearchEntry(
              "tthc",
              "1." + (100000 + i),
              "1." + (100000 + i),
              "Đăng ký hộ kinh doanh " + i,
              null,
              null,
              true,
              List.of("1." + (100000 + i)),
              "Lĩnh vực thành lập",
              ""));
    }
    index.commit(45);
    SearchIndex.Result first = index.search("ho kinh doanh", "tthc", null, EVERYTHING, 0, 20);
    SearchIndex.Result last = index.search("ho kinh doanh", "tthc", null, EVERYTHING, 1480, 20);
    assertEquals(1500, first.total());
    assertEquals(20, first.hits().size());
    assertEquals(20, last.hits().size());
    assertTrue(
        first.hits().stream()
            .map(SearchIndex.Hit::id)
            .noneMatch(id -> last.hits().stream().anyMatch(h -> h.id().equals(id))),
        "pages do not overlap");
  }

  @Test
  void exactCodesAndNumbersRankFirst() {
    assertEquals("tthc:2.000815", ids("2.000815", EVERYTHING).get(0));
    assertEquals("legal:7", ids("23/2015", EVERYTHING).get(0));
    assertEquals("legal:7", ids("số 23/2015/ND-CP", EVERYTHING).get(0));
    assertEquals("document:100", ids("qt-02/ct", EVERYTHING).get(0));
  }

  @Test
  void resultsHonourTheCallersUnits() {
    SearchIndex.Scope readerOfA = new SearchIndex.Scope(false, Set.of("XA-A"), Set.of());
    SearchIndex.Scope workerOfB = new SearchIndex.Scope(false, Set.of("XA-B"), Set.of("XA-B"));
    SearchIndex.Scope readerOfB = new SearchIndex.Scope(false, Set.of("XA-B"), Set.of());
    assertEquals(
        List.of("document:100"),
        ids("chung thuc ban sao", readerOfA).stream()
            .filter(i -> i.startsWith("document"))
            .toList());
    assertTrue(
        ids("giay phep xay dung", readerOfA).stream().noneMatch(i -> i.equals("document:101")),
        "another unit's");
    assertTrue(ids("giay phep xay dung", workerOfB).contains("document:101"));
    assertTrue(
        ids("giay phep xay dung", readerOfB).stream().noneMatch(i -> i.equals("document:101")),
        "a draft");
    assertTrue(ids("chung thuc", readerOfB).contains("tthc:2.000815"), "TTHC are shared");
  }

  @Test
  void theSnippetMarksTheMatchInTheOriginalText() {
    SearchIndex.Hit hit =
        index.search("giay phep", "document", null, EVERYTHING, 0, 5).hits().get(0);
    assertTrue(hit.snippet().contains("<mark>giấy</mark>"), hit.snippet());
  }

  @Test
  void filtersPagesAndRemembersWhereItFollowed() {
    assertEquals(
        List.of("tthc:2.000815"),
        ids("chung thuc", EVERYTHING).stream().filter(i -> i.startsWith("tthc")).toList());
    assertEquals(1, index.search("chung thuc", "legal", null, EVERYTHING, 0, 10).hits().size());
    assertEquals(
        1, index.search("chung thuc", "document", "XA-A", EVERYTHING, 0, 10).hits().size());
    assertEquals(42, index.lastSeq());
    index.delete("document", "100");
    index.commit(44);
    assertEquals(0, index.search("chung thuc", "document", null, EVERYTHING, 0, 10).hits().size());
    assertEquals(44, index.lastSeq());
  }
}
