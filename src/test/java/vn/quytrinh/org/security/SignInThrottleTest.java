package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.time.MovableClock;

class SignInThrottleTest {

  private static final Duration LOCK = Duration.ofSeconds(60);
  private static final String ATTACKER = "203.0.113.9";
  private static final String OFFICE = "10.1.2.3";

  private MovableClock clock;
  private SignInThrottle throttle;

  @BeforeEach
  void setUp() {
    clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    throttle = new SignInThrottle(5, 20, LOCK, clock);
  }

  private void fail(String source, String username, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(source, username);
    }
  }

  @Test
  void theGuessingPairWaits() {
    fail(ATTACKER, "hoa", 5);
    assertEquals(Optional.of(LOCK), throttle.blockedFor(ATTACKER, "hoa"));
  }

  @Test
  void theAccountItselfIsNeverLocked() {
    fail(ATTACKER, "hoa", 5);
    assertEquals(Optional.empty(), throttle.blockedFor(OFFICE, "hoa"), "hoa from her office");
  }

  @Test
  void theWaitGrowsOnRepeat() {
    fail(ATTACKER, "hoa", 5);
    clock.advance(LOCK);
    fail(ATTACKER, "hoa", 5);
    assertEquals(Optional.of(LOCK.multipliedBy(2)), throttle.blockedFor(ATTACKER, "hoa"));
  }

  @Test
  void oneSourceIsCappedAcrossUsernames() {
    for (int i = 0; i < 20; i++) {
      throttle.failed(ATTACKER, "nguoi" + i);
    }
    assertTrue(throttle.blockedFor(ATTACKER, "ai.khac").isPresent(), "spraying usernames");
    assertEquals(Optional.empty(), throttle.blockedFor(OFFICE, "ai.khac"));
  }

  @Test
  void successClearsThePairButNotTheSourceCap() {
    fail(OFFICE, "hoa", 4);
    throttle.succeeded(OFFICE, "hoa");
    fail(OFFICE, "hoa", 1);
    assertEquals(
        Optional.empty(),
        throttle.blockedFor(OFFICE, "hoa"),
        "a success starts the pair's count again (4 + 1 failures would otherwise reach 5)");
    for (int i = 0; i < 19; i++) {
      throttle.failed(ATTACKER, "nguoi" + i);
    }
    throttle.succeeded(ATTACKER, "tai.khoan.cua.ke.gian");
    throttle.failed(ATTACKER, "nguoi19");
    assertTrue(throttle.blockedFor(ATTACKER, "nguoi20").isPresent());
  }

  @Test
  void anAdministratorsResetClearsEveryPairOfThatPerson() {
    fail(ATTACKER, "hoa", 5);
    fail(OFFICE, "hoa", 5);
    fail(OFFICE, "lan", 5);
    throttle.clear("hoa");
    assertEquals(Optional.empty(), throttle.blockedFor(ATTACKER, "hoa"));
    assertEquals(Optional.empty(), throttle.blockedFor(OFFICE, "hoa"));
    assertEquals(Optional.of(LOCK), throttle.blockedFor(OFFICE, "lan"), "others keep theirs");
  }

  @Test
  void aUsernameThatIsAPrefixOfAnotherIsClearedAlone() {
    fail(OFFICE, "hoa.nguyen", 5);
    throttle.clear("hoa");
    assertEquals(Optional.of(LOCK), throttle.blockedFor(OFFICE, "hoa.nguyen"));
  }
}
