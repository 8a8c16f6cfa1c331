package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ProcedureContent.Step;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

class DocumentLifecycleTest {

  private static final Actor DIEU_PHOI =
      new Actor("dieuphoi", "Phạm Thị Điều", "Công chức Văn phòng");
  private static final Actor SOAN =
      new Actor("soan", "Nguyễn Văn Soạn", "Công chức Tư pháp – Hộ tịch");
  private static final Actor SOAN_2 = new Actor("soan2", "Đỗ Thị Hương", "Công chức Tư pháp");
  private static final Actor XEM_XET = new Actor("xemxet", "Trần Thị Xét", "Phó Chủ tịch UBND xã");
  private static final Actor XEM_XET_2 =
      new Actor("xemxet2", "Vũ Văn Kiểm", "Phó Chủ tịch UBND xã");
  private static final Actor DUYET = new Actor("duyet", "Lê Văn Duyệt", "Chủ tịch UBND xã");

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final LocalDate DAY_1 = LocalDate.of(2026, 3, 2);
  private static final LocalDate DAY_2 = LocalDate.of(2026, 9, 1);

  private ControlledDocument doc;

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private static Step step(String action, String responsible, String days) {
    return new Step(null, action, responsible, days == null ? null : new BigDecimal(days), null);
  }

  private static ProcedureContent content(String purpose, List<Step> steps) {
    return new ProcedureContent(
        purpose,
        "Áp dụng tại UBND xã A",
        null,
        null,
        List.of(new ProcedureContent.Citation("123/2015/NĐ-CP", "Điều 9", null, null)),
        null,
        null,
        new BigDecimal("3"),
        null,
        null,
        null,
        "Giấy khai sinh",
        steps,
        null,
        null);
  }

  private static ProcedureContent complete() {
    return content(
        "Quy định trình tự đăng ký khai sinh",
        List.of(
            step("Tiếp nhận, kiểm tra hồ sơ", "Bộ phận Một cửa", "0.5"),
            step("Thẩm định, trình ký", "Công chức Tư pháp – Hộ tịch", "1"),
            step("Trả kết quả", "Bộ phận Một cửa", "0.25")));
  }

  @BeforeEach
  void newDocument() {
    doc =
        new ControlledDocument(
            DocumentCode.parse("QT-01/HT"),
            "Quy trình đăng ký khai sinh",
            DocumentKind.PROCEDURE,
            "UBND-XA-A",
            Set.of("1.001193"),
            12,
            DIEU_PHOI,
            T0);
  }

  /** A draft by SOAN, submitted: IN_REVIEW. */
  private DocumentVersion submitted() {
    DocumentVersion v = doc.startVersion(DIEU_PHOI, at(1));
    v.edit(complete(), "Ban hành lần đầu", "Theo Nghị định 123/2015", SOAN, at(2));
    v.submitForReview(SOAN, at(3));
    return v;
  }

  /** Submitted, then accepted by XEM_XET: REVIEWED. */
  private DocumentVersion reviewed() {
    DocumentVersion v = submitted();
    v.acceptReview(XEM_XET, SignedContent.of(v).sha256(), at(4));
    return v;
  }

  /** Reviewed, approved by DUYET and made effective on DAY_1. */
  private DocumentVersion effective() {
    DocumentVersion v = reviewed();
    v.approve(DUYET, SignedContent.of(v).sha256(), DAY_1, at(5));
    doc.activate(v, DAY_1, DUYET, at(5));
    return v;
  }

  private static List<VersionAction> actions(DocumentVersion v) {
    return v.events().stream().map(VersionEvent::action).toList();
  }

  // ---- creation

  @Test
  void newDocumentIsActiveWithoutVersions() {
    assertEquals("QT-01/HT", doc.code());
    assertEquals("Quy trình đăng ký khai sinh", doc.title());
    assertEquals(DocumentKind.PROCEDURE, doc.kind());
    assertEquals("UBND-XA-A", doc.unitCode());
    assertEquals(Set.of("1.001193"), doc.tthcCodes());
    assertEquals(12, doc.reviewPeriodMonths());
    assertEquals("dieuphoi", doc.createdBy());
    assertEquals(T0, doc.createdAt());
    assertEquals(DocumentStatus.ACTIVE, doc.status());
    assertNull(doc.effectiveIssueNo());
    assertEquals(List.of(), doc.versions());
    assertEquals(Optional.empty(), doc.latest());
    assertEquals(Optional.empty(), doc.inProgress());
    assertEquals(Optional.empty(), doc.effectiveVersion());
  }

