package vn.quytrinh.impact;

import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/**
 * What a person may do to a revision flag, asked before rather than refused after: the pages offer
 * only this, and {@link ImpactService#dismiss} refuses the rest all the same.
 */
public final class FlagOperations {

  private FlagOperations() {}

  /** An approver of a unit in the person's scope dismisses an open flag of it. */
  public static boolean mayDismiss(Caller c, String unitCode, FlagStatus status) {
    return status == FlagStatus.OPEN && c.has(Role.APPROVER) && c.sees(unitCode);
  }
}
