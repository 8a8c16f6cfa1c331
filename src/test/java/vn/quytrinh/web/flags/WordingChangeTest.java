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
}
