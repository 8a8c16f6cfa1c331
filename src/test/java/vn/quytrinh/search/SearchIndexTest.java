package vn.quytrinh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            "Lĩnh vực chứng thực. Phí 2.000 đồng/trang."));
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
            "Nghị định 23/2015/NĐ-CP của Chính phủ"));
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
            "Mục đích: quy định trình tự chứng thực. Căn cứ Nghị định 23/2015/NĐ-CP, giấy phép xây dựng không áp dụng."));
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
            "Dự thảo: cấp giấy phép xây dựng nhà ở riêng lẻ; đăng ký đất đai"));
    index.commit(42);
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
    String vowels = "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ đĐ";
    index.upsert(
        new SearchEntry(
            "legal", "99", "1/2020/TT-X", "Kiểm tra", null, null, true, List.of(), vowels));
    index.commit(43);
    assertEquals(
        List.of("legal:99"),
        ids(
            "aaaaa aaaaa aaaaa eeeee eeeee iiiii ooooo ooooo ooooo uuuuu uuuuu yyyyy dd",
            EVERYTHING));
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
