package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.MovableClock;

/** The gate's rules, counting the password verifications instead of timing anything. */
class SignInGateTest {

  private static final String DECOY = "decoy-hash";
  private static final String SOURCE = "198.51.100.7";

  private final Map<String, SignInGate.Account> people = new HashMap<>();
  private final AtomicInteger verifications = new AtomicInteger();
  private final AtomicInteger decoyVerifications = new AtomicInteger();
  private MovableClock clock;
  private FailedSignIns failures;
  private SignInGate gate;

  @BeforeEach
  void setUp() {
    clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    people.put("hoa", account("hoa", "Mật khẩu của Hoa 2026"));
    failures = new FailedSignIns();
    gate =
        new SignInGate(
            u -> Optional.ofNullable(people.get(u)),
            (password, stored) -> {
              verifications.incrementAndGet();
              if (DECOY.equals(stored)) {
                decoyVerifications.incrementAndGet();
              }
              return stored.equals("hash:" + password);
            },
            DECOY,
            new CredentialCache<>(Duration.ofSeconds(60), clock),
            new SignInThrottle(5, 30, Duration.ofSeconds(60), clock),
            failures);
  }

  private static SignInGate.Account account(String username, String password) {
    return new SignInGate.Account(
        "hash:" + password,
        new Caller(username, username, null, null, EnumSet.of(Role.OVERSIGHT), Set.of(), true));
  }

  @Test
  void anUnknownUsernameCostsTheSameOneVerificationAsAWrongPassword() {
    assertInstanceOf(SignInGate.Refused.class, gate.authenticate(SOURCE, "hoa", "sai mật khẩu"));
    assertEquals(1, verifications.get());
    assertInstanceOf(
        SignInGate.Refused.class, gate.authenticate(SOURCE, "khong.co.ai", "sai mật khẩu"));
    assertEquals(2, verifications.get(), "one PBKDF2 run for a person who does not exist too");
    assertEquals(1, decoyVerifications.get());
  }

  @Test
  void theDecoyNeverLetsAnyoneIn() {
    assertInstanceOf(SignInGate.Refused.class, gate.authenticate(SOURCE, "khong.co.ai", "decoy"));
    people.clear();
    assertInstanceOf(
        SignInGate.Refused.class, gate.authenticate(SOURCE, "hoa", "Mật khẩu của Hoa 2026"));
  }

