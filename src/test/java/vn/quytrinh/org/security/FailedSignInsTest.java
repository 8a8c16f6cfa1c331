package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.platform.JpaHarness;

class FailedSignInsTest {

  @Test
  void sixHundredFailuresFromThreeSourcesAreThreeAuditRows() {
    FailedSignIns failures = new FailedSignIns();
    for (int i = 0; i < 600; i++) {
      failures.record("192.0.2." + (i % 3), "made.up." + i);
    }
    try (JpaHarness db = new JpaHarness()) {
      long before = count(db);
      db.inTransaction(
          em -> {
            new AuditTrail(em, java.util.Optional.empty()).recordAll(failures.drain("HTTP Basic"));
            return null;
          });
      assertEquals(before + 3, count(db));
      String summary =
          (String)
              db.inTransaction(
                  em ->
                      em.createNativeQuery(
                              "SELECT summary FROM audit_event WHERE entity_id = '192.0.2.0'")
                          .getSingleResult());
      assertTrue(summary.startsWith("200 lần đăng nhập sai"), summary);
      assertTrue(summary.endsWith(", …"), "more names than listed: " + summary);
      assertTrue(
          db.inTransaction(em -> new AuditTrail(em, java.util.Optional.empty()).verify()).valid());
    }
  }

  private static long count(JpaHarness db) {
    return db.inTransaction(
        em ->
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event").getSingleResult())
                .longValue());
  }

  @Test
  void namesAreShortPrintableAndFew() {
    FailedSignIns failures = new FailedSignIns();
    failures.record("192.0.2.1", "a\u0000b\u202Ec\nd" + "x".repeat(500));
    for (int i = 0; i < 50; i++) {
      failures.record("192.0.2.1", "ten" + i);
    }
    List<AuditTrail.Entry> events = failures.drain("biểu mẫu");
    assertEquals(1, events.size());
    String summary = events.get(0).summary();
    assertFalse(summary.contains("\u0000") || summary.contains("\u202E") || summary.contains("\n"));
    assertTrue(summary.contains("abcd" + "x".repeat(28) + ","), summary);
    assertFalse(summary.contains("ten10"), "at most ten names: " + summary);
    assertEquals("anonymous", events.get(0).actor(), "the actor is never the attacker's text");
  }

  @Test
  void sourcesAreBounded() {
    FailedSignIns failures = new FailedSignIns();
    for (int i = 0; i < FailedSignIns.MAX_SOURCES + 500; i++) {
      failures.record("2001:db8::" + Integer.toHexString(i), "x");
    }
    assertEquals(FailedSignIns.MAX_SOURCES + 1, failures.drain("HTTP Basic").size());
  }
}
