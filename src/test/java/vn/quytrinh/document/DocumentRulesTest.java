package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

/**
 * The rules the document aggregate owns besides the lifecycle: the approve-and-activate decision,
 * the version in force on a date and the periodic review's due date.
 */
class DocumentRulesTest {

  static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  final ControlledDocument doc = Drafts.procedure("QT-02/CT", "UBND-XA-A", T);

  /** A new issue, drafted, reviewed and waiting for the approver. */
  DocumentVersion reviewed() {
    DocumentVersion v = doc.startVersion(Drafts.DRAFTER, T);
    v.edit(Drafts.content("Lần " + v.issueNo()), "Ban hành", null, Drafts.DRAFTER, T);
    v.submitForReview(Drafts.DRAFTER, T);
    v.acceptReview(Drafts.REVIEWER, "r", T);
    return v;
  }

  boolean approve(DocumentVersion v, LocalDate from, LocalDate today) {
    return doc.approve(v, Drafts.APPROVER, "a", from, today, T);
  }

  Optional<Integer> inForce(LocalDate on) {
    return doc.inForceOn(on).map(DocumentVersion::issueNo);
  }

  @Test
  void anApprovalWithoutADateTakesEffectTodayAndSupersedesTheVersionInForce() {
    DocumentVersion first = reviewed();
    assertTrue(approve(first, null, TODAY), "took effect now");
    assertEquals(VersionStatus.EFFECTIVE, first.status());
    assertEquals(TODAY, first.effectiveFrom());
    assertEquals(1, doc.effectiveIssueNo());

    LocalDate later = TODAY.plusMonths(2);
    DocumentVersion second = reviewed();
    assertTrue(approve(second, later, later));
    assertEquals(VersionStatus.SUPERSEDED, first.status());
    assertEquals(later, first.endedOn(), "ended the day the next one took effect");
    assertEquals(2, doc.effectiveIssueNo());
  }

  @Test
  void anApprovalForALaterDayWaitsForItAndLeavesTheVersionInForce() {
    DocumentVersion first = reviewed();
    approve(first, TODAY, TODAY);
    DocumentVersion second = reviewed();
    assertFalse(approve(second, TODAY.plusDays(30), TODAY), "waits for the scheduler");
    assertEquals(VersionStatus.APPROVED, second.status());
    assertEquals(TODAY.plusDays(30), second.effectiveFrom());
    assertEquals(VersionStatus.EFFECTIVE, first.status());
    assertEquals(1, doc.effectiveIssueNo());
  }

  @Test
  void anApprovalForADayAlreadyPastIsRefusedAndChangesNothing() {
    DocumentVersion v = reviewed();
    InvalidInput e = assertThrows(InvalidInput.class, () -> approve(v, TODAY.minusDays(1), TODAY));
    assertEquals(
        List.of("effectiveFrom"), e.errors().stream().map(FieldError::field).toList(), e.detail());
    assertEquals(VersionStatus.REVIEWED, v.status());
    assertTrue(v.signature(SignatureCapacity.APPROVAL).isEmpty(), "no approval signed");
    assertEquals(TODAY, ControlledDocument.effectiveDate(null, TODAY));
    assertEquals(TODAY, ControlledDocument.effectiveDate(TODAY, TODAY));
  }

  @Test
  void aWithdrawnDocumentApprovesNothing() {
    DocumentVersion first = reviewed();
    approve(first, TODAY, TODAY);
    doc.withdraw("Bãi bỏ", Drafts.APPROVER, TODAY, T);
    assertThrows(IllegalTransition.class, () -> doc.startVersion(Drafts.DRAFTER, T));
    assertThrows(IllegalTransition.class, () -> approve(first, TODAY, TODAY));
  }

  @Test
  void theVersionInForceOnADayIsTheOneEffectiveThenAndNotYetEnded() {
    LocalDate second = TODAY.plusMonths(4);
    LocalDate withdrawn = TODAY.plusMonths(9);
    approve(reviewed(), TODAY, TODAY);
    DocumentVersion next = reviewed();
    approve(next, second, TODAY);

    assertEquals(Optional.empty(), inForce(TODAY.minusDays(1)), "before the first issue");
    assertEquals(Optional.of(1), inForce(TODAY));
    assertEquals(Optional.of(1), inForce(second), "approved but not yet made effective");
    assertEquals(
        Optional.of(2),
        doc.dueInForceOn(second).map(DocumentVersion::issueNo),
        "the issue due by then, as its unit sees it");
    assertEquals(Optional.of(1), doc.dueInForceOn(second.minusDays(1)).map(v -> v.issueNo()));

    doc.activate(next, second, Drafts.APPROVER, T);
    assertEquals(Optional.of(1), inForce(second.minusDays(1)), "the superseded one, its days");
    assertEquals(Optional.of(2), inForce(second));

    doc.withdraw("Bãi bỏ", Drafts.APPROVER, withdrawn, T);
    assertEquals(Optional.of(2), inForce(withdrawn.minusDays(1)));
    assertEquals(Optional.empty(), inForce(withdrawn), "nothing after the withdrawal");
  }

  @Test
  void thePeriodicReviewIsDueAPeriodAfterTheVersionInForceTookEffect() {
    assertEquals(Optional.empty(), doc.reviewDueOn(), "nothing in force, nothing to review");
    assertFalse(doc.reviewOverdueOn(TODAY.plusYears(5)));

    approve(reviewed(), TODAY, TODAY);
    LocalDate due = TODAY.plusMonths(12);
    assertEquals(Optional.of(due), doc.reviewDueOn());
    assertFalse(doc.reviewOverdueOn(due), "due that day, not yet overdue");
    assertTrue(doc.reviewOverdueOn(due.plusDays(1)));

    doc.describe(doc.title(), doc.tthcCodes(), 24);
    assertEquals(Optional.of(TODAY.plusMonths(24)), doc.reviewDueOn(), "the period as it is now");

    LocalDate revised = TODAY.plusMonths(6);
    approve(reviewed(), revised, revised);
    assertEquals(
        Optional.of(revised.plusMonths(24)), doc.reviewDueOn(), "counted from the new issue");
  }
}
