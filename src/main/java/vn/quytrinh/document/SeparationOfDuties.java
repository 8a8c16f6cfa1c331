package vn.quytrinh.document;

import java.util.Set;

/**
 * ISO 9001 7.5.2 / 7.5.3 in the agencies' practice: the people who drafted a version (everyone who
 * created or saved it) do not review or approve it, and the one who reviewed it does not also
 * approve it.
 */
public final class SeparationOfDuties {

  private SeparationOfDuties() {}

  public static void checkReviewer(String user, Set<String> drafters) {
    if (drafters.contains(user)) {
      throw new DutiesConflict(
          "Người soạn thảo không được xem xét chính phiên bản mình soạn (a drafter may not review the version).");
    }
  }

  public static void checkApprover(String user, Set<String> drafters, Set<String> reviewers) {
    if (drafters.contains(user)) {
      throw new DutiesConflict(
          "Người soạn thảo không được phê duyệt chính phiên bản mình soạn (a drafter may not approve the version).");
    }
    if (reviewers.contains(user)) {
      throw new DutiesConflict(
          "Người đã xem xét không được đồng thời phê duyệt phiên bản (the reviewer may not also approve).");
    }
  }
}