  @Test
  void firstVersionIsAnEmptyDraftIssueOne() {
    DocumentVersion v = doc.startVersion(DIEU_PHOI, at(1));

    assertEquals(1, v.issueNo());
    assertEquals(VersionStatus.DRAFT, v.status());
    assertTrue(v.editable());
    assertSame(doc, v.document());
    assertEquals(ProcedureContent.empty().normalized(), v.content());
    assertEquals(Set.of("dieuphoi"), v.drafters());
    assertEquals("dieuphoi", v.createdBy());
    assertEquals(at(1), v.createdAt());
    assertEquals(at(1), v.updatedAt());
    assertEquals(List.of(VersionAction.CREATED), actions(v));
    VersionEvent created = v.events().get(0);
    assertNull(created.fromStatus());
    assertEquals(VersionStatus.DRAFT, created.toStatus());
    assertEquals(DIEU_PHOI, created.actor());
    assertEquals(Optional.of(v), doc.inProgress());
    assertEquals(Optional.of(v), doc.latest());
    assertEquals(Optional.of(v), doc.version(1));
    assertEquals(Optional.empty(), doc.version(2));
  }

  // ---- the whole way

  @Test
  void draftGoesThroughReviewAndApprovalIntoForce() {
    DocumentVersion v = doc.startVersion(DIEU_PHOI, at(1));
    v.edit(complete(), "Ban hành lần đầu", "Theo Nghị định 123/2015", SOAN, at(2));
    assertEquals(complete().normalized(), v.content());
    assertEquals("Ban hành lần đầu", v.changeSummary());
    assertEquals("Theo Nghị định 123/2015", v.changeReason());

    v.submitForReview(SOAN, at(3));
    assertEquals(VersionStatus.IN_REVIEW, v.status());
    assertFalse(v.editable());

    String reviewHash = SignedContent.of(v).sha256();
    v.acceptReview(XEM_XET, reviewHash, at(4));
    assertEquals(VersionStatus.REVIEWED, v.status());
    assertEquals(Set.of("xemxet"), v.reviewers());
    Signature review = v.signature(SignatureCapacity.REVIEW).orElseThrow();
    assertEquals(XEM_XET, review.signer());
    assertEquals(reviewHash, review.contentHash());
    assertEquals(at(4), review.signedAt());
    assertFalse(review.withdrawn());

    String approvalHash = SignedContent.of(v).sha256();
    v.approve(DUYET, approvalHash, DAY_1, at(5));
    assertEquals(VersionStatus.APPROVED, v.status());
    assertEquals(DAY_1, v.effectiveFrom());
    assertEquals(DUYET, v.signature(SignatureCapacity.APPROVAL).orElseThrow().signer());
    assertEquals(Optional.of(v), doc.inProgress(), "approved but not yet in force");
    assertNull(doc.effectiveIssueNo());

    doc.activate(v, DAY_1, DUYET, at(6));
    assertEquals(VersionStatus.EFFECTIVE, v.status());
    assertEquals(1, doc.effectiveIssueNo());
    assertEquals(Optional.of(v), doc.effectiveVersion());
    assertEquals(Optional.empty(), doc.inProgress());
    assertNull(v.endedOn());
    assertEquals(at(6), v.updatedAt());

    assertEquals(
        List.of(
            VersionAction.CREATED,
            VersionAction.SAVED,
            VersionAction.SUBMITTED,
            VersionAction.ACCEPTED,
            VersionAction.APPROVED,
            VersionAction.EFFECTIVE),
        actions(v));
    assertEquals(
        List.of("dieuphoi", "soan", "soan", "xemxet", "duyet", "duyet"),
        v.events().stream().map(e -> e.actor().username()).toList());
    assertEquals(
        List.of(at(1), at(2), at(3), at(4), at(5), at(6)),
        v.events().stream().map(VersionEvent::occurredAt).toList());
    VersionEvent approved = v.events().get(4);
    assertEquals(VersionStatus.REVIEWED, approved.fromStatus());
    assertEquals(VersionStatus.APPROVED, approved.toStatus());
    assertEquals("Lê Văn Duyệt", approved.actor().fullName());
    assertEquals("Chủ tịch UBND xã", approved.actor().position());
  }

