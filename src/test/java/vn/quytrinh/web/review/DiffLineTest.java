package vn.quytrinh.web.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.ProcedureContent.Step;
import vn.quytrinh.document.VersionDiff;

/** The diff as a reviewer reads it: part, row, column, before and after in the form's words. */
class DiffLineTest {

  private static ProcedureContent withSteps(String purpose, Step... steps) {
    return new ProcedureContent(
            purpose,
            null,
            null,
            null,
            List.of(),
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            List.of(steps),
            List.of(),
            List.of())
        .normalized();
  }

  @Test
  void aChangedCellAnAddedRowAndAChangedTextEachMakeOneLine() {
    ProcedureContent before =
        withSteps(
            "Mục đích cũ",
            new Step(null, "Tiếp nhận", "Một cửa", new BigDecimal("0.5"), null),
            new Step(null, "Trả kết quả", "Một cửa", new BigDecimal("0.25"), null));
    ProcedureContent after =
        withSteps(
            "Mục đích mới",
            new Step(null, "Tiếp nhận", "Một cửa", new BigDecimal("1.5"), null),
            new Step(null, "Thẩm định", "Công chức Tư pháp", new BigDecimal("1"), "Phiếu trình"),
            new Step(null, "Trả kết quả", "Một cửa", new BigDecimal("0.25"), null));
    List<DiffLine> lines = DiffLine.of(VersionDiff.between(before, after));
    assertEquals(
        List.of(
            new DiffLine("purpose", null, null, "changed", "Mục đích cũ", "Mục đích mới"),
            new DiffLine("steps", 1, "days", "changed", "0,5", "1,5"),
            new DiffLine(
                "steps", 2, null, "added", "", "Thẩm định · Công chức Tư pháp · 1 · Phiếu trình")),
        lines);
  }

  @Test
  void aRemovedRowShowsItsCellsBefore() {
    ProcedureContent before =
        withSteps("M", new Step(null, "Tiếp nhận", "Một cửa", new BigDecimal("0.5"), null));
    List<DiffLine> lines = DiffLine.of(VersionDiff.between(before, withSteps("M")));
    assertEquals(
        List.of(new DiffLine("steps", 1, null, "removed", "Tiếp nhận · Một cửa · 0,5", "")), lines);
  }
}
