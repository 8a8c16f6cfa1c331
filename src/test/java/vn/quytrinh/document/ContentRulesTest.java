package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.document.ProcedureContent.DossierItem;
import vn.quytrinh.document.ProcedureContent.FormRef;
import vn.quytrinh.document.ProcedureContent.RecordKeep;
import vn.quytrinh.document.ProcedureContent.Step;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.FieldError;

class ContentRulesTest {

  private static final String P = "content.";

  private static Step step(String action, String responsible, String days) {
    return new Step(null, action, responsible, days == null ? null : new BigDecimal(days), null);
  }

  private static List<Step> threeSteps() {
    return new ArrayList<>(
        List.of(
            step("Tiếp nhận, kiểm tra hồ sơ", "Bộ phận Một cửa", "0.5"),
            step("Thẩm định hồ sơ", "Công chức Tư pháp – Hộ tịch", "1"),
            step("Ký, trả kết quả", "Chủ tịch UBND xã", "0.25")));
  }

  private static ProcedureContent content(
      String purpose,
      String scope,
      List<Citation> legal,
      List<DossierItem> dossier,
      List<Step> steps) {
    return new ProcedureContent(
        purpose,
        scope,
        null,
        null,
        legal,
        null,
        dossier,
        new BigDecimal("2"),
        "Bộ phận tiếp nhận và trả kết quả",
        "Không",
        "Công dân Việt Nam",
        "Giấy khai sinh",
        steps,
        List.of(new FormRef("BM-01", "Tờ khai đăng ký khai sinh")),
        List.of(new RecordKeep("Sổ đăng ký khai sinh", "Công chức Tư pháp", "Vĩnh viễn")));
  }

  private static ProcedureContent valid() {
    return content(
        "Quy định trình tự, thủ tục đăng ký khai sinh",
        "Áp dụng tại UBND xã A",
        List.of(
            new Citation("123/2015/NĐ-CP", "Điều 9", "Khoản 1", "Điểm a"),
            new Citation("60/2014/QH13", "Điều 16", null, null)),
        List.of(
            new DossierItem("Tờ khai đăng ký khai sinh", 1), new DossierItem("Giấy chứng sinh", 1)),
        threeSteps());
  }

  private static List<String> fields(ProcedureContent c) {
    return ContentRules.check(c, P).stream().map(FieldError::field).toList();
  }

  private static String repeat(int n) {
    return "ạ".repeat(n);
  }

  // ---- check

  @Test
  void validContentHasNoErrors() {
    assertEquals(List.of(), ContentRules.check(valid(), P));
  }

