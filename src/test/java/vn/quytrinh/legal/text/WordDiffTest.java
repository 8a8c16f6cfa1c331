package vn.quytrinh.legal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.text.WordDiff.Line;
import vn.quytrinh.legal.text.WordDiff.Mark;
import vn.quytrinh.legal.text.WordDiff.Segment;
import vn.quytrinh.legal.text.WordDiff.Sides;

class WordDiffTest {

  /** A line written with its marks: [-removed-] and {+added+}. */
  static String marked(Line l) {
    StringBuilder b = new StringBuilder();
    for (Segment s : l.segments()) {
      switch (s.mark()) {
        case SAME -> b.append(s.text());
        case REMOVED -> b.append("[-").append(s.text()).append("-]");
        case ADDED -> b.append("{+").append(s.text()).append("+}");
      }
    }
    return b.toString();
  }

  static List<String> marked(List<Line> lines) {
    return lines.stream().map(WordDiffTest::marked).toList();
  }

  @Test
  void theSameWordingHasNoMark() {
    Sides s =
        WordDiff.of(
            List.of("1. Hồ sơ gồm:", "a) Tờ khai;"), List.of("1. Hồ sơ gồm:", "a) Tờ khai;"));
    assertFalse(s.changed());
    assertEquals(List.of("1. Hồ sơ gồm:", "a) Tờ khai;"), marked(s.before()));
    assertEquals(List.of("1. Hồ sơ gồm:", "a) Tờ khai;"), marked(s.after()));
    assertTrue(s.compared());
  }

  @Test
  void aWordReplacedIsRemovedOnOneSideAndAddedOnTheOther() {
    Sides s =
        WordDiff.of(
            List.of("Thời hạn giải quyết là 05 ngày làm việc."),
            List.of("Thời hạn giải quyết là 03 ngày làm việc."));
    assertEquals(List.of("Thời hạn giải quyết là [-05-] ngày làm việc."), marked(s.before()));
    assertEquals(List.of("Thời hạn giải quyết là {+03+} ngày làm việc."), marked(s.after()));
  }

  @Test
  void vietnameseWordsDifferByTheirDiacriticsAndReadTheSameInNfcOrDecomposed() {
    String composed = "cơ quan có thẩm quyền";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    Sides same = WordDiff.of(List.of(composed), List.of(decomposed));
    assertFalse(same.changed(), "decomposed accents are the same words");
    assertEquals(composed, same.after().get(0).text(), "shown in NFC");

    Sides tone = WordDiff.of(List.of("được thông quan"), List.of("được thông quán"));
    assertEquals(List.of("được thông [-quan-]"), marked(tone.before()));
    assertEquals(List.of("được thông {+quán+}"), marked(tone.after()), "a tone mark is a change");
  }

  @Test
  void punctuationIsAWordOfItsOwnAndNumbersStayWhole() {
    // TT 62/2019 adds a comma after "điểm c" in điểm b khoản 4 Điều 4 of TT 38/2018
    Sides s =
        WordDiff.of(
            List.of("tại điểm b, điểm c khoản 1 và khoản 2 Điều này"),
            List.of("tại điểm b, điểm c, khoản 1 và khoản 2 Điều này"));
    assertEquals(List.of("tại điểm b, điểm c khoản 1 và khoản 2 Điều này"), marked(s.before()));
    assertEquals(List.of("tại điểm b, điểm c{+,+} khoản 1 và khoản 2 Điều này"), marked(s.after()));

    Sides n =
        WordDiff.of(
            List.of("theo Thông tư số 38/2018/TT-BTC, mất 0,5 ngày"),
            List.of("theo Thông tư số 62/2019/TT-BTC, mất 1,5 ngày"));
    assertEquals(
        List.of("theo Thông tư số [-38/2018/TT-BTC-], mất [-0,5-] ngày"), marked(n.before()));
    assertEquals(
        List.of("theo Thông tư số {+62/2019/TT-BTC+}, mất {+1,5+} ngày"), marked(n.after()));
  }

  @Test
  void blanksAreNotComparedAndStayOutsideTheMarks() {
    Sides s = WordDiff.of(List.of("hồ sơ  hợp lệ"), List.of("hồ sơ đầy đủ, hợp lệ"));
    assertEquals(List.of("hồ sơ  hợp lệ"), marked(s.before()));
    assertEquals(List.of("hồ sơ {+đầy đủ,+} hợp lệ"), marked(s.after()));
  }