  @Test
  void aVerifiedPasswordIsRememberedBriefly() {
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(
          SignInGate.Accepted.class, gate.authenticate(SOURCE, "hoa", "Mật khẩu của Hoa 2026"));
    }
    assertEquals(1, verifications.get());
  }

  @Test
  void aChangeToThePersonDropsWhatWasRemembered() {
    gate.authenticate(SOURCE, "hoa", "Mật khẩu của Hoa 2026");
    people.remove("hoa"); // deactivated
    gate.personChanged("hoa");
    assertInstanceOf(
        SignInGate.Refused.class, gate.authenticate(SOURCE, "hoa", "Mật khẩu của Hoa 2026"));
  }

  @Test
  void aWaitingPairIsNotVerifiedAtAll() {
    for (int i = 0; i < 5; i++) {
      gate.authenticate(SOURCE, "hoa", "sai " + i);
    }
    int before = verifications.get();
    assertInstanceOf(
        SignInGate.Locked.class, gate.authenticate(SOURCE, "hoa", "Mật khẩu của Hoa 2026"));
    assertEquals(before, verifications.get());
    assertInstanceOf(
        SignInGate.Accepted.class,
        gate.authenticate("10.0.0.5", "hoa", "Mật khẩu của Hoa 2026"),
        "Hoa from another address is let in");
  }

  @Test
  void aResetByTheAdministratorLiftsTheWait() {
    for (int i = 0; i < 5; i++) {
      gate.authenticate(SOURCE, "hoa", "sai " + i);
    }
    people.put("hoa", account("hoa", "Mật khẩu mới của Hoa"));
    gate.personChanged("hoa");
    assertInstanceOf(
        SignInGate.Accepted.class, gate.authenticate(SOURCE, "hoa", "Mật khẩu mới của Hoa"));
  }

  @Test
  void failuresAreGatheredNotWrittenOneByOne() {
    for (int i = 0; i < 600; i++) {
      gate.authenticate("192.0.2." + (i % 3), "bia.dat." + i, "x");
    }
    List<AuditTrail.Entry> events = failures.drain("HTTP Basic");
    assertEquals(3, events.size(), "one event per source");
    assertEquals(List.of(), failures.drain("HTTP Basic"), "the period starts afresh");
  }

  @Test
  void aRememberedPasswordIsVerifiedAgainByOneRequestBeforeItExpires() {
    String password = "Mật khẩu của Hoa 2026";
    gate.authenticate(SOURCE, "hoa", password);
    clock.advance(Duration.ofSeconds(44));
    gate.authenticate(SOURCE, "hoa", password);
    assertEquals(1, verifications.get(), "still young: answered from memory");
    clock.advance(Duration.ofSeconds(1)); // three quarters of the 60 s
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(SignInGate.Accepted.class, gate.authenticate(SOURCE, "hoa", password));
    }
    assertEquals(2, verifications.get(), "one request renews, the others are answered meanwhile");
    clock.advance(Duration.ofSeconds(30)); // past the first entry's end, within the renewed one's
    assertInstanceOf(SignInGate.Accepted.class, gate.authenticate(SOURCE, "hoa", password));
    assertEquals(2, verifications.get(), "the renewed entry holds: no wait at the old expiry");
  }

  @Test
  void aRenewalThatFailsForgetsThePair() {
    String password = "Mật khẩu của Hoa 2026";
    gate.authenticate(SOURCE, "hoa", password);
    people.put("hoa", account("hoa", "Mật khẩu khác của Hoa")); // changed where no event told us
    clock.advance(Duration.ofSeconds(45));
    assertInstanceOf(SignInGate.Refused.class, gate.authenticate(SOURCE, "hoa", password));
    assertInstanceOf(SignInGate.Refused.class, gate.authenticate(SOURCE, "hoa", password));
  }

  @Test
  void aWrongPasswordDoesNotDropWhatAnotherRequestVerified() {
    String password = "Mật khẩu của Hoa 2026";
    gate.authenticate(SOURCE, "hoa", password);
    gate.authenticate("203.0.113.9", "hoa", "đoán thử");
    assertInstanceOf(SignInGate.Accepted.class, gate.authenticate(SOURCE, "hoa", password));
    assertEquals(2, verifications.get(), "only the wrong guess cost a verification");
  }

  @Test
  void requestsWithThePairBeingVerifiedWaitForThatVerification() throws Exception {
    int clients = 8;
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    SignInGate slow =
        new SignInGate(
            u -> Optional.ofNullable(people.get(u)),
            (password, stored) -> {
              runs.incrementAndGet();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return stored.equals("hash:" + password);
            },
            DECOY,
            new CredentialCache<>(Duration.ofSeconds(60), clock),
            new SignInThrottle(5, 30, Duration.ofSeconds(60), clock),
            failures);
    List<Thread> threads = new ArrayList<>();
    List<SignInGate.Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < clients; i++) {
      Thread t =
          new Thread(() -> outcomes.add(slow.authenticate(SOURCE, "hoa", "Mật khẩu của Hoa 2026")));
      threads.add(t);
      t.start();
    }
    // every client is parked: one in the verification, the others waiting for it (or, were the
    // verifications not shared, each in its own)
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    release.countDown();
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertEquals(clients, outcomes.size());
    outcomes.forEach(o -> assertInstanceOf(SignInGate.Accepted.class, o));
    assertEquals(1, runs.get(), "one PBKDF2 run for eight requests with the same pair");
  }
}