  @Test
  void emptyContentHasNoErrors() {
    assertEquals(List.of(), ContentRules.check(ProcedureContent.empty(), P));
    assertEquals(List.of(), ContentRules.check(ProcedureContent.empty().normalized(), P));
    assertEquals(List.of(), ContentRules.check(null, P));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.25", "0.125", "1.005", "3651"})
  void badDaysOfAStepArePointedAt(String days) {
    List<Step> steps = threeSteps();
    steps.set(2, step("Ký, trả kết quả", "Chủ tịch UBND xã", days));
    ProcedureContent c = content("Mục đích", "Phạm vi", List.of(), List.of(), steps);

    List<FieldError> errors = ContentRules.check(c, P);

    assertEquals(List.of("content.steps[2].days"), errors.stream().map(FieldError::field).toList());
    assertTrue(errors.get(0).key().startsWith("validation.workingDays."), errors.get(0).key());
    assertTrue(errors.get(0).message().toString().contains("Số ngày làm việc"));
  }

  @Test
  void prefixIsUsedAsGiven() {
    List<Step> steps = threeSteps();
    steps.set(1, step("Thẩm định", "Công chức", "-2"));
    ProcedureContent c = content(null, null, null, null, steps);
    assertEquals(
        List.of("steps[1].days"),
        ContentRules.check(c, "").stream().map(FieldError::field).toList());
  }

  @Test
  void badTimeLimit() {
    ProcedureContent c =
        new ProcedureContent(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new BigDecimal("-1"),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertEquals(List.of("content.timeLimitDays"), fields(c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void citationNeedsANumber(String number) {
    ProcedureContent c =
        content(null, null, List.of(new Citation(number, "Điều 9", null, null)), null, null);
    assertEquals(List.of("content.legalBasis[0].number"), fields(c));
  }

  @Test
  void nullCitationNeedsANumber() {
    ProcedureContent c =
        content(
            null,
            null,
            Arrays.asList(new Citation("123/2015/NĐ-CP", null, null, null), null),
            null,
            null);
    assertEquals(List.of("content.legalBasis[1].number"), fields(c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Điều 5, 6", "Điều 5 và Điều 6", "5; 6", "các Điều 5 đến 9"})
  void aCitationNamesOneArticleSoNoneIsLostOnTheWay(String article) {
    ProcedureContent c =
        content(
            null,
            null,
            List.of(
                new Citation("123/2015/NĐ-CP", "Điều 17", null, null),
                new Citation("123/2015/NĐ-CP", article, null, null)),
            null,
            null);
    assertEquals(List.of("content.legalBasis[1].article"), fields(c));
  }

  @Test
  void citationPartsHaveLengthLimits() {
    ProcedureContent c =
        content(
            null,
            null,
            List.of(
                new Citation("123/2015/NĐ-CP", "Điều   " + "1".repeat(19), repeat(50), repeat(50)),
                new Citation(repeat(101), "Điều " + repeat(46), repeat(51), repeat(51))),
            null,
            null);
    assertEquals(
        List.of(
            "content.legalBasis[1].number",
            "content.legalBasis[1].article",
            "content.legalBasis[1].clause",
            "content.legalBasis[1].point"),
        fields(c));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101, Integer.MAX_VALUE})
  void dossierCopiesOutOfRange(int copies) {
    ProcedureContent c =
        content(
            null,
            null,
            null,
            List.of(new DossierItem("Tờ khai", 1), new DossierItem("Giấy chứng sinh", copies)),
            null);
    assertEquals(List.of("content.dossier[1].copies"), fields(c));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 100})
  void dossierCopiesInRange(int copies) {
    ProcedureContent c =
        content(null, null, null, List.of(new DossierItem("Giấy chứng sinh", copies)), null);
    assertEquals(List.of(), fields(c));
  }

  @Test
  void dossierItemNeedsAName() {
    ProcedureContent c = content(null, null, null, List.of(new DossierItem(" ", 1)), null);
    assertEquals(List.of("content.dossier[0].name"), fields(c));
  }

  @Test
  void textAtTheLimitIsAcceptedAndOneMoreIsNot() {
    assertEquals(List.of(), fields(content(repeat(20_000), repeat(20_000), null, null, null)));
    assertEquals(
        List.of("content.purpose", "content.scope"),
        fields(content(repeat(20_001), repeat(20_001), null, null, null)));
  }

  @Test
  void stepTextLimits() {
    List<Step> steps = threeSteps();
    steps.set(0, new Step(null, repeat(4_000), repeat(1_000), null, repeat(2_000)));
    steps.set(1, new Step(null, repeat(4_001), repeat(1_001), null, repeat(2_001)));
    assertEquals(
        List.of(
            "content.steps[1].action", "content.steps[1].responsible", "content.steps[1].output"),
        fields(content(null, null, null, null, steps)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3, 1001})
  void stepOrderOutOfRange(int order) {
    List<Step> steps = threeSteps();
    steps.set(0, new Step(order, "Tiếp nhận", "Một cửa", BigDecimal.ONE, null));
    assertEquals(List.of("content.steps[0].order"), fields(content(null, null, null, null, steps)));
  }

  @Test
  void nullStepIsAnError() {
    List<Step> steps = threeSteps();
    steps.add(1, null);
    assertEquals(List.of("content.steps[1]"), fields(content(null, null, null, null, steps)));
  }

  @Test
  void formNeedsCodeOrNameAndRecordNeedsName() {
    ProcedureContent c =
        new ProcedureContent(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new FormRef("BM-01", null), new FormRef(null, "Tờ khai"), new FormRef(" ", "")),
            List.of(
                new RecordKeep("Sổ hộ tịch", null, null),
                new RecordKeep(null, "Văn thư", "10 năm")));
    assertEquals(List.of("content.forms[2].name", "content.records[1].name"), fields(c));
  }

  @Test
  void atMost300Rows() {
    List<Step> ok = Collections.nCopies(300, step("Xử lý", "Công chức", "0.5"));
    List<Step> tooMany = Collections.nCopies(301, step("Xử lý", "Công chức", "0.5"));
    List<DossierItem> dossier = Collections.nCopies(301, new DossierItem("Bản sao", 1));

    assertEquals(List.of(), fields(content(null, null, null, null, ok)));
    assertEquals(List.of("content.steps"), fields(content(null, null, null, null, tooMany)));
    assertEquals(
        List.of("content.dossier", "content.steps"),
        fields(content(null, null, null, dossier, tooMany)));
  }

  @Test
  void errorsAreListedInFormOrder() {
    List<Step> steps = threeSteps();
    steps.set(2, step("Ký", "Chủ tịch", "0.333"));
    ProcedureContent c =
        content(
            repeat(20_001),
            null,
            List.of(new Citation("", null, null, null)),
            List.of(new DossierItem("Tờ khai", 1), new DossierItem("Giấy chứng sinh", 200)),
            steps);
    assertEquals(
        List.of(
            "content.purpose",
            "content.legalBasis[0].number",
            "content.dossier[1].copies",
            "content.steps[2].days"),
        fields(c));
  }

  // ---- missingForSubmission

  @Test
  void completeProcedureLacksNothing() {
    assertEquals(List.of(), ContentRules.missingForSubmission(valid(), DocumentKind.PROCEDURE));
    assertEquals(
        List.of(), ContentRules.missingForSubmission(valid().normalized(), DocumentKind.PROCEDURE));
  }

  @Test
  void emptyProcedureLacksPurposeScopeAndSteps() {
    List<String> missing =
        ContentRules.missingForSubmission(ProcedureContent.empty(), DocumentKind.PROCEDURE).stream()
            .map(Message::key)
            .toList();
    assertEquals(
        List.of(
            "problem.submission.purpose", "problem.submission.scope", "problem.submission.noSteps"),
        missing);
  }

  @Test
  void blankPurposeOrScopeIsMissing() {
    List<Message> missing =
        ContentRules.missingForSubmission(
            content(" ", "Áp dụng tại UBND xã", null, null, threeSteps()), DocumentKind.PROCEDURE);
    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).toString().contains("Mục đích"));

    missing =
        ContentRules.missingForSubmission(
            content("Mục đích", "", null, null, threeSteps()), DocumentKind.PROCEDURE);
    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).toString().contains("Phạm vi"));
  }

  @Test
  void stepWithoutResponsibleIsReportedWithItsNumber() {
    List<Step> steps = threeSteps();
    steps.set(1, step("Thẩm định hồ sơ", "  ", "1"));

    List<Message> missing =
        ContentRules.missingForSubmission(
            content("Mục đích", "Phạm vi", null, null, steps), DocumentKind.PROCEDURE);

    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).toString().startsWith("Bước 2 "), missing.get(0).toString());
    assertTrue(missing.get(0).in(Messages.EN).contains("Step 2"), missing.get(0).toString());
  }

