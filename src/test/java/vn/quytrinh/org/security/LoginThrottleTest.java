package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.time.MovableClock;

class LoginThrottleTest {

  private static final String USER = "nguyen.van.a";
  private static final Duration LOCK = Duration.ofSeconds(60);

  private MovableClock clock;
  private LoginThrottle throttle;

  @BeforeEach
  void setUp() {
    clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    throttle = new LoginThrottle(3, LOCK, clock);
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(USER);
    }
  }

  @Test
  void unknownUserIsNotLocked() {
    assertEquals(Optional.empty(), throttle.lockedFor("ai.do"));
  }

  @Test
  void fewerFailuresThanTheLimitDoNotLock() {
    fail(2);
    assertEquals(Optional.empty(), throttle.lockedFor(USER));
  }

  @Test
  void reachingTheLimitLocksForTheLockDuration() {
    fail(3);
    assertEquals(Optional.of(LOCK), throttle.lockedFor(USER));
  }

  @Test
  void lockedForReportsWhatIsLeft() {
    fail(3);
    clock.advance(Duration.ofSeconds(20));
    assertEquals(Optional.of(Duration.ofSeconds(40)), throttle.lockedFor(USER));
    clock.advance(Duration.ofMillis(39_999));
    assertEquals(Optional.of(Duration.ofMillis(1)), throttle.lockedFor(USER));
  }

  @Test
  void lockEndsWhenItsTimeHasPassed() {
    fail(3);
    clock.advance(LOCK);
    assertEquals(Optional.empty(), throttle.lockedFor(USER));
    clock.advance(Duration.ofHours(5));
    assertEquals(Optional.empty(), throttle.lockedFor(USER));
  }

  @Test
  void otherUsersAreNotAffected() {
    fail(3);
    assertEquals(Optional.empty(), throttle.lockedFor("tran.thi.b"));
  }

  @Test
  void failuresCountAgainAfterALock() {
    fail(3);
    clock.advance(LOCK);
    fail(2);
    assertEquals(Optional.empty(), throttle.lockedFor(USER));
  }

  @Test
  void eachRepeatedLockDoublesUpToAnHour() {
    fail(3);
    assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.lockedFor(USER));
    clock.advance(Duration.ofSeconds(60));

    fail(3);
    assertEquals(Optional.of(Duration.ofSeconds(120)), throttle.lockedFor(USER));
    clock.advance(Duration.ofSeconds(120));

    fail(3);
    assertEquals(Optional.of(Duration.ofSeconds(240)), throttle.lockedFor(USER));
  }

  @Test
  void lockIsCappedAtOneHour() {
    LoginThrottle t = new LoginThrottle(1, Duration.ofMinutes(20), clock);
    Duration[] expected = {
      Duration.ofMinutes(20), Duration.ofMinutes(40), Duration.ofHours(1), Duration.ofHours(1)
    };
    for (Duration d : expected) {
      t.failed(USER);
      assertEquals(Optional.of(d), t.lockedFor(USER));
      clock.advance(d);
      assertEquals(Optional.empty(), t.lockedFor(USER));
    }
  }

  @Test
  void successResetsTheFailureCount() {
    fail(2);
    throttle.succeeded(USER);
    fail(2);
    assertEquals(Optional.empty(), throttle.lockedFor(USER));
    fail(1);
    assertEquals(Optional.of(LOCK), throttle.lockedFor(USER));
  }

  @Test
  void successResetsTheDoubling() {
    fail(3);
    clock.advance(LOCK);
    throttle.succeeded(USER);
    fail(3);
    assertEquals(Optional.of(LOCK), throttle.lockedFor(USER));
  }

  @Test
  void successLiftsALock() {
    fail(3);
    throttle.succeeded(USER);
    assertEquals(Optional.empty(), throttle.lockedFor(USER));
  }
}
