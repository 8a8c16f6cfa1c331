package vn.quytrinh.org.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.org.PasswordGuesses;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.problem.TooManyRequests;
import vn.quytrinh.platform.security.RequestOrigin;

/**
 * This instance's one {@link SignInThrottle} and tally of {@link FailedSignIns}, shared by every
 * way a password is guessed: sign-in ({@link Authenticator}'s gate) and the checks of a signed-in
 * person's password again (their own password change, a signature; {@link PasswordGuesses}). A
 * wrong current password typed at an unattended signed-in browser is thus held back per source and
 * username like a wrong sign-in, and counted and written to the trail with them. Depends on no
 * service of the org context, so the org service may use it without a cycle.
 */
@ApplicationScoped
public class SignInCounts implements PasswordGuesses {

  private SignInThrottle throttle;
  private FailedSignIns failures;
  private RequestOrigin origins;
  private HttpServletRequest request;
  private Measures measures;

  @Inject
  public SignInCounts(
      @ConfigProperty(name = "quytrinh.auth.max-failures", defaultValue = "5") int maxFailures,
      @ConfigProperty(name = "quytrinh.auth.source-max-failures", defaultValue = "30")
          int sourceMaxFailures,
      @ConfigProperty(name = "quytrinh.auth.lock-seconds", defaultValue = "60") long lockSeconds,
      @ConfigProperty(name = "quytrinh.http.trusted-proxies") Optional<String> trustedProxies,
      HttpServletRequest request,
      Measures measures) {
    this(
        new SignInThrottle(
            maxFailures, sourceMaxFailures, Duration.ofSeconds(lockSeconds), Clock.systemUTC()),
        new FailedSignIns(),
        new RequestOrigin(trustedProxies.orElse("")),
        request,
        measures);
  }

  /** The parts given: for tests. */
  public SignInCounts(
      SignInThrottle throttle,
      FailedSignIns failures,
      RequestOrigin origins,
      HttpServletRequest request,
      Measures measures) {
    this.throttle = throttle;
    this.failures = failures;
    this.origins = origins;
    this.request = request;
    this.measures = measures;
  }

  /** For the CDI client proxy only. */
  protected SignInCounts() {}

  public SignInThrottle throttle() {
    return throttle;
  }

  public FailedSignIns failures() {
    return failures;
  }

  @Override
  public boolean guess(String username, BooleanSupplier check) {
    return guess(source(), username, check);
  }

  /** The same from a source given. */
  public boolean guess(String source, String username, BooleanSupplier check) {
    Optional<Duration> blocked = throttle.blockedFor(source, username);
    if (blocked.isPresent()) {
      measures.signInFailed(Measures.SignInFailure.THROTTLED);
      long seconds = blocked.get().toSeconds() + 1;
      throw new TooManyRequests("problem.auth.guessesLocked", seconds).retryAfter(seconds);
    }
    if (check.getAsBoolean()) {
      throttle.succeeded(source, username);
      return true;
    }
    throttle.failed(source, username);
    failures.record(source, username);
    measures.signInFailed(Measures.SignInFailure.CREDENTIALS);
    return false;
  }

  /** The current request's source address, as sign-in takes it; one shared name outside one. */
  private String source() {
    if (request == null) {
      return "-";
    }
    try {
      return origins.source(request);
    } catch (ContextNotActiveException | IllegalStateException e) {
      return "-";
    }
  }
}
