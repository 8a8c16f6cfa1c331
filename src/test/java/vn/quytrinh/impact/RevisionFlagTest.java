package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.InvalidInput;

/** A revision flag's life without a database: due date, resolution, dismissal. */
class RevisionFlagTest {

  static final LocalDate RAISED = LocalDate.of(2025, 1, 15);
  static final Instant AT = Instant.parse("2025-02-03T02:00:00Z");

  /** Open on issue 2 (a revision in progress, or the version in force at issue 2). */
  final RevisionFlag flag = new RevisionFlag(40L, 2, Severity.AFFECTED, RAISED, RAISED);

  @Test
  void dueThreeMonthsAfterTheChangeTakesEffect() {
    assertEquals(LocalDate.of(2025, 4, 9), RevisionFlag.dueOn(LocalDate.of(2025, 1, 9)));
    assertEquals(LocalDate.of(2025, 10, 1), RevisionFlag.dueOn(LocalDate.of(2025, 7, 1)));
    assertEquals(
        LocalDate.of(2025, 2, 28),
        RevisionFlag.dueOn(LocalDate.of(2024, 11, 30)),
        "end of a short month");
  }

  @Test
  void anOlderIssueApprovedLeavesTheFlagOpen() {
    assertFalse(flag.resolveBy(1, RAISED));
    assertEquals(FlagStatus.OPEN, flag.status());
    assertNull(flag.resolvedOn());
  }

  @Test
  void theFlaggedIssueOrANewerOneApprovedResolvesItOnce() {
    assertTrue(flag.resolveBy(2, RAISED.plusDays(3)), "the revision that was in progress");
    assertEquals(FlagStatus.RESOLVED, flag.status());
    assertEquals(RAISED.plusDays(3), flag.resolvedOn());
    assertEquals(2, flag.resolvedByIssue());
    assertFalse(flag.resolveBy(3, RAISED.plusDays(9)), "resolved once");
    assertEquals(2, flag.resolvedByIssue(), "the first resolution stays on record");
  }

  @Test
  void anApproverDismissesAnOpenFlagWithAJustification() {
    flag.dismiss("ct", "  Điều 17 không áp dụng tại xã ", AT);
    assertEquals(FlagStatus.DISMISSED, flag.status());
    assertEquals("ct", flag.dismissedBy());
    assertEquals(AT, flag.dismissedAt());
    assertEquals("Điều 17 không áp dụng tại xã", flag.justification(), "kept cleaned");
    assertFalse(flag.resolveBy(3, RAISED), "a dismissed flag is not resolved later");
    assertEquals(FlagStatus.DISMISSED, flag.status());
  }

  @Test
  void aDismissalNeedsAJustificationOfAReasonableLength() {
    for (String blank : new String[] {null, "", "  \t"}) {
      InvalidInput e = assertThrows(InvalidInput.class, () -> flag.dismiss("ct", blank, AT));
      assertEquals("justification", e.errors().get(0).field());
    }
    assertThrows(InvalidInput.class, () -> flag.dismiss("ct", "x".repeat(4001), AT));
    assertEquals(FlagStatus.OPEN, flag.status(), "nothing changed");
    flag.dismiss("ct", "x".repeat(4000), AT);
    assertEquals(FlagStatus.DISMISSED, flag.status());
  }

  @Test
  void onlyAnOpenFlagCanBeDismissed() {
    flag.resolveBy(2, RAISED);
    Conflict e = assertThrows(Conflict.class, () -> flag.dismiss("ct", "Không cần", AT));
    assertEquals(409, e.status());
    assertEquals(FlagStatus.RESOLVED, flag.status());
    assertNull(flag.justification());

    RevisionFlag dismissed = new RevisionFlag(41L, 1, Severity.AFFECTED, RAISED, RAISED);
    dismissed.dismiss("ct", "Không cần", AT);
    assertThrows(Conflict.class, () -> dismissed.dismiss("ct2", "Lần nữa", AT.plusSeconds(60)));
    assertEquals("ct", dismissed.dismissedBy());
  }
}