  @Test
  void aLoneShortWordBetweenTwoChangesIsTakenIntoThem() {
    Sides s =
        WordDiff.of(
            List.of("cơ quan hải quan và cơ quan thuế thực hiện"),
            List.of("Bộ Tài chính và Ủy ban nhân dân thực hiện"));
    assertEquals(List.of("[-cơ quan hải quan và cơ quan thuế-] thực hiện"), marked(s.before()));
    assertEquals(List.of("{+Bộ Tài chính và Ủy ban nhân dân+} thực hiện"), marked(s.after()));
  }

  @Test
  void linesKeepTheirPlacesAndALineAddedOrRemovedIsMarkedWhole() {
    Sides s =
        WordDiff.of(
            List.of("1. Hồ sơ gồm:", "a) Tờ khai;", "b) Bản sao giấy khai sinh."),
            List.of("1. Hồ sơ gồm:", "a) Tờ khai;", "b) Bản sao giấy khai sinh;", "c) Ảnh 4x6."));
    assertEquals(
        List.of("1. Hồ sơ gồm:", "a) Tờ khai;", "b) Bản sao giấy khai sinh[-.-]"),
        marked(s.before()));
    assertEquals(
        List.of(
            "1. Hồ sơ gồm:", "a) Tờ khai;", "b) Bản sao giấy khai sinh{+;+}", "{+c) Ảnh 4x6.+}"),
        marked(s.after()));
    assertFalse(s.after().get(0).changed());
    assertTrue(s.after().get(3).changed());
  }

  @Test
  void theRealChangeOfTt62ToPointBOfArticle4() {
    String before =
        "b) Trường hợp người khai hải quan không nộp chứng từ chứng nhận xuất xứ hàng hóa theo quy"
            + " định tại điểm b, điểm c khoản 1 và khoản 2 Điều này thì hàng hóa không được thông"
            + " quan và bị xử lý theo quy định của pháp luật. Trường hợp hàng hóa quy định tại điểm"
            + " b, điểm c khoản 1 Điều này, người khai hải quan không nộp được chứng từ chứng nhận"
            + " xuất xứ hàng hóa nhưng hàng hóa được cơ quan có thẩm quyền của Việt Nam kết luận"
            + " hàng hóa đủ điều kiện nhập khẩu hoặc cho phép nhập khẩu theo pháp luật chuyên ngành"
            + " thì cơ quan hải quan thực hiện thông quan theo quy định;";
    String after =
        "b) Trường hợp người khai hải quan không nộp chứng từ chứng nhận xuất xứ hàng hóa theo quy"
            + " định tại điểm b, điểm c, khoản 1 và khoản 2 Điều này thì hàng hóa không được thông"
            + " quan và bị xử lý theo quy định của pháp luật.";
    Sides s = WordDiff.of(List.of(before), List.of(after));
    List<Segment> removed =
        s.before().get(0).segments().stream().filter(x -> x.mark() == Mark.REMOVED).toList();
    assertEquals(1, removed.size(), marked(s.before()).toString());
    assertTrue(removed.get(0).text().startsWith("Trường hợp hàng hóa quy định"));
    assertTrue(removed.get(0).text().endsWith("thực hiện thông quan theo quy định;"));
    assertEquals(
        List.of(","),
        s.after().get(0).segments().stream().filter(Segment::added).map(Segment::text).toList());
  }

  @Test
  void oneSideEmptyIsAllAddedOrAllRemoved() {
    Sides added = WordDiff.of(List.of(), List.of("Điều 7a. Kiểm tra xuất xứ", "1. Nội dung."));
    assertTrue(added.before().isEmpty());
    assertEquals(
        List.of("{+Điều 7a. Kiểm tra xuất xứ+}", "{+1. Nội dung.+}"), marked(added.after()));
    Sides removed = WordDiff.of(List.of("3. Nội dung cũ."), null);
    assertEquals(List.of("[-3. Nội dung cũ.-]"), marked(removed.before()));
    assertTrue(removed.after().isEmpty());
  }

  @Test
  void aWordingTooLongToCompareIsShownUnmarked() {
    String huge = "từ ".repeat(WordDiff.MAX_WORDS + 1);
    Sides s = WordDiff.of(List.of(huge), List.of("ngắn"));
    assertFalse(s.compared());
    assertFalse(s.changed());
    assertEquals("ngắn", s.after().get(0).text());
  }
}