  // ---- drafting

  @Test
  void onlyADraftCanBeEdited() {
    DocumentVersion v = submitted();
    ProcedureContent before = v.content();

    IllegalTransition e =
        assertThrows(
            IllegalTransition.class,
            () -> v.edit(content("Sửa lén", List.of()), null, null, SOAN, at(10)));

    assertEquals(409, e.status());
    assertTrue(e.detail().contains("IN_REVIEW"), e.detail());
    assertEquals(before, v.content());
    assertEquals(VersionStatus.IN_REVIEW, v.status());
    assertEquals(VersionAction.SUBMITTED, actions(v).get(actions(v).size() - 1));
  }

  @Test
  void incompleteDraftCannotBeSubmitted() {
    DocumentVersion v = doc.startVersion(DIEU_PHOI, at(1));
    v.edit(
        new ProcedureContent(
            "Chỉ có mục đích",
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
            List.of(step("Tiếp nhận", null, "1")),
            null,
            null),
        null,
        null,
        SOAN,
        at(2));

    IllegalTransition e =
        assertThrows(IllegalTransition.class, () -> v.submitForReview(SOAN, at(3)));

    @SuppressWarnings("unchecked")
    List<Message> reasons = (List<Message>) e.extensions().get("reasons");
    assertEquals(2, reasons.size(), String.valueOf(reasons));
    assertEquals("problem.submission.scope", reasons.get(0).key());
    assertEquals("problem.submission.stepIncomplete", reasons.get(1).key());
    assertTrue(reasons.get(1).in(Messages.EN).contains("Step 1"), reasons.get(1).toString());
    assertEquals(VersionStatus.DRAFT, v.status());
    assertEquals(List.of(VersionAction.CREATED, VersionAction.SAVED), actions(v));
  }

  @Test
  void emptyFirstDraftCannotBeSubmitted() {
    DocumentVersion v = doc.startVersion(DIEU_PHOI, at(1));
    IllegalTransition e =
        assertThrows(IllegalTransition.class, () -> v.submitForReview(DIEU_PHOI, at(2)));
    assertEquals(3, ((List<?>) e.extensions().get("reasons")).size());
  }

  @Test
  void formNeedsNoStepsToBeSubmitted() {
    ControlledDocument form =
        new ControlledDocument(
            DocumentCode.parse("BM-01/HT"),
            "Tờ khai đăng ký khai sinh",
            DocumentKind.FORM,
            "UBND-XA-A",
            Set.of(),
            12,
            DIEU_PHOI,
            T0);
    DocumentVersion v = form.startVersion(DIEU_PHOI, at(1));
    v.edit(content("Mẫu tờ khai", List.of()), null, null, SOAN, at(2));

    v.submitForReview(SOAN, at(3));

    assertEquals(VersionStatus.IN_REVIEW, v.status());
  }

  @Test
  void submittingTwiceIsRefused() {
    DocumentVersion v = submitted();
    assertThrows(IllegalTransition.class, () -> v.submitForReview(SOAN, at(9)));
  }

