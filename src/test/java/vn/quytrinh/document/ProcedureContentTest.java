package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.document.ProcedureContent.DossierItem;
import vn.quytrinh.document.ProcedureContent.FormRef;
import vn.quytrinh.document.ProcedureContent.RecordKeep;
import vn.quytrinh.document.ProcedureContent.Step;

class ProcedureContentTest {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Form.NFD);
  }

  private static ProcedureContent withSteps(List<Step> steps) {
    return new ProcedureContent(
        null, null, null, null, null, null, null, null, null, null, null, null, steps, null, null);
  }

  private static Step step(String action, String days) {
    return new Step(
        null,
        action,
        "Công chức Tư pháp – Hộ tịch",
        days == null ? null : new BigDecimal(days),
        null);
  }

  static ProcedureContent full() {
    return new ProcedureContent(
        nfd(" Quy định trình tự đăng ký khai sinh \r\n"),
        "Áp dụng tại UBND xã",
        "TCVN ISO 9001:2015",
        "TTHC: thủ tục hành chính",
        List.of(new Citation("123/2015/NĐ-CP", "Điều 9", "Khoản 1", "Điểm a")),
        "Không",
        List.of(new DossierItem("Tờ khai đăng ký khai sinh", 1)),
        new BigDecimal("1.00"),
        "Bộ phận Một cửa",
        "Miễn lệ phí",
        "Cá nhân",
        "Giấy khai sinh",
        List.of(step("Tiếp nhận hồ sơ", "0.50"), step("Thẩm định, trình ký", "0.25")),
        List.of(new FormRef("BM-01", "Tờ khai")),
        List.of(new RecordKeep("Sổ đăng ký khai sinh", "Công chức Tư pháp", "Vĩnh viễn")));
  }

  @Test
  void normalizedTextIsNfcWithoutControlsAndTrimmed() {
    ProcedureContent n = full().normalized();
    assertEquals("Quy định trình tự đăng ký khai sinh", n.purpose());
    assertTrue(Normalizer.isNormalized(n.purpose(), Form.NFC));
  }

  @Test
  void blankTextBecomesNull() {
    ProcedureContent c =
        new ProcedureContent(
            "  ", "", "\r\n", "\u0000", null, " \t ", null, null, "", null, " ", null, null, null,
            null);
    ProcedureContent n = c.normalized();
    assertNull(n.purpose());
    assertNull(n.scope());
    assertNull(n.references());
    assertNull(n.definitions());
    assertNull(n.conditions());
    assertNull(n.place());
    assertNull(n.applicants());
    assertEquals(ProcedureContent.empty().normalized(), n);
  }

  @Test
  void nullListsBecomeEmpty() {
    ProcedureContent n = withSteps(null).normalized();
    assertNotNull(n.legalBasis());
    assertNotNull(n.dossier());
    assertNotNull(n.steps());
    assertNotNull(n.forms());
    assertNotNull(n.records());
    assertTrue(n.legalBasis().isEmpty());
    assertTrue(n.dossier().isEmpty());
    assertTrue(n.steps().isEmpty());
    assertTrue(n.forms().isEmpty());
    assertTrue(n.records().isEmpty());
  }

  @Test
  void stepsWithoutOrderAreNumberedOneToN() {
    ProcedureContent n =
        withSteps(
                List.of(
                    step("Tiếp nhận", "0.5"), step("Thẩm định", "1"), step("Trả kết quả", null)))
            .normalized();
    assertEquals(List.of(1, 2, 3), n.steps().stream().map(Step::order).toList());
  }

  @Test
  void givenStepOrderIsKept() {
    ProcedureContent n =
        withSteps(
                List.of(
                    new Step(1, "Tiếp nhận", null, null, null),
                    new Step(null, "Thẩm định", null, null, null),
                    new Step(3, "Trả kết quả", null, null, null)))
            .normalized();
    assertEquals(List.of(1, 2, 3), n.steps().stream().map(Step::order).toList());
  }

  @Test
  void daysAreNormalized() {
    ProcedureContent n = full().normalized();
    assertEquals("0.5", n.steps().get(0).days().toString());
    assertEquals("0.25", n.steps().get(1).days().toString());
    assertEquals("1", n.timeLimitDays().toString());
    assertEquals(
        "10",
        withSteps(List.of(step("Xử lý", "10.00"))).normalized().steps().get(0).days().toString());
  }

  @Test
  void rowsAreCleanedToo() {
    ProcedureContent c =
        new ProcedureContent(
            null,
            null,
            null,
            null,
            List.of(new Citation(" 123/2015/NĐ-CP ", "", nfd("Khoản 2"), null)),
            null,
            List.of(new DossierItem(nfd("  Bản sao giấy chứng sinh "), 2)),
            null,
            null,
            null,
            null,
            null,
            List.of(new Step(null, " Tiếp nhận\u0007 ", "  ", null, "")),
            List.of(new FormRef(" ", " Tờ khai ")),
            List.of(new RecordKeep(" Sổ ", null, " 5 năm ")));

    ProcedureContent n = c.normalized();

    assertEquals(new Citation("123/2015/NĐ-CP", null, "Khoản 2", null), n.legalBasis().get(0));
    assertEquals(new DossierItem("Bản sao giấy chứng sinh", 2), n.dossier().get(0));
    assertEquals(new Step(1, "Tiếp nhận", null, null, null), n.steps().get(0));
    assertEquals(new FormRef(null, "Tờ khai"), n.forms().get(0));
    assertEquals(new RecordKeep("Sổ", null, "5 năm"), n.records().get(0));
  }

  @Test
  void normalizedIsIdempotent() {
    ProcedureContent once = full().normalized();
    assertEquals(once, once.normalized());
    assertEquals(Canonical.sha256(once), Canonical.sha256(once.normalized()));
  }

  @Test
  void equivalentInputsNormalizeToTheSameContent() {
    ProcedureContent a = withSteps(List.of(step("Thẩm định", "1.50")));
    ProcedureContent b = withSteps(List.of(step(nfd("Thẩm định "), "1.5")));
    assertEquals(a.normalized(), b.normalized());
  }

  @Test
  void totalStepDaysIgnoresNullsAndIsExact() {
    ProcedureContent c =
        withSteps(
            Arrays.asList(
                step("Tiếp nhận", "0.5"),
                step("Chờ bổ sung", null),
                null,
                step("Thẩm định", "0.25"),
                step("Trả kết quả", "1")));

    BigDecimal total = c.totalStepDays();

    assertEquals(0, new BigDecimal("1.75").compareTo(total), total.toPlainString());
    assertEquals("1.75", total.toPlainString());
  }

  @Test
  void totalStepDaysOfNoStepsIsZero() {
    assertEquals(0, BigDecimal.ZERO.compareTo(withSteps(null).totalStepDays()));
    assertEquals(0, BigDecimal.ZERO.compareTo(withSteps(List.of()).totalStepDays()));
    assertEquals(0, BigDecimal.ZERO.compareTo(ProcedureContent.empty().totalStepDays()));
  }

  @Test
  void storedJsonReadsBackToTheSameContent() {
    ProcedureContent n = full().normalized();

    ProcedureContent back = ContentJson.read(ContentJson.write(n));

    assertEquals(n, back);
    assertEquals(Canonical.sha256(n), Canonical.sha256(back));
  }

  @Test
  void storedJsonOfEmptyContentReadsBack() {
    ProcedureContent n = ProcedureContent.empty().normalized();
    assertEquals(n, ContentJson.read(ContentJson.write(n)));
  }
}
