package vn.quytrinh.org.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import vn.quytrinh.platform.security.Caller;

/**
 * One sign-in attempt, whatever the way in (HTTP Basic, the sign-in form): the throttle first, then
 * the cache of recently verified credentials, then exactly one PBKDF2 verification — against a
 * decoy hash when the username is unknown or inactive, so the answer takes as long either way and
 * does not tell whether the person exists. Plain Java, so its rules are tested without a server.
 *
 * <p>Under load one pair is verified once: requests that arrive with the same username and password
 * while it is being verified wait for that verification's outcome rather than each running PBKDF2
 * (eight connections of one client would otherwise run it eight times at once whenever the cached
 * entry expires), and a remembered pair is verified again by one request before it expires (see
 * {@link CredentialCache#claimRenewal}).
 */
public final class SignInGate {

  /** What a sign-in attempt came to. */
  public sealed interface Outcome {}

  public record Accepted(Caller caller) implements Outcome {}

  public record Refused() implements Outcome {}

  public record Locked(Duration retryAfter) implements Outcome {}

  /** An active person's stored hash and who they are. */
  public record Account(String passwordHash, Caller caller) {}

  @FunctionalInterface
  public interface Accounts {
    /** The active person with this username, if there is one. */
    Optional<Account> active(String username);
  }

  @FunctionalInterface
  public interface Hashes {
    boolean matches(String password, String storedHash);
  }

  private final Accounts accounts;
  private final Hashes hashes;
  private final String decoyHash;
  private final CredentialCache<Caller> cache;
  private final SignInThrottle throttle;
  private final FailedSignIns failures;
  private final ConcurrentHashMap<String, CompletableFuture<Outcome>> verifying =
      new ConcurrentHashMap<>();

  public SignInGate(
      Accounts accounts,
      Hashes hashes,
      String decoyHash,
      CredentialCache<Caller> cache,
      SignInThrottle throttle,
      FailedSignIns failures) {
    this.accounts = accounts;
    this.hashes = hashes;
    this.decoyHash = decoyHash;
    this.cache = cache;
    this.throttle = throttle;
    this.failures = failures;
  }

  public Outcome authenticate(String source, String username, String password) {
    Optional<Duration> blocked = throttle.blockedFor(source, username);
    if (blocked.isPresent()) {
      return new Locked(blocked.get());
    }
    Optional<Caller> cached = cache.lookup(username, password);
    boolean renewal = cached.isPresent();
    if (renewal && !cache.claimRenewal(username)) {
      return new Accepted(cached.get());
    }
    return verifyOnce(source, username, password, renewal);
  }

  /** One verification of a pair at a time; the same pair arriving meanwhile shares its outcome. */
  private Outcome verifyOnce(String source, String username, String password, boolean renewal) {
    String key = cache.key(username, password);
    CompletableFuture<Outcome> mine = new CompletableFuture<>();
    CompletableFuture<Outcome> running = verifying.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      Outcome outcome = verify(source, username, password, renewal);
      mine.complete(outcome);
      return outcome;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      verifying.remove(key, mine);
    }
  }

  private Outcome verify(String source, String username, String password, boolean renewal) {
    Optional<Account> account = accounts.active(username);
    // the same work for a person who does not exist: the time must not tell
    boolean matches =
        hashes.matches(password, account.map(Account::passwordHash).orElse(decoyHash));
    if (!matches || account.isEmpty()) {
      if (renewal) {
        cache.invalidate(username); // the remembered pair no longer holds
      }
      throttle.failed(source, username);
      failures.record(source, username);
      return new Refused();
    }
    throttle.succeeded(source, username);
    cache.put(username, password, account.get().caller());
    return new Accepted(account.get().caller());
  }

  /** The person's account changed: what was verified before no longer holds, counters restart. */
  public void personChanged(String username) {
    cache.invalidate(username);
    throttle.clear(username);
  }

  /** Read scopes may have changed for anyone. */
  public void everyoneChanged() {
    cache.invalidateAll();
  }
}
