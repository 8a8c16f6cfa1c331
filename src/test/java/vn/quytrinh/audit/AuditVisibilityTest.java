package vn.quytrinh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/**
 * Who reads which event: a unit's work by those who see the unit, the shared registries by every
 * reader, a person's events by the auditors of that person's unit, and events of no unit (failed
 * sign-ins, people of no unit, exports of everything) by OVERSIGHT only.
 */
class AuditVisibilityTest {

  JpaHarness db;

  @BeforeEach
  void open() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          AuditTrail t = new AuditTrail(em, Optional.empty());
          t.record("xa.thuky", "SAVE", "VERSION", "1/1", "XA", "work of XA");
          t.record("huyen.thuky", "SAVE", "VERSION", "2/1", "HUYEN", "work of HUYEN");
          t.record("tk", "CREATE", "LEGAL_DOCUMENT", "7", null, "registry");
          t.record("admin", "CREATE", "USER", "xa.kiemtra", "XA", "person of XA");
          t.record("admin", "CREATE", "USER", "thanh.tra", null, "person of no unit");
          t.record("anonymous", "SIGN_IN_FAILED", "SOURCE", "10.0.0.9", null, "failed sign-ins");
          t.record("thanh.tra", "EXPORT", "REPORT", "audit", null, "whole trail");
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Caller in(String unit, Role role) {
    return new Caller("u", "u", null, unit, Set.of(role), Set.of(unit), false);
  }

  Set<String> seenBy(Caller c) {
    return db.inTransaction(
        em ->
            new AuditService(new AuditTrail(em, Optional.empty()))
                .events(c, null, null, null, new PageRequest(0, 100)).items().stream()
                    .map(AuditChain.Event::summary)
                    .collect(Collectors.toSet()));
  }

  @Test
  void aUnitsCoordinatorReadsItsWorkAndTheRegistriesOnly() {
    assertEquals(Set.of("work of XA", "registry"), seenBy(in("XA", Role.COORDINATOR)));
    assertEquals(Set.of("work of XA", "registry"), seenBy(in("XA", Role.APPROVER)));
  }

  @Test
  void aUnitsAuditorReadsItsPeopleButNoEventOfNoUnit() {
    assertEquals(Set.of("work of XA", "registry", "person of XA"), seenBy(in("XA", Role.AUDITOR)));
    assertEquals(Set.of("work of HUYEN", "registry"), seenBy(in("HUYEN", Role.AUDITOR)));
  }

  @Test
  void oversightReadsEverything() {
    Caller oversight =
        new Caller("thanh.tra", "t", null, null, Set.of(Role.OVERSIGHT), Set.of(), true);
    assertEquals(
        Set.of(
            "work of XA",
            "work of HUYEN",
            "registry",
            "person of XA",
            "person of no unit",
            "failed sign-ins",
            "whole trail"),
        seenBy(oversight));
  }

  @Test
  void theWholeTrailExportFollowsTheSameRule() {
    Caller auditor = in("XA", Role.AUDITOR);
    List<AuditChain.Event> exported =
        db.inTransaction(
            em ->
                new AuditService(new AuditTrail(em, Optional.empty()))
                    .forExport(auditor, null, 0, 100));
    assertEquals(
        List.of("work of XA", "registry", "person of XA"),
        exported.stream().map(AuditChain.Event::summary).toList());
    assertEquals(
        List.of("work of XA", "person of XA"),
        db
            .inTransaction(
                em ->
                    new AuditService(new AuditTrail(em, Optional.empty()))
                        .forExport(auditor, "XA", 0, 100))
            .stream()
            .map(AuditChain.Event::summary)
            .toList());
  }

  @Test
  void aCallerOfNoUnitAndNoInstallationRoleReadsTheRegistriesOnly() {
    Caller none = new Caller("u", "u", null, null, Set.of(Role.REVIEWER), Set.of(), false);
    assertEquals(Set.of("registry"), seenBy(none));
  }
}