  @Test
  void stepWithoutActionOrDaysIsReported() {
    List<Step> steps = threeSteps();
    steps.set(0, step(null, "Một cửa", "1"));
    steps.set(2, step("Ký", "Chủ tịch", null));

    List<Message> missing =
        ContentRules.missingForSubmission(
            content("Mục đích", "Phạm vi", null, null, steps), DocumentKind.PROCEDURE);

    assertEquals(2, missing.size(), missing.toString());
    assertTrue(missing.get(0).in(Messages.EN).contains("Step 1"));
    assertTrue(missing.get(1).in(Messages.EN).contains("Step 3"));
  }

  @Test
  void formDoesNotNeedSteps() {
    ProcedureContent noSteps = content("Mẫu tờ khai", "Dùng khi nộp hồ sơ", null, null, List.of());
    assertEquals(List.of(), ContentRules.missingForSubmission(noSteps, DocumentKind.FORM));
    assertEquals(1, ContentRules.missingForSubmission(noSteps, DocumentKind.PROCEDURE).size());
  }

  @Test
  void formStillNeedsPurposeAndScope() {
    List<Message> missing =
        ContentRules.missingForSubmission(ProcedureContent.empty(), DocumentKind.FORM);
    assertEquals(2, missing.size(), missing.toString());
  }

  /**
   * A null row is reported by {@link ContentRules#check} as {@code content.steps[i]}; the
   * submission check should likewise report it as incomplete rather than fail with a
   * NullPointerException.
   */
  @Test
  void nullStepIsReportedAsIncompleteNotAnException() {
    List<Step> steps = threeSteps();
    steps.set(1, null);

    List<Message> missing =
        ContentRules.missingForSubmission(
            content("Mục đích", "Phạm vi", null, null, steps), DocumentKind.PROCEDURE);

    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).in(Messages.EN).contains("Step 2"), missing.get(0).toString());
  }
}
