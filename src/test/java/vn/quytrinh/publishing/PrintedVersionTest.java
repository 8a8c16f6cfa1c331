package vn.quytrinh.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.Drafts;
import vn.quytrinh.document.VersionStatus;

/**
 * Which version a manual prints for a date (the one in force then, or scheduled by then), and what
 * each status prints across its pages.
 */
class PrintedVersionTest {

  static final Instant T = Instant.parse("2026-01-05T02:00:00Z");
  static final LocalDate ISSUE_1 = LocalDate.of(2026, 1, 5);
  static final LocalDate ISSUE_2 = LocalDate.of(2026, 7, 1);

  final ControlledDocument doc = Drafts.procedure("QT-01/HT", "UBND-XA-A", T);

  DocumentVersion approved(LocalDate from) {
    return Drafts.approved(doc, from, T);
  }

  Optional<Integer> on(LocalDate day) {
    return doc.dueInForceOn(day).map(DocumentVersion::issueNo);
  }

  @Test
  void theVersionInForceOnTheDateAndTheOneScheduledByThen() {
    DocumentVersion first = approved(ISSUE_1);
    doc.activate(first, ISSUE_1, Drafts.APPROVER, T);
    assertEquals(Optional.empty(), on(ISSUE_1.minusDays(1)), "before its first issue");
    assertEquals(Optional.of(1), on(ISSUE_1));

    approved(ISSUE_2);
    assertEquals(Optional.of(1), on(ISSUE_2.minusDays(1)));
    assertEquals(
        Optional.of(2), on(ISSUE_2), "a manual for a later date prints the issue due by then");
    assertEquals(Optional.of(2), on(ISSUE_2.plusYears(1)));
  }

  @Test
  void aSupersededVersionIsStillTheOneOfItsDays() {
    DocumentVersion first = approved(ISSUE_1);
    doc.activate(first, ISSUE_1, Drafts.APPROVER, T);
    DocumentVersion second = approved(ISSUE_2);
    doc.activate(second, ISSUE_2, Drafts.APPROVER, T);
    assertEquals(Optional.of(1), on(ISSUE_2.minusDays(1)));
    assertEquals(Optional.of(2), on(ISSUE_2));
  }

  @ParameterizedTest
  @CsvSource({
    "DRAFT, DRAFT",
    "IN_REVIEW, DRAFT",
    "REVIEWED, DRAFT",
    "APPROVED, NONE",
    "EFFECTIVE, NONE",
    "SUPERSEDED, OBSOLETE",
    "OBSOLETE, OBSOLETE"
  })
  void eachStatusPrintsItsWatermark(VersionStatus status, ProcedureSheet.Watermark expected) {
    assertEquals(expected, SheetBuilder.watermark(status));
  }

  @Test
  void aReadersManualHoldsOnlyVersionsInForceUpToToday() {
    LocalDate today = ISSUE_2.minusDays(10);
    DocumentVersion first = approved(ISSUE_1);
    doc.activate(first, ISSUE_1, Drafts.APPROVER, T);
    approved(ISSUE_2); // approved, in force only from ISSUE_2
    LocalDate far = LocalDate.of(2199, 12, 31);
    assertEquals(today, PublishingService.manualDate(true, far, today), "a reader is clamped");
    assertEquals(today, PublishingService.manualDate(true, null, today));
    assertEquals(ISSUE_1, PublishingService.manualDate(true, ISSUE_1, today), "the past stays");
    assertEquals(far, PublishingService.manualDate(false, far, today), "a coordinator looks ahead");
    LocalDate readersDay = PublishingService.manualDate(true, far, today);
    assertEquals(Optional.of(1), doc.inForceOn(readersDay).map(DocumentVersion::issueNo));
    // even on a day the approved version is due but the scheduler has not yet made it effective
    assertEquals(
        Optional.of(1),
        doc.inForceOn(ISSUE_2).map(DocumentVersion::issueNo),
        "an approved version not yet in force is never a reader's");
    assertEquals(Optional.of(2), on(ISSUE_2), "those who read the work see the one due");
  }
}
