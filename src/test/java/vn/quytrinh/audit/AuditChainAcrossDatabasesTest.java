package vn.quytrinh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.JpaHarness.Db;

/**
 * The same events give the same chain on H2 and on PostgreSQL: every stored field and every hash,
 * with and without an installation key. Needs both databases, so it runs in the {@code postgresql}
 * profile (tag {@code postgresql}, excluded from the default run, where {@link
 * AuditTrailTest#storedHashesAreTheChainOfTheEventsAsGiven} checks the H2 side against the chain
 * computed in Java).
 */
@Tag("postgresql")
class AuditChainAcrossDatabasesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", AuditScript.KEY})
  void sameEventsGiveTheSameStoredChainOnBothDatabases(String key) {
    String k = key.isEmpty() ? null : key;
    try (JpaHarness h2 = new JpaHarness(Db.H2);
        JpaHarness pg = new JpaHarness(Db.POSTGRESQL)) {
      List<AuditChain.Event> onH2 = AuditScript.appendOn(h2, k);
      List<AuditChain.Event> onPg = AuditScript.appendOn(pg, k);

      List<String> expected = AuditScript.expectedHashes(k);
      assertEquals(expected, onH2.stream().map(AuditChain.Event::hash).toList(), "H2");
      assertEquals(expected, onPg.stream().map(AuditChain.Event::hash).toList(), "PostgreSQL");
      for (int i = 0; i < onH2.size(); i++) {
        assertEquals(onH2.get(i), onPg.get(i), "event " + (i + 1) + " read back alike");
      }
      assertEquals(AuditScript.head(h2), AuditScript.head(pg));
      assertEquals(
          List.of((long) expected.size(), expected.get(expected.size() - 1)), AuditScript.head(pg));

      for (JpaHarness db : List.of(h2, pg)) {
        AuditTrail.Verification v =
            db.inTransaction(em -> new AuditTrail(em, java.util.Optional.ofNullable(k)).verify());
        assertTrue(v.valid(), db.db() + " first broken at " + v.firstBrokenAt());
        assertEquals(expected.size(), v.events());
      }
    }
  }
}
