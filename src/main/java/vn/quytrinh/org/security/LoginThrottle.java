package vn.quytrinh.org.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses sign-ins for a while after repeated failures for the same key (a source and username, or
 * a source; see {@link SignInThrottle}), so passwords cannot be guessed at the speed of the
 * network. Attempts while locked are refused without being checked; each new lock after the
 * previous one ran out lasts twice as long, up to an hour.
 */
public final class LoginThrottle {

  private record State(int failures, Instant lockedUntil, Duration lastLock) {}

  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final Duration lock;
  private final Clock clock;

  public LoginThrottle(int maxFailures, Duration lock, Clock clock) {
    this.maxFailures = maxFailures;
    this.lock = lock;
    this.clock = clock;
  }

  /** How long the username stays locked, if it is. */
  public Optional<Duration> lockedFor(String username) {
    State s = states.get(username);
    if (s == null || s.lockedUntil() == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), s.lockedUntil());
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  public void failed(String username) {
    if (states.size() > 100_000) {
      // keep every lock still running: spraying usernames must not wipe a lock
      Instant now = clock.instant();
      states
          .entrySet()
          .removeIf(
              e -> e.getValue().lockedUntil() == null || !e.getValue().lockedUntil().isAfter(now));
      // still full of running locks (addresses without end): memory comes first
      var it = states.keySet().iterator();
      while (states.size() > 75_000 && it.hasNext()) {
        it.next();
        it.remove();
      }
    }
    states.compute(
        username,
        (u, s) -> {
          int failures = s == null ? 1 : s.failures() + 1;
          if (failures < maxFailures) {
            return new State(
                failures, s == null ? null : s.lockedUntil(), s == null ? null : s.lastLock());
          }
          Duration next =
              s == null || s.lastLock() == null
                  ? lock
                  : min(s.lastLock().multipliedBy(2), Duration.ofHours(1));
          return new State(0, clock.instant().plus(next), next);
        });
  }

  public void succeeded(String username) {
    states.remove(username);
  }

  /** Drops every counter and lock whose key matches. */
  public void forgetWhere(java.util.function.Predicate<String> key) {
    states.keySet().removeIf(key);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
