package vn.quytrinh.web.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.quytrinh.impact.FlagChanges;
import vn.quytrinh.impact.FlagChanges.Missing;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.legal.text.WordDiff;

class WordingChangeTest {

  static final FlagView.Trigger TRIGGER =
      new FlagView.Trigger("AMENDS", "62/2019/TT-BTC", "38/2018/TT-BTC", null, List.of("4"));

  static final Map<String, Long> IDS = Map.of("38/2018/TT-BTC", 38L, "62/2019/TT-BTC", 62L);

  static FlagChanges.Wording wording(String setBy, LocalDate from, String... lines) {
    return new FlagChanges.Wording(
        "Chứng từ chứng nhận xuất xứ", List.of(lines), false, setBy, from);
  }

  static List<WordingChange> of(FlagView.ArticleChange... c) {
    return WordingChange.of(List.of(c), TRIGGER, IDS::get);
  }

  static List<WordDiff.Mark> marks(WordDiff.Line l) {
    return l.segments().stream().map(WordDiff.Segment::mark).toList();
  }

  @Test
  void bothWordingsKnownAreShownWithTheirChangedWordsMarked() {
    WordingChange w =
        of(new FlagView.ArticleChange(
                "4",
                wording("38/2018/TT-BTC", null, "1. Nộp bản chính.", "b) thì được thông quan;"),
                wording(
                    "62/2019/TT-BTC",
                    LocalDate.of(2019, 10, 21),
                    "1. Nộp bản chính.",
                    "b) thì không được thông quan."),
                null,
                null))
            .get(0);
    assertTrue(w.marked());
    assertEquals("Điều 4. Chứng từ chứng nhận xuất xứ", w.before().lines().get(0).text());
    assertFalse(w.before().lines().get(0).changed(), "the heading is the same");
    assertFalse(w.after().lines().get(1).changed());
    assertEquals("b) thì không được thông quan.", w.after().lines().get(2).text());
    assertTrue(marks(w.after().lines().get(2)).contains(WordDiff.Mark.ADDED));
    assertTrue(marks(w.before().lines().get(2)).contains(WordDiff.Mark.REMOVED));
    assertEquals("62/2019/TT-BTC", w.after().setBy());
    assertNull(w.before().appliesFrom(), "as issued");
    assertNull(w.missing());
    assertNull(w.importId());
  }

  @Test
  void anArticleAddedHasNoWordingBeforeAndItsWordingIsShownUnmarked() {
    WordingChange w =
        of(new FlagView.ArticleChange(
                "7a",
                null,
                wording("62/2019/TT-BTC", LocalDate.of(2019, 10, 21), "1. Nội dung."),
                null,
                null))
            .get(0);
    assertNull(w.before());
    assertFalse(w.marked());
    assertTrue(w.after().lines().stream().noneMatch(WordDiff.Line::changed));
  }

  @Test
  void aMissingTextSaysWhichAndOffersTheDocumentWhoseTextIsToBeImported() {
    List<WordingChange> w =
        of(
            new FlagView.ArticleChange("4", null, null, Missing.TARGET_TEXT, "Chưa có lời văn"),
            new FlagView.ArticleChange(
                "5",
                wording("38/2018/TT-BTC", null, "1. Cũ."),
                null,
                Missing.NEW_WORDING,
                "Chưa ghi lời văn mới"),
            new FlagView.ArticleChange("6", null, null, Missing.NO_WORDING_CHANGE, "Không đổi"));
    assertEquals("38/2018/TT-BTC", w.get(0).importNumber());
    assertEquals(38L, w.get(0).importId());
    assertEquals("62/2019/TT-BTC", w.get(1).importNumber(), "the changing document's wording");
    assertEquals(62L, w.get(1).importId());
    assertEquals("1. Cũ.", w.get(1).before().lines().get(1).text(), "the side known, unmarked");
    assertFalse(w.get(1).before().lines().get(1).changed());
    assertNull(w.get(2).importNumber(), "nothing to import for a change that gives no wording");
    assertNull(w.get(2).importId());
  }

  static String resource(String name) throws Exception {
    try (java.io.InputStream in =
        WordingChangeTest.class.getResourceAsStream("/vn/quytrinh/legal/text/texts/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * What the flag's page shows of Điều 4 of TT 38/2018 once TT 62/2019's amendments are applied
   * (the real texts, read and applied as the services do): the sentence taken out of điểm b khoản 4
   * removed, the comma put after "điểm c" added, the rest of the article the same.
   */
  @Test
  void article4OfTt38BeforeAndAfterTt62() throws Exception {
    vn.quytrinh.legal.text.LegalText tt38 =
        new vn.quytrinh.legal.text.LegalTextParser().parse(resource("tt38_2018.txt"));
    java.util.Map<String, vn.quytrinh.legal.text.ArticleBody> inForce =
        new java.util.LinkedHashMap<>();
    tt38.articles().forEach(a -> inForce.put(a.number(), vn.quytrinh.legal.text.ArticleBody.of(a)));
    vn.quytrinh.legal.text.AmendmentApplier applier =
        new vn.quytrinh.legal.text.AmendmentApplier(inForce, java.util.Set.of());
    new vn.quytrinh.legal.text.AmendmentReader()
        .read(resource("tt62_2019.txt"))
        .forEach(applier::apply);
    vn.quytrinh.legal.text.ArticleBody before = inForce.get("4");
    vn.quytrinh.legal.text.ArticleBody after = applier.changed().get("4");
    WordingChange w =
        of(new FlagView.ArticleChange(
                "4",
                new FlagChanges.Wording(
                    before.title(), before.lines("(được bãi bỏ)"), false, "38/2018/TT-BTC", null),
                new FlagChanges.Wording(
                    after.title(),
                    after.lines("(được bãi bỏ)"),
                    false,
                    "62/2019/TT-BTC",
                    LocalDate.of(2019, 10, 21)),
                null,
                null))
            .get(0);
    assertTrue(w.marked());
    assertTrue(
        w.before().lines().get(0).text().startsWith("Điều 4. Chứng từ chứng nhận xuất xứ"),
        w.before().lines().get(0).text());
    List<String> removed =
        w.before().lines().stream()
            .flatMap(l -> l.segments().stream())
            .filter(WordDiff.Segment::removed)
            .map(WordDiff.Segment::text)
            .toList();
    List<String> added =
        w.after().lines().stream()
            .flatMap(l -> l.segments().stream())
            .filter(WordDiff.Segment::added)
            .map(WordDiff.Segment::text)
            .toList();
    assertEquals(1, removed.size(), removed.toString());
    assertTrue(
        removed.get(0).startsWith("Trường hợp hàng hóa quy định tại điểm b"), removed.get(0));
    assertTrue(removed.get(0).endsWith("thực hiện thông quan theo quy định;"), removed.get(0));
    assertEquals(List.of(","), added);
    assertEquals(
        1,
        w.after().lines().stream().filter(WordDiff.Line::changed).count(),
        "only điểm b khoản 4 changed");
    assertTrue(
        w.after().lines().stream()
            .anyMatch(l -> l.text().endsWith("bị xử lý theo quy định của pháp luật.")));
  }
}
