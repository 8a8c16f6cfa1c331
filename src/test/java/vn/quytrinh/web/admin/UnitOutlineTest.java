package vn.quytrinh.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;

class UnitOutlineTest {

  static Unit u(String code, String parent) {
    return new Unit(code, "Đơn vị " + code, parent, UnitLevel.KHAC);
  }

  static List<String> lines(List<Unit> units) {
    return UnitOutline.of(units).stream()
        .map(l -> "-".repeat(l.depth()) + l.unit().code())
        .toList();
  }

  @Test
  void eachUnitComesRightAfterItsParentOneStepDeeper() {
    assertEquals(
        List.of("HY", "-HY.SO", "--HY.SO.P1", "-HY.XA", "--HY.XA.VP", "OTHER"),
        lines(
            List.of(
                u("HY", null),
                u("HY.SO", "HY"),
                u("HY.SO.P1", "HY.SO"),
                u("HY.XA", "HY"),
                u("HY.XA.VP", "HY.XA"),
                u("OTHER", null))));
  }

  @Test
  void aUnitWhoseParentIsMissingOrALoopIsNeverLeftOut() {
    assertEquals(List.of("A", "B", "-C"), lines(List.of(u("A", "GONE"), u("B", "C"), u("C", "B"))));
  }

  @Test
  void theNameIsIndentedAndTheDrawnDepthCapped() {
    UnitOutline.Line deep = new UnitOutline.Line(u("X", null), 7);
    assertEquals(5, deep.shownDepth());
    assertEquals(
        "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Đơn vị X",
        new UnitOutline.Line(u("X", null), 2).indentedName());
  }
}
