package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.document.ProcedureContent.Step;
import vn.quytrinh.document.VersionDiff.Change;

class VersionDiffTest {

  private static Step step(String action, String days) {
    return new Step(null, action, "Công chức Tư pháp – Hộ tịch", new BigDecimal(days), null);
  }

  private static final Citation LUAT = new Citation("60/2014/QH13", "Điều 16", null, null);
  private static final Citation ND = new Citation("123/2015/NĐ-CP", "Điều 9", "Khoản 1", null);
  private static final Citation TT = new Citation("04/2020/TT-BTP", "Điều 3", null, null);

  private static ProcedureContent content(String purpose, List<Citation> legal, List<Step> steps) {
    return new ProcedureContent(
            purpose,
            "Áp dụng tại UBND xã",
            null,
            null,
            legal,
            null,
            null,
            new BigDecimal("3"),
            null,
            null,
            null,
            null,
            steps,
            null,
            null)
        .normalized();
  }

  private static List<Step> steps() {
    return new ArrayList<>(
        List.of(
            step("Tiếp nhận hồ sơ", "0.5"),
            step("Thẩm định hồ sơ", "1"),
            step("Trình ký", "0.5"),
            step("Trả kết quả", "0.25")));
  }

  private static final ProcedureContent BASE =
      content("Đăng ký khai sinh đúng hạn", List.of(LUAT, ND, TT), steps());

  @Test
  void noChangeGivesNoChanges() {
    assertEquals(List.of(), VersionDiff.between(BASE, BASE));
    assertEquals(
        List.of(),
        VersionDiff.between(
            BASE, content("Đăng ký khai sinh đúng hạn", List.of(LUAT, ND, TT), steps())));
    assertEquals(List.of(), VersionDiff.between(null, ProcedureContent.empty().normalized()));
  }

  @Test
  void equivalentDecimalsAreNoChange() {
    List<Step> s = steps();
    s.set(1, step("Thẩm định hồ sơ", "1.00"));
    assertEquals(
        List.of(),
        VersionDiff.between(BASE, content("Đăng ký khai sinh đúng hạn", List.of(LUAT, ND, TT), s)));
  }

  @Test
  void scalarChangeHasPathBeforeAndAfter() {
    ProcedureContent newer =
        content("Đăng ký khai sinh trong ngày", List.of(LUAT, ND, TT), steps());

    assertEquals(
        List.of(
            new Change(
                "content.purpose", "Đăng ký khai sinh đúng hạn", "Đăng ký khai sinh trong ngày")),
        VersionDiff.between(BASE, newer));
  }

  @Test
  void scalarSetFromNothing() {
    ProcedureContent older = content(null, List.of(LUAT, ND, TT), steps());
    assertEquals(
        List.of(new Change("content.purpose", null, "Đăng ký khai sinh đúng hạn")),
        VersionDiff.between(older, BASE));
  }

  @Test
  void insertingAStepInTheMiddleIsOneAddition() {
    List<Step> s = steps();
    s.add(1, step("Bổ sung hồ sơ", "2"));
    ProcedureContent newer = content("Đăng ký khai sinh đúng hạn", List.of(LUAT, ND, TT), s);

    List<Change> changes = VersionDiff.between(BASE, newer);

    assertEquals(1, changes.size(), changes.toString());
    Change c = changes.get(0);
    assertEquals("content.steps[1]", c.path());
    assertNull(c.before());
    @SuppressWarnings("unchecked")
    Map<String, Object> added = (Map<String, Object>) c.after();
    assertEquals("Bổ sung hồ sơ", added.get("action"));
    assertEquals(new BigDecimal("2"), added.get("days"));
    assertEquals(new BigDecimal("2"), added.get("order"));
  }

  @Test
  void removingAStepIsOneRemoval() {
    List<Step> s = steps();
    s.remove(0);
    ProcedureContent newer = content("Đăng ký khai sinh đúng hạn", List.of(LUAT, ND, TT), s);

    List<Change> changes = VersionDiff.between(BASE, newer);

    assertEquals(1, changes.size(), changes.toString());
    assertEquals("content.steps[0]", changes.get(0).path());
    assertNull(changes.get(0).after());
    @SuppressWarnings("unchecked")
    Map<String, Object> removed = (Map<String, Object>) changes.get(0).before();
    assertEquals("Tiếp nhận hồ sơ", removed.get("action"));
  }

  @Test
  void changingOneStepsDaysIsOneFieldChange() {
    List<Step> s = steps();
    s.set(2, step("Trình ký", "1.5"));
    ProcedureContent newer = content("Đăng ký khai sinh đúng hạn", List.of(LUAT, ND, TT), s);

    assertEquals(
        List.of(new Change("content.steps[2].days", new BigDecimal("0.5"), new BigDecimal("1.5"))),
        VersionDiff.between(BASE, newer));
  }

  @Test
  void renumberingAloneIsNoChange() {
    List<Step> renumbered = new ArrayList<>();
    int n = 10;
    for (Step x : steps()) {
      renumbered.add(new Step(n++, x.action(), x.responsible(), x.days(), x.output()));
    }
    ProcedureContent newer =
        content("Đăng ký khai sinh đúng hạn", List.of(LUAT, ND, TT), renumbered);

    assertEquals(List.of(), VersionDiff.between(BASE, newer));
  }

  @Test
  void removingACitationGivesItsOldIndexWithAfterNull() {
    ProcedureContent newer = content("Đăng ký khai sinh đúng hạn", List.of(LUAT, TT), steps());

    List<Change> changes = VersionDiff.between(BASE, newer);

    assertEquals(1, changes.size(), changes.toString());
    assertEquals("content.legalBasis[1]", changes.get(0).path());
    assertEquals(Canonical.tree(ND), changes.get(0).before());
    assertNull(changes.get(0).after());
  }

  @Test
  void changedCitationArticleIsAFieldChange() {
    Citation changed = new Citation("60/2014/QH13", "Điều 17", null, null);
    ProcedureContent newer =
        content("Đăng ký khai sinh đúng hạn", List.of(changed, ND, TT), steps());

    assertEquals(
        List.of(new Change("content.legalBasis[0].article", "Điều 16", "Điều 17")),
        VersionDiff.between(BASE, newer));
  }

  @Test
  void severalChangesAreAllReported() {
    List<Step> s = steps();
    s.set(0, step("Tiếp nhận hồ sơ", "1"));
    ProcedureContent newer = content("Mục đích mới", List.of(LUAT, ND), s);

    List<Change> changes = VersionDiff.between(BASE, newer);

    assertEquals(
        List.of("content.purpose", "content.legalBasis[2]", "content.steps[0].days"),
        changes.stream().map(Change::path).toList());
    assertEquals(Canonical.tree(TT), changes.get(1).before());
    assertEquals(new BigDecimal("1"), changes.get(2).after());
  }

  @Test
  void firstVersionAgainstNothingListsWhatWasFilledIn() {
    List<Change> changes = VersionDiff.between(null, BASE);
    List<String> paths = changes.stream().map(Change::path).toList();

    assertEquals(
        List.of(
            "content.purpose",
            "content.scope",
            "content.legalBasis[0]",
            "content.legalBasis[1]",
            "content.legalBasis[2]",
            "content.timeLimitDays",
            "content.steps[0]",
            "content.steps[1]",
            "content.steps[2]",
            "content.steps[3]"),
        paths);
    changes.forEach(c -> assertNull(c.before(), c.path()));
  }
}
