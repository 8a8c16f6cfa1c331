package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

class FlagOperationsTest {

  static Caller person(Role role) {
    return new Caller("u", "Người dùng", "", "XA", EnumSet.of(role), Set.of("XA"), false);
  }

  @Test
  void onlyAnApproverOfTheUnitDismissesAndOnlyAnOpenFlag() {
    assertTrue(FlagOperations.mayDismiss(person(Role.APPROVER), "XA", FlagStatus.OPEN));
    assertFalse(FlagOperations.mayDismiss(person(Role.APPROVER), "HUYEN", FlagStatus.OPEN));
    assertFalse(FlagOperations.mayDismiss(person(Role.APPROVER), "XA", FlagStatus.DISMISSED));
    assertFalse(FlagOperations.mayDismiss(person(Role.APPROVER), "XA", FlagStatus.RESOLVED));
    for (Role r : EnumSet.complementOf(EnumSet.of(Role.APPROVER))) {
      assertFalse(FlagOperations.mayDismiss(person(r), "XA", FlagStatus.OPEN), r.name());
    }
  }
}
