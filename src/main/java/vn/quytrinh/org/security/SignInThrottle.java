package vn.quytrinh.org.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows down guessing without letting anyone lock a person out. Failures are counted per source
 * address and username ({@code max-failures}, then 429 with a {@code Retry-After} that doubles on
 * each repeat up to an hour), and per source across all usernames ({@code source-max-failures}), so
 * spraying many usernames from one address is capped too. The account itself is never locked: the
 * same person from another address, or in a signed-in web session, is not refused.
 *
 * <p>Counters live in memory only (bounded by {@link LoginThrottle}), so made-up usernames write
 * nothing anywhere. A success clears the pair's counter but not the source's: an attacker holding
 * one valid account must not reset the spray cap by signing in between guesses.
 */
public final class SignInThrottle {

  private final LoginThrottle pairs;
  private final LoginThrottle sources;

  public SignInThrottle(int maxFailures, int sourceMaxFailures, Duration lock, Clock clock) {
    this.pairs = new LoginThrottle(maxFailures, lock, clock);
    this.sources = new LoginThrottle(sourceMaxFailures, lock, clock);
  }

  private static String pair(String source, String username) {
    return username + '\u0000' + source;
  }

  /** How long this source must wait before trying this username again, if it must. */
  public Optional<Duration> blockedFor(String source, String username) {
    Optional<Duration> a = pairs.lockedFor(pair(source, username));
    Optional<Duration> b = sources.lockedFor(source);
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
  }

  public void failed(String source, String username) {
    pairs.failed(pair(source, username));
    sources.failed(source);
  }

  public void succeeded(String source, String username) {
    pairs.succeeded(pair(source, username));
  }

  /** An administrator reset the person's password (or changed the account): start afresh. */
  public void clear(String username) {
    pairs.forgetWhere(key -> key.startsWith(username + '\u0000'));
  }
}
