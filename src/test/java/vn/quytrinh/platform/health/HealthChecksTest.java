package vn.quytrinh.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.config.SchemaMigration;

class HealthChecksTest {

  static JdbcDataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:health-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }

  @Test
  void theDatabaseIsReadyWhenItsMigratedSchemaCanBeRead() {
    JdbcDataSource ds = h2();
    HealthCheckResponse empty = new DatabaseReadiness(ds).call();
    assertEquals(HealthCheckResponse.Status.DOWN, empty.getStatus(), "no schema yet");
    assertTrue(empty.getData().orElseThrow().containsKey("problem"));

    String version = SchemaMigration.migrate(ds, getClass().getClassLoader()).targetSchemaVersion;
    HealthCheckResponse ready = new DatabaseReadiness(ds).call();
    assertEquals(HealthCheckResponse.Status.UP, ready.getStatus(), ready.getData().toString());
    assertEquals("database", ready.getName());
    assertEquals(version, ready.getData().orElseThrow().get("schemaVersion"));
    assertEquals("H2", ready.getData().orElseThrow().get("database"));
  }

  @Test
  void theDatabaseIsNotReadyWhenNoConnectionOpens() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:x;IFEXISTS=TRUE");
    assertEquals(HealthCheckResponse.Status.DOWN, new DatabaseReadiness(ds).call().getStatus());
  }

  @Test
  void theJvmIsDeadWithDeadlockedThreadsOrAHeapFullAfterCollection() {
    assertEquals(Optional.empty(), JvmLiveness.problem(0, 400, 1000, 0.95));
    assertEquals(Optional.of("2 deadlocked threads"), JvmLiveness.problem(2, 400, 1000, 0.95));
    assertEquals(
        Optional.of("heap 96 % full after garbage collection (limit 95 %)"),
        JvmLiveness.problem(0, 960, 1000, 0.95));
    assertEquals(Optional.empty(), JvmLiveness.problem(0, 960, 0, 0.95), "no maximum known");
    HealthCheckResponse now = new JvmLiveness(0.95).call();
    assertEquals("jvm", now.getName());
    assertEquals(HealthCheckResponse.Status.UP, now.getStatus(), now.getData().toString());
  }

  @Test
  void theJvmIsAskedAtMostOnceASecond() {
    JvmLiveness live = new JvmLiveness(0.95);
    HealthCheckResponse first = live.at(0);
    org.junit.jupiter.api.Assertions.assertSame(first, live.at(999_999_999L), "within the second");
    org.junit.jupiter.api.Assertions.assertNotSame(
        first, live.at(1_000_000_000L), "a second later");
  }
}
