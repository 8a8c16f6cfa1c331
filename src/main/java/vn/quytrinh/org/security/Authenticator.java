package vn.quytrinh.org.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.security.Caller;

/**
 * Verifies credentials through the platform's identity store (see {@link IdentityStoreConfig}):
 * throttled, with a short cache in front of PBKDF2.
 */
@ApplicationScoped
public class Authenticator {

  /** What a sign-in attempt came to. */
  public sealed interface Outcome {}

  public record Accepted(Caller caller) implements Outcome {}

  public record Refused() implements Outcome {}

  public record Locked(Duration retryAfter) implements Outcome {}

  @Inject OrgService org;
  @Inject IdentityStoreHandler identities;
  @Inject vn.quytrinh.audit.AuditTrail audit;

  @Inject
  @ConfigProperty(name = "quytrinh.auth.cache-seconds", defaultValue = "60")
  long cacheSeconds;

  @Inject
  @ConfigProperty(name = "quytrinh.auth.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "quytrinh.auth.lock-seconds", defaultValue = "60")
  long lockSeconds;

  private CredentialCache<Caller> cache;
  private LoginThrottle throttle;

  @PostConstruct
  void init() {
    cache = new CredentialCache<>(Duration.ofSeconds(cacheSeconds), Clock.systemUTC());
    throttle = new LoginThrottle(maxFailures, Duration.ofSeconds(lockSeconds), Clock.systemUTC());
  }

  public Outcome authenticate(String username, String password) {
    Optional<Duration> locked = throttle.lockedFor(username);
    if (locked.isPresent()) {
      return new Locked(locked.get());
    }
    Optional<Caller> cached = cache.lookup(username, password);
    if (cached.isPresent()) {
      return new Accepted(cached.get());
    }
    CredentialValidationResult checked =
        identities.validate(new UsernamePasswordCredential(username, Passwords.nfc(password)));
    Optional<Caller> caller =
        checked.getStatus() == CredentialValidationResult.Status.VALID
            ? org.caller(username)
            : Optional.empty();
    if (caller.isEmpty()) {
      throttle.failed(username);
      audit.recordAlone(username, "SIGN_IN_FAILED", "USER", username, null, "HTTP Basic");
      return new Refused();
    }
    throttle.succeeded(username);
    cache.put(username, password, caller.get());
    return new Accepted(caller.get());
  }

  public void forget(String username) {
    cache.invalidate(username);
  }

  public void forgetAll() {
    cache.invalidateAll();
  }
}
