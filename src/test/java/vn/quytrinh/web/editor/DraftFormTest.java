package vn.quytrinh.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.document.ProcedureContent.DossierItem;
import vn.quytrinh.document.ProcedureContent.Step;

/** The editor's form: days as typed, rows added, removed and moved, and the content it saves. */
class DraftFormTest {

  @Test
  void daysAreTypedWithACommaOrAPointInQuarterDays() {
    assertEquals(Optional.of(new BigDecimal("2.5")), DaysText.parse("2,5"));
    assertEquals(Optional.of(new BigDecimal("0.25")), DaysText.parse(" 0.25 "));
    assertEquals(Optional.of(new BigDecimal("12")), DaysText.parse("12,00"));
    assertEquals(Optional.empty(), DaysText.parse("  "));
    for (String bad : List.of("0,3", "-1", "1e3", "abc", "1,125", "3651", "1.2.3", "½")) {
      assertFalse(DaysText.valid(bad), bad);
    }
    assertTrue(DaysText.valid("3650"));
    assertTrue(DaysText.valid(null));
  }

  @Test
  void aFormReadsTheContentAndGivesItBackWithBlankRowsDropped() {
    ProcedureContent c =
        new ProcedureContent(
            "Quy định trình tự chứng thực bản sao",
            "UBND xã Tân Hòa",
            null,
            null,
            List.of(new Citation("23/2015/NĐ-CP", "Điều 20", null, null)),
            null,
            List.of(new DossierItem("Bản chính giấy tờ", 1)),
            new BigDecimal("1"),
            null,
            "2.000 đồng/trang",
            null,
            null,
            List.of(
                new Step(1, "Tiếp nhận hồ sơ", "Bộ phận Một cửa", new BigDecimal("0.25"), null),
                new Step(
                    2,
                    "Chứng thực, trả kết quả",
                    "Công chức Tư pháp",
                    new BigDecimal("0.5"),
                    null)),
            List.of(),
            List.of());
    DraftForm f = DraftForm.of(c, "Ban hành lần đầu", null);
    assertEquals("0,25", f.getSteps().get(0).getDays(), "days shown with a decimal comma");
    assertEquals("1", f.getTimeLimitDays());
    assertEquals(new BigDecimal("0.75"), f.totalDays());

    DraftForm.add(f.getSteps(), DraftForm.StepRow::new); // added, never typed in
    DraftForm.add(f.getCitations(), DraftForm.CitationRow::new);
    ProcedureContent back = f.content();
    assertEquals(
        c.steps().stream().map(Step::action).toList(),
        back.steps().stream().map(Step::action).toList());
    assertEquals(c.normalized(), back.normalized(), "nothing lost, nothing added");
  }

  @Test
  void rowsMoveOnePlaceAndStopAtTheEnds() {
    List<String> rows = new ArrayList<>(List.of("B1", "B2", "B3"));
    DraftForm.move(rows, 2, -1);
    assertEquals(List.of("B1", "B3", "B2"), rows);
    DraftForm.move(rows, 0, -1);
    assertEquals(List.of("B1", "B3", "B2"), rows, "the first row does not go up");
    DraftForm.move(rows, 2, 1);
    assertEquals(List.of("B1", "B3", "B2"), rows, "the last row does not go down");
    DraftForm.remove(rows, 1);
    assertEquals(List.of("B1", "B2"), rows);
    DraftForm.remove(rows, 5);
    assertEquals(List.of("B1", "B2"), rows, "a row that is not there is not removed");
  }

  @Test
  void aDraggedRowTakesThePlaceOfTheRowItIsDroppedOn() {
    List<String> rows = new ArrayList<>(List.of("B1", "B2", "B3", "B4"));
    DraftForm.moveTo(rows, 0, 2);
    assertEquals(List.of("B2", "B3", "B1", "B4"), rows, "down: the rows between move up");
    DraftForm.moveTo(rows, 3, 0);
    assertEquals(List.of("B4", "B2", "B3", "B1"), rows, "up: the rows between move down");
    DraftForm.moveTo(rows, 1, 1);
    DraftForm.moveTo(rows, -1, 2);
    DraftForm.moveTo(rows, 2, 4);
    assertEquals(List.of("B4", "B2", "B3", "B1"), rows, "a place outside the table moves nothing");
  }

  @Test
  void theTotalCountsOnlyTheDaysThatCanBeRead() {
    DraftForm f = new DraftForm();
    for (String d : List.of("1,5", "0,3", "", "2")) {
      DraftForm.StepRow r = new DraftForm.StepRow();
      r.setDays(d);
      f.getSteps().add(r);
    }
    assertEquals(new BigDecimal("3.5"), f.totalDays());
  }
}
