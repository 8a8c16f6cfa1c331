package vn.quytrinh.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/**
 * The registers a page offers for a unit are those {@link PublishingService#register} lets the
 * person export: the master list to everyone, coverage and flags to those who read the unit's work,
 * the audit trail to its auditors and the overseers.
 */
class RegistersForTest {

  static final String XA = "HY.XA.TANHOA";
  static final String SO = "HY.SKHCN";

  static Caller of(Role role, String unit) {
    return new Caller("u", "U", null, unit, Set.of(role), Set.of(unit), false);
  }

  @Test
  void eachRoleIsOfferedWhatItMayExport() {
    assertEquals(List.of("master-list"), PublishingService.registersFor(of(Role.READER, XA), XA));
    assertEquals(
        List.of("master-list", "coverage", "flags"),
        PublishingService.registersFor(of(Role.COORDINATOR, XA), XA));
    assertEquals(
        List.of("master-list", "coverage", "flags", "audit"),
        PublishingService.registersFor(of(Role.AUDITOR, XA), XA));
    assertEquals(
        List.of("master-list"),
        PublishingService.registersFor(of(Role.AUDITOR, XA), SO),
        "another unit's work and trail are not the commune auditor's");
    Caller overseer = new Caller("o", "O", null, "HY", Set.of(Role.OVERSIGHT), Set.of(), true);
    assertEquals(
        List.of("master-list", "coverage", "flags", "audit"),
        PublishingService.registersFor(overseer, SO));
  }

  /** What {@link PublishingService#registersFor} offers and what register checks cannot drift. */
  @Test
  void theOfferAndTheCheckUseOnePredicate() {
    for (Role role : Role.values()) {
      for (String unit : List.of(XA, SO)) {
        Caller c = of(role, XA);
        List<String> offered = PublishingService.registersFor(c, unit);
        assertEquals(
            PublishingService.mayReadWork(c, unit),
            offered.contains("coverage"),
            role + " " + unit);
        assertEquals(
            PublishingService.mayExportAudit(c) && c.sees(unit),
            offered.contains("audit"),
            role + " " + unit);
      }
    }
  }
}
