package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.quytrinh.document.VersionStatus.APPROVED;
import static vn.quytrinh.document.VersionStatus.DRAFT;
import static vn.quytrinh.document.VersionStatus.EFFECTIVE;
import static vn.quytrinh.document.VersionStatus.IN_REVIEW;
import static vn.quytrinh.document.VersionStatus.OBSOLETE;
import static vn.quytrinh.document.VersionStatus.REVIEWED;
import static vn.quytrinh.document.VersionStatus.SUPERSEDED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class VersionStatusTest {

  /** The documented lifecycle: DRAFT → IN_REVIEW → REVIEWED → APPROVED → EFFECTIVE → SUPERSEDED. */
  private static final Map<VersionStatus, Set<VersionStatus>> ALLOWED =
      Map.of(
          DRAFT, EnumSet.of(IN_REVIEW, OBSOLETE),
          IN_REVIEW, EnumSet.of(REVIEWED, DRAFT, OBSOLETE),
          REVIEWED, EnumSet.of(APPROVED, DRAFT, OBSOLETE),
          APPROVED, EnumSet.of(EFFECTIVE, OBSOLETE),
          EFFECTIVE, EnumSet.of(SUPERSEDED, OBSOLETE),
          SUPERSEDED, EnumSet.noneOf(VersionStatus.class),
          OBSOLETE, EnumSet.noneOf(VersionStatus.class));

  static Stream<Arguments> everyPair() {
    return Arrays.stream(VersionStatus.values())
        .flatMap(
            from ->
                Arrays.stream(VersionStatus.values())
                    .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @MethodSource("everyPair")
  void canMoveToFollowsTheLifecycle(VersionStatus from, VersionStatus to, boolean allowed) {
    assertEquals(allowed, from.canMoveTo(to));
  }

  @ParameterizedTest
  @EnumSource(VersionStatus.class)
  void finalStatesGoNowhere(VersionStatus to) {
    assertFalse(SUPERSEDED.canMoveTo(to));
    assertFalse(OBSOLETE.canMoveTo(to));
  }

  @Test
  void approvedCannotGoBackToDraft() {
    assertFalse(APPROVED.canMoveTo(DRAFT));
    assertFalse(EFFECTIVE.canMoveTo(DRAFT));
  }

  @Test
  void inProgressStatuses() {
    assertEquals(
        EnumSet.of(DRAFT, IN_REVIEW, REVIEWED, APPROVED),
        EnumSet.copyOf(
            Arrays.stream(VersionStatus.values()).filter(VersionStatus::inProgress).toList()));
    assertEquals(VersionStatus.IN_PROGRESS, EnumSet.of(DRAFT, IN_REVIEW, REVIEWED, APPROVED));
  }

  @Test
  void vietnameseLabels() {
    assertEquals("Dự thảo", DRAFT.label());
    assertEquals("Đang hiệu lực", EFFECTIVE.label());
    assertEquals("Hết hiệu lực", OBSOLETE.label());
    assertEquals(
        VersionStatus.values().length,
        Arrays.stream(VersionStatus.values()).map(VersionStatus::label).distinct().count());
  }
}