  @Test
  void consecutiveSavesBySameUserCoalesce() {
    DocumentVersion v = doc.startVersion(DIEU_PHOI, at(1));
    v.edit(content("Lần 1", List.of()), null, null, SOAN, at(2));
    v.edit(content("Lần 2", List.of()), null, null, SOAN, at(3));
    v.edit(content("Lần 3", List.of()), null, null, SOAN, at(4));

    assertEquals(List.of(VersionAction.CREATED, VersionAction.SAVED), actions(v));
    assertEquals(at(4), v.events().get(1).occurredAt());
    assertEquals(at(4), v.updatedAt());
    assertEquals("Lần 3", v.content().purpose());

    v.edit(content("Lần 4", List.of()), null, null, SOAN_2, at(5));
    v.edit(content("Lần 5", List.of()), null, null, SOAN, at(6));

    assertEquals(
        List.of(
            VersionAction.CREATED, VersionAction.SAVED, VersionAction.SAVED, VersionAction.SAVED),
        actions(v));
    assertEquals(
        List.of("dieuphoi", "soan", "soan2", "soan"),
        v.events().stream().map(e -> e.actor().username()).toList());
    assertEquals(List.of("dieuphoi", "soan", "soan2"), List.copyOf(v.drafters()));
  }

  @Test
  void savesAreNotCoalescedAcrossAReturn() {
    DocumentVersion v = submitted();
    v.returnFromReview(XEM_XET, "Bổ sung căn cứ pháp lý", at(4));
    v.edit(complete(), null, null, SOAN, at(5));

    assertEquals(
        List.of(
            VersionAction.CREATED,
            VersionAction.SAVED,
            VersionAction.SUBMITTED,
            VersionAction.RETURNED_AT_REVIEW,
            VersionAction.SAVED),
        actions(v));
  }

  // ---- separation of duties

  @Test
  void creatorWhoNeverSavedCannotReview() {
    DocumentVersion v = submitted();
    DutiesConflict e =
        assertThrows(DutiesConflict.class, () -> v.acceptReview(DIEU_PHOI, "h", at(4)));
    assertEquals(403, e.status());
    assertEquals(VersionStatus.IN_REVIEW, v.status());
    assertEquals(List.of(), v.signatures());
  }

  @Test
  void drafterCannotReviewNorReturn() {
    DocumentVersion v = submitted();
    assertThrows(DutiesConflict.class, () -> v.checkReviewableBy(SOAN));
    assertThrows(DutiesConflict.class, () -> v.acceptReview(SOAN, "h", at(4)));
    assertThrows(DutiesConflict.class, () -> v.returnFromReview(SOAN, "Tự trả lại", at(4)));
    assertEquals(VersionStatus.IN_REVIEW, v.status());
  }

  @Test
  void drafterCannotApprove() {
    DocumentVersion v = reviewed();
    assertThrows(DutiesConflict.class, () -> v.approve(SOAN, "h", DAY_1, at(5)));
    assertThrows(DutiesConflict.class, () -> v.approve(DIEU_PHOI, "h", DAY_1, at(5)));
    assertEquals(VersionStatus.REVIEWED, v.status());
    assertEquals(Optional.empty(), v.signature(SignatureCapacity.APPROVAL));
  }

  @Test
  void reviewerWhoAcceptedCannotApproveNorReturn() {
    DocumentVersion v = reviewed();
    DutiesConflict e =
        assertThrows(DutiesConflict.class, () -> v.approve(XEM_XET, "h", DAY_1, at(5)));
    assertEquals("problem.duties.reviewerApproves", e.key());
    assertThrows(DutiesConflict.class, () -> v.returnFromApproval(XEM_XET, "Trả lại", at(5)));
    assertEquals(VersionStatus.REVIEWED, v.status());
  }

  @Test
  void wrongStateIsRefusedBeforeDuties() {
    DocumentVersion draft = doc.startVersion(DIEU_PHOI, at(1));
    assertThrows(IllegalTransition.class, () -> draft.acceptReview(XEM_XET, "h", at(2)));
    assertThrows(IllegalTransition.class, () -> draft.approve(DUYET, "h", DAY_1, at(2)));
    assertThrows(IllegalTransition.class, () -> draft.returnFromReview(XEM_XET, "x", at(2)));
    assertThrows(IllegalTransition.class, () -> draft.returnFromApproval(DUYET, "x", at(2)));
    assertEquals(List.of(VersionAction.CREATED), actions(draft));
  }

