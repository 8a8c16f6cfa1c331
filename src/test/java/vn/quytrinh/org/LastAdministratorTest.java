package vn.quytrinh.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The installation always keeps an active administrator: the last one cannot be deactivated or
 * demoted, by another or by itself, also when two such changes race on two instances (two entity
 * managers, two transactions).
 */
class LastAdministratorTest {

  static final Instant T = Instant.parse("2026-11-02T02:00:00Z");

  JpaHarness db;

  @BeforeEach
  void seed() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(new AppUser("admin.a", "Quản trị A", null, null, Set.of(Role.ADMIN), "x", T));
          em.persist(new AppUser("admin.b", "Quản trị B", null, null, Set.of(Role.ADMIN), "x", T));
          em.persist(
              new AppUser("thanh.tra", "Thanh tra", null, null, Set.of(Role.OVERSIGHT), "x", T));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Caller admin(String username) {
    return new Caller(username, username, null, null, Set.of(Role.ADMIN), Set.of(), true);
  }

  static OrgService.UserData data(String username, Set<Role> roles, boolean active) {
    return new OrgService.UserData(username, username, null, null, roles, active);
  }

  /** Changes one person in its own transaction, as one request on one instance. */
  void change(EntityManager em, String by, String who, Set<Role> roles, boolean active) {
    OrgService org = new vn.quytrinh.platform.Wiring(em, new TimeSource()).org;
    AppUser u = org.user(admin(by), who);
    org.updateUser(admin(by), who, data(who, roles, active), null, OrgService.etag(u));
  }

  void inTx(String by, String who, Set<Role> roles, boolean active) {
    db.inTransaction(
        em -> {
          change(em, by, who, roles, active);
          return null;
        });
  }

  long activeAdmins() {
    return db.inTransaction(
        em ->
            em.createQuery("SELECT u FROM AppUser u", AppUser.class).getResultList().stream()
                .filter(u -> u.active() && u.roles().contains(Role.ADMIN))
                .count());
  }

  @Test
  void theLastAdministratorCannotBeDeactivatedNorDemoteItself() {
    inTx("admin.a", "admin.b", Set.of(Role.ADMIN), false);
    assertEquals(1, activeAdmins());
    assertThrows(Conflict.class, () -> inTx("admin.a", "admin.a", Set.of(Role.ADMIN), false));
    assertThrows(Conflict.class, () -> inTx("admin.a", "admin.a", Set.of(Role.OVERSIGHT), true));
    assertEquals(1, activeAdmins(), "nothing changed");
    // other people still change freely, and a second administrator lets the first go
    inTx("admin.a", "thanh.tra", Set.of(Role.OVERSIGHT), false);
    inTx("admin.a", "admin.b", Set.of(Role.ADMIN), true);
    inTx("admin.a", "admin.a", Set.of(Role.OVERSIGHT), true);
    assertEquals(1, activeAdmins());
  }

  @Test
  void twoAdministratorsDeactivatingEachOtherAtOnceLeaveOne() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    EntityManager first = db.entityManager();
    try {
      // instance 1: A deactivates B, not yet committed
      first.getTransaction().begin();
      change(first, "admin.a", "admin.b", Set.of(Role.ADMIN), false);
      // instance 2: B deactivates A at the same moment
      Future<?> second = pool.submit(() -> inTx("admin.b", "admin.a", Set.of(Role.ADMIN), false));
      awaitBlockedOrDone(second);
      first.getTransaction().commit();
      ExecutionException lost =
          assertThrows(ExecutionException.class, () -> second.get(60, TimeUnit.SECONDS));
      assertInstanceOf(Conflict.class, lost.getCause(), String.valueOf(lost.getCause()));
    } finally {
      if (first.getTransaction().isActive()) {
        first.getTransaction().rollback();
      }
      first.close();
      pool.shutdownNow();
    }
    assertEquals(1, activeAdmins(), "one administrator is left");
  }

  /**
   * Until the other transaction waits on a lock held by the first (the database tells: H2's
   * sessions, PostgreSQL's activity), or has finished.
   */
  void awaitBlockedOrDone(Future<?> other) throws InterruptedException {
    String waiting =
        db.db() == JpaHarness.Db.POSTGRESQL
            ? "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'"
            : "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
    List<Object> blocked = new ArrayList<>();
    // a deadline for the polling, below the harness's 10 s lock timeout (not a timing assertion)
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(8);
    while (!other.isDone() && blocked.isEmpty() && System.nanoTime() < deadline) {
      blocked =
          db.inTransaction(
              em -> new ArrayList<Object>(em.createNativeQuery(waiting).getResultList()));
      Thread.sleep(20);
    }
    // the second change must really have queued on the first one's row locks before it commits
    assertFalse(other.isDone(), "the second change ended without waiting for the first");
    assertFalse(blocked.isEmpty(), "the database shows no transaction waiting on a lock");
  }
}
