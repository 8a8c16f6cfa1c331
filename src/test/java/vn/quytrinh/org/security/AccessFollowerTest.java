package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.org.AppUser;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * Two instances on one database, each with its own sign-in cache and its own follower of the audit
 * trail: a person deactivated through one is refused by the other within a second, although the
 * other had her password cached for a minute.
 */
class AccessFollowerTest {

  private static final String PASSWORD = "Mật khẩu của Hoa 2026";
  private static final Caller ADMIN =
      new Caller("admin", "Quản trị", null, null, EnumSet.of(Role.ADMIN), Set.of(), true);

  private JpaHarness db;
  private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);

  /** One instance: its gate (with a 60 s cache) and its follower. */
  private final class Instance {
    final AtomicInteger lookups = new AtomicInteger();
    final AtomicInteger changesHeard = new AtomicInteger();
    final SignInGate gate;
    final AccessFollower follower;

    Instance() {
      gate =
          new SignInGate(
              u -> {
                lookups.incrementAndGet();
                return db.inTransaction(
                    em ->
                        new vn.quytrinh.platform.Wiring(em, time())
                            .org
                            .account(u)
                            .map(a -> new SignInGate.Account(a.passwordHash(), a.caller())));
              },
              (password, stored) -> stored.equals("hash:" + password),
              "decoy",
              new CredentialCache<>(Duration.ofSeconds(60), Clock.systemUTC()),
              new SignInThrottle(5, 30, Duration.ofSeconds(60), Clock.systemUTC()),
              new FailedSignIns());
      follower =
          new AccessFollower(
              after ->
                  db.inTransaction(
                      em ->
                          new AuditTrail(em, java.util.Optional.empty())
                              .since(after, AccessFollower.ENTITIES)),
              db.inTransaction(em -> new AuditTrail(em, java.util.Optional.empty()).headSeq()),
              new AccessFollower.Listener() {
                @Override
                public void personChanged(String username, long seq) {
                  changesHeard.incrementAndGet();
                  gate.personChanged(username);
                }

                @Override
                public void unitsChanged() {
                  gate.everyoneChanged();
                }
              });
    }
  }

  private static TimeSource time() {
    return new TimeSource();
  }

  @BeforeEach
  void open() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(
              new AppUser(
                  "hoa",
                  "Nguyễn Thị Hoa",
                  null,
                  null,
                  Set.of(Role.OVERSIGHT),
                  "hash:" + PASSWORD,
                  Instant.now()));
          return null;
        });
  }

  @AfterEach
  void close() {
    executor.shutdownNow();
    db.close();
  }

  @Test
  void aDeactivationOnOneInstanceIsSeenByTheOtherWithinASecond() throws Exception {
    Instance a = new Instance();
    Instance b = new Instance();
    assertInstanceOf(SignInGate.Accepted.class, b.gate.authenticate("10.0.0.1", "hoa", PASSWORD));
    assertInstanceOf(SignInGate.Accepted.class, b.gate.authenticate("10.0.0.1", "hoa", PASSWORD));
    assertEquals(1, b.lookups.get(), "b answers Hoa from its cache");

    db.inTransaction(
        em -> {
          OrgService org = new vn.quytrinh.platform.Wiring(em, time()).org;
          AppUser hoa = org.user(ADMIN, "hoa");
          org.updateUser(
              ADMIN,
              "hoa",
              new OrgService.UserData(
                  "hoa", hoa.fullName(), null, null, Set.of(Role.OVERSIGHT), false),
              null,
              OrgService.etag(hoa));
          return null;
        });
    // one round of each instance's follower, as its scheduler runs every
    // quytrinh.auth.follow-millis
    // (500 ms): deterministic here, no waiting on the clock
    b.follower.poll();
    assertEquals(1, b.changesHeard.get(), "b heard of the change in its next round");
    assertInstanceOf(SignInGate.Refused.class, b.gate.authenticate("10.0.0.1", "hoa", PASSWORD));
    assertEquals(2, b.lookups.get(), "b asked the database again");
    assertTrue(a.changesHeard.get() <= 1);
    a.follower.poll();
    assertEquals(1, a.changesHeard.get(), "a hears it too, once");
    b.follower.poll();
    assertEquals(1, b.changesHeard.get(), "nothing is heard twice");
  }

  @Test
  void nothingHappenedMeansNothingRead() {
    Instance a = new Instance();
    assertEquals(0, a.follower.poll());
    assertEquals(0, a.changesHeard.get());
  }
}