  @Test
  void inReviewCannotBeApprovedYet() {
    DocumentVersion v = submitted();
    assertThrows(IllegalTransition.class, () -> v.approve(DUYET, "h", DAY_1, at(4)));
  }

  // ---- returns

  @Test
  void returnAtReviewNeedsAComment() {
    DocumentVersion v = submitted();
    for (String blank : new String[] {null, "", "   "}) {
      InvalidInput e =
          assertThrows(InvalidInput.class, () -> v.returnFromReview(XEM_XET, blank, at(4)));
      assertEquals(List.of("comment"), e.errors().stream().map(FieldError::field).toList());
    }
    assertEquals(VersionStatus.IN_REVIEW, v.status());
    assertNull(v.lastComment());
  }

  @Test
  void returnAtReviewMakesADraftAgainAndKeepsTheComment() {
    DocumentVersion v = submitted();

    v.returnFromReview(XEM_XET, "Thiếu bước lưu hồ sơ", at(4));

    assertEquals(VersionStatus.DRAFT, v.status());
    assertTrue(v.editable());
    assertEquals("Thiếu bước lưu hồ sơ", v.lastComment());
    VersionEvent last = v.events().get(v.events().size() - 1);
    assertEquals(VersionAction.RETURNED_AT_REVIEW, last.action());
    assertEquals("Thiếu bước lưu hồ sơ", last.comment());
    assertEquals(VersionStatus.IN_REVIEW, last.fromStatus());
    assertEquals(VersionStatus.DRAFT, last.toStatus());
    assertEquals(List.of(), v.signatures());

    v.edit(complete(), null, null, SOAN, at(5));
    v.submitForReview(SOAN, at(6));
    v.acceptReview(XEM_XET, "h", at(7));
    assertEquals(VersionStatus.REVIEWED, v.status());
    assertEquals("Thiếu bước lưu hồ sơ", v.lastComment(), "the last comment stays on record");
  }

  @Test
  void returnAtApprovalNeedsACommentAndKeepsSignaturesWhenRefused() {
    DocumentVersion v = reviewed();
    assertThrows(InvalidInput.class, () -> v.returnFromApproval(DUYET, " ", at(5)));
    assertEquals(VersionStatus.REVIEWED, v.status());
    assertTrue(v.signature(SignatureCapacity.REVIEW).isPresent());
  }

  @Test
  void returnAtApprovalWithdrawsTheReviewSignature() {
    DocumentVersion v = reviewed();

    v.returnFromApproval(DUYET, "Bổ sung căn cứ Luật Hộ tịch", at(5));

    assertEquals(VersionStatus.DRAFT, v.status());
    assertEquals("Bổ sung căn cứ Luật Hộ tịch", v.lastComment());
    assertEquals(Optional.empty(), v.signature(SignatureCapacity.REVIEW));
    assertEquals(1, v.signatures().size());
    Signature kept = v.signatures().get(0);
    assertTrue(kept.withdrawn());
    assertEquals(SignatureCapacity.REVIEW, kept.capacity());
    assertEquals("xemxet", kept.signer().username());
    assertEquals(Set.of("xemxet"), v.reviewers(), "who once reviewed stays a reviewer");
    VersionEvent last = v.events().get(v.events().size() - 1);
    assertEquals(VersionAction.RETURNED_AT_APPROVAL, last.action());
    assertEquals(VersionStatus.REVIEWED, last.fromStatus());
  }

  @Test
  void anyoneWhoEverAcceptedCannotApproveAfterASecondRound() {
    DocumentVersion v = reviewed();
    v.returnFromApproval(DUYET, "Sửa thời gian bước 2", at(5));
    v.edit(complete(), null, null, SOAN, at(6));
    v.submitForReview(SOAN, at(7));
    v.acceptReview(XEM_XET_2, "h2", at(8));

    assertThrows(DutiesConflict.class, () -> v.approve(XEM_XET, "h", DAY_1, at(9)));

    v.approve(DUYET, "h3", DAY_1, at(9));
    assertEquals(VersionStatus.APPROVED, v.status());
    assertEquals(
        "xemxet2", v.signature(SignatureCapacity.REVIEW).orElseThrow().signer().username());
    assertEquals(3, v.signatures().size());
    assertEquals(
        List.of(true, false, false), v.signatures().stream().map(Signature::withdrawn).toList());
  }

