package vn.quytrinh.document;

import java.util.Set;

/**
 * ISO 9001 7.5.2 / 7.5.3 in the agencies' practice: the people who drafted a version (everyone who
 * created or saved it) do not review or approve it, and the one who reviewed it does not also
 * approve it.
 */
public final class SeparationOfDuties {

  private SeparationOfDuties() {}

  /** Whether {@code user} may review a version these people drafted. */
  public static boolean mayReview(String user, Set<String> drafters) {
    return !drafters.contains(user);
  }

  /** Whether {@code user} may approve a version these people drafted and reviewed. */
  public static boolean mayApprove(String user, Set<String> drafters, Set<String> reviewers) {
    return !drafters.contains(user) && !reviewers.contains(user);
  }

  public static void checkReviewer(String user, Set<String> drafters) {
    if (!mayReview(user, drafters)) {
      throw new DutiesConflict("problem.duties.drafterReviews");
    }
  }

  public static void checkApprover(String user, Set<String> drafters, Set<String> reviewers) {
    if (drafters.contains(user)) {
      throw new DutiesConflict("problem.duties.drafterApproves");
    }
    if (reviewers.contains(user)) {
      throw new DutiesConflict("problem.duties.reviewerApproves");
    }
  }
}