  // ---- versions of a document

  @Test
  void noSecondVersionWhileOneIsInProgress() {
    doc.startVersion(DIEU_PHOI, at(1));
    assertThrows(IllegalTransition.class, () -> doc.startVersion(DIEU_PHOI, at(2)));
    assertEquals(1, doc.versions().size());
  }

  @Test
  void noSecondVersionWhileOneIsApprovedForALaterDate() {
    DocumentVersion v = reviewed();
    v.approve(DUYET, "h", DAY_2, at(5));
    IllegalTransition e =
        assertThrows(IllegalTransition.class, () -> doc.startVersion(DIEU_PHOI, at(6)));
    assertTrue(e.detail().contains("APPROVED"), e.detail());
  }

  @Test
  void revisionCopiesTheContentInForceAndSupersedesItWhenActivated() {
    DocumentVersion v1 = effective();

    DocumentVersion v2 = doc.startVersion(DIEU_PHOI, at(10));

    assertEquals(2, v2.issueNo());
    assertEquals(VersionStatus.DRAFT, v2.status());
    assertEquals(v1.content(), v2.content());
    assertEquals(Optional.of(v2), doc.inProgress());
    assertEquals(Optional.of(v1), doc.effectiveVersion());

    ProcedureContent changed =
        content(
            "Quy định trình tự đăng ký khai sinh",
            List.of(
                step("Tiếp nhận, kiểm tra hồ sơ", "Bộ phận Một cửa", "0.5"),
                step("Thẩm định, trình ký", "Công chức Tư pháp – Hộ tịch", "0.5"),
                step("Trả kết quả", "Bộ phận Một cửa", "0.25")));
    v2.edit(changed, "Rút ngắn thời gian thẩm định", "Cải cách TTHC", SOAN, at(11));
    assertEquals(new BigDecimal("1"), v1.content().steps().get(1).days(), "v1 untouched");
    v2.submitForReview(SOAN, at(12));
    v2.acceptReview(XEM_XET, "h", at(13));
    v2.approve(DUYET, "h", DAY_2, at(14));

    doc.activate(v2, DAY_2, DUYET, at(15));

    assertEquals(VersionStatus.SUPERSEDED, v1.status());
    assertEquals(DAY_2, v1.endedOn());
    assertEquals(VersionAction.SUPERSEDED, actions(v1).get(actions(v1).size() - 1));
    assertEquals(VersionStatus.EFFECTIVE, v2.status());
    assertEquals(2, doc.effectiveIssueNo());
    assertEquals(Optional.of(v2), doc.effectiveVersion());
    assertEquals(Optional.empty(), doc.inProgress());
    assertEquals(Optional.of(v2), doc.latest());

    DocumentVersion v3 = doc.startVersion(DIEU_PHOI, at(16));
    assertEquals(3, v3.issueNo());
    assertEquals(v2.content(), v3.content());
  }

  @Test
  void supersededVersionCannotMoveAnymore() {
    DocumentVersion v1 = effective();
    DocumentVersion v2 = doc.startVersion(DIEU_PHOI, at(10));
    v2.edit(complete(), null, null, SOAN, at(11));
    v2.submitForReview(SOAN, at(12));
    v2.acceptReview(XEM_XET, "h", at(13));
    v2.approve(DUYET, "h", DAY_2, at(14));
    doc.activate(v2, DAY_2, DUYET, at(15));

    assertThrows(IllegalTransition.class, () -> doc.activate(v1, DAY_2, DUYET, at(16)));
    assertThrows(IllegalTransition.class, () -> v1.edit(complete(), null, null, SOAN, at(16)));
  }

  @Test
  void activatingTwiceIsRefused() {
    DocumentVersion v = effective();
    assertThrows(IllegalTransition.class, () -> doc.activate(v, DAY_1, DUYET, at(9)));
    assertEquals(VersionStatus.EFFECTIVE, v.status());
    assertEquals(1, doc.effectiveIssueNo());
  }

  /**
   * A refused activation must leave the version in force alone. {@code activate} supersedes the old
   * version before it checks that the new one may take effect, so activating a draft leaves the
   * document with no version in force.
   */
  @Test
  void refusedActivationLeavesTheVersionInForce() {
    DocumentVersion v1 = effective();
    DocumentVersion v2 = doc.startVersion(DIEU_PHOI, at(10));

    assertThrows(IllegalTransition.class, () -> doc.activate(v2, DAY_2, DUYET, at(11)));

    assertEquals(VersionStatus.DRAFT, v2.status());
    assertEquals(VersionStatus.EFFECTIVE, v1.status());
    assertNull(v1.endedOn());
    assertEquals(Optional.of(v1), doc.effectiveVersion());
    assertEquals(1, doc.effectiveIssueNo());
  }

  /**
   * Only an approved version takes effect: DRAFT → IN_REVIEW → REVIEWED → APPROVED → EFFECTIVE. A
   * reviewed version has no approval signature and must not be put in force.
   */
  @Test
  void reviewedButUnapprovedVersionCannotTakeEffect() {
    DocumentVersion v = reviewed();

    assertThrows(IllegalTransition.class, () -> doc.activate(v, DAY_1, DUYET, at(5)));

    assertEquals(VersionStatus.REVIEWED, v.status());
    assertNull(doc.effectiveIssueNo());
  }

  // ---- withdrawal

  @Test
  void withdrawalMakesEverythingObsolete() {
    DocumentVersion v1 = effective();
    DocumentVersion v2 = doc.startVersion(DIEU_PHOI, at(10));
    v2.edit(complete(), null, null, SOAN, at(11));
    v2.submitForReview(SOAN, at(12));

    doc.withdraw("Thủ tục bị bãi bỏ theo Quyết định 1234/QĐ-UBND", DUYET, DAY_2, at(13));

    assertEquals(DocumentStatus.OBSOLETE, doc.status());
    assertEquals("Thủ tục bị bãi bỏ theo Quyết định 1234/QĐ-UBND", doc.withdrawnReason());
    assertEquals("duyet", doc.withdrawnBy());
    assertEquals(at(13), doc.withdrawnAt());
    assertNull(doc.effectiveIssueNo());
    assertEquals(VersionStatus.OBSOLETE, v1.status());
    assertEquals(DAY_2, v1.endedOn());
    assertEquals(VersionStatus.OBSOLETE, v2.status());
    assertEquals(Optional.empty(), doc.effectiveVersion());
    assertEquals(Optional.empty(), doc.inProgress());
    VersionEvent last = v1.events().get(v1.events().size() - 1);
    assertEquals(VersionAction.WITHDRAWN, last.action());
    assertEquals("Thủ tục bị bãi bỏ theo Quyết định 1234/QĐ-UBND", last.comment());
    assertEquals(VersionStatus.EFFECTIVE, last.fromStatus());
  }

  @Test
  void withdrawnDocumentRefusesEverything() {
    effective();
    doc.withdraw("Bãi bỏ", DUYET, DAY_2, at(10));

    assertThrows(IllegalTransition.class, () -> doc.startVersion(DIEU_PHOI, at(11)));
    assertThrows(IllegalTransition.class, () -> doc.describe("Tên mới", Set.of(), 6));
    assertThrows(IllegalTransition.class, () -> doc.withdraw("Lần nữa", DUYET, DAY_2, at(11)));
    assertEquals(1, doc.versions().size());
  }

  @Test
  void withdrawalLeavesSupersededVersionsAlone() {
    DocumentVersion v1 = effective();
    DocumentVersion v2 = doc.startVersion(DIEU_PHOI, at(10));
    v2.edit(complete(), null, null, SOAN, at(11));
    v2.submitForReview(SOAN, at(12));
    v2.acceptReview(XEM_XET, "h", at(13));
    v2.approve(DUYET, "h", DAY_2, at(14));
    doc.activate(v2, DAY_2, DUYET, at(15));

    doc.withdraw("Bãi bỏ", DUYET, LocalDate.of(2027, 1, 1), at(16));

    assertEquals(VersionStatus.SUPERSEDED, v1.status());
    assertEquals(DAY_2, v1.endedOn());
    assertEquals(VersionStatus.OBSOLETE, v2.status());
  }

  @Test
  void withdrawingADocumentWithOnlyADraft() {
    DocumentVersion v = doc.startVersion(DIEU_PHOI, at(1));
    doc.withdraw("Không ban hành nữa", DUYET, DAY_1, at(2));
    assertEquals(VersionStatus.OBSOLETE, v.status());
    assertFalse(v.editable());
  }

  @Test
  void describeChangesOnlyTheDescription() {
    DocumentVersion v = effective();
    doc.describe("Quy trình đăng ký khai sinh (sửa đổi)", Set.of("1.001193", "2.000815"), 24);
    assertEquals("Quy trình đăng ký khai sinh (sửa đổi)", doc.title());
    assertEquals(Set.of("1.001193", "2.000815"), doc.tthcCodes());
    assertEquals(24, doc.reviewPeriodMonths());
    assertEquals(VersionStatus.EFFECTIVE, v.status());
  }

  // ---- what is signed

  @Test
  void signedContentHashFollowsTheContent() {
    DocumentVersion v = doc.startVersion(DIEU_PHOI, at(1));
    v.edit(complete(), "Ban hành lần đầu", "Theo Nghị định", SOAN, at(2));
    String first = SignedContent.of(v).sha256();

    v.edit(complete(), "Ban hành lần đầu", "Theo Nghị định", SOAN, at(3));
    assertEquals(first, SignedContent.of(v).sha256(), "same content saved again");

    ProcedureContent sameButDecomposed =
        content(
            Normalizer.normalize("Quy định trình tự đăng ký khai sinh ", Normalizer.Form.NFD),
            List.of(
                step("Tiếp nhận, kiểm tra hồ sơ", "Bộ phận Một cửa", "0.50"),
                step("Thẩm định, trình ký", "Công chức Tư pháp – Hộ tịch", "1.00"),
                step("Trả kết quả", "Bộ phận Một cửa", "0.250")));
    v.edit(sameButDecomposed, "Ban hành lần đầu", "Theo Nghị định", SOAN_2, at(4));
    assertEquals(first, SignedContent.of(v).sha256(), "equivalent content is the same content");

    ProcedureContent changed =
        content(
            "Quy định trình tự đăng ký khai sinh",
            List.of(
                step("Tiếp nhận, kiểm tra hồ sơ", "Bộ phận Một cửa", "0.5"),
                step("Thẩm định, trình ký", "Công chức Tư pháp – Hộ tịch", "2"),
                step("Trả kết quả", "Bộ phận Một cửa", "0.25")));
    v.edit(changed, "Ban hành lần đầu", "Theo Nghị định", SOAN, at(5));
    assertNotEquals(first, SignedContent.of(v).sha256());

    v.edit(complete(), "Ban hành lần đầu", "Theo Nghị định", SOAN, at(6));
    assertEquals(first, SignedContent.of(v).sha256(), "back to the first content");

    v.edit(complete(), "Tóm tắt khác", "Theo Nghị định", SOAN, at(7));
    assertNotEquals(first, SignedContent.of(v).sha256(), "the change summary is signed too");
  }

  @Test
  void signedContentNamesDocumentAndIssue() {
    DocumentVersion v = effective();
    SignedContent s = SignedContent.of(v);
    assertEquals("QT-01/HT", s.documentCode());
    assertEquals("Quy trình đăng ký khai sinh", s.title());
    assertEquals(1, s.issueNo());
    assertEquals(v.content(), s.content());
    assertEquals(
        Canonical.sha256(
            new SignedContent(
                "QT-01/HT",
                "Quy trình đăng ký khai sinh",
                1,
                complete().normalized(),
                "Ban hành lần đầu",
                "Theo Nghị định 123/2015")),
        s.sha256());
    assertEquals(s.sha256(), v.signature(SignatureCapacity.APPROVAL).orElseThrow().contentHash());
  }
}
