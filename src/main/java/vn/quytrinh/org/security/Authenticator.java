package vn.quytrinh.org.security;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.PersonChanged;
import vn.quytrinh.org.UnitsChanged;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.security.Caller;

/**
 * Sign-in for this instance: the {@link SignInGate} (throttle, cache, one PBKDF2 run) with the
 * people from {@link OrgService}, the callers of web sessions, and what keeps both true — the
 * {@link PersonChanged} / {@link UnitsChanged} events after a commit here, the {@link
 * AccessFollower} for commits on other instances, and the failed sign-ins written to the trail once
 * a period.
 */
@ApplicationScoped
public class Authenticator {

  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  private OrgService org;
  private Passwords passwords;
  private AuditTrail audit;
  private WebSessions sessions;
  private ManagedScheduledExecutorService executor;
  private long cacheSeconds;
  private int maxFailures;
  private int sourceMaxFailures;
  private long lockSeconds;
  private long followMillis;
  private long failureLogSeconds;

  @Inject
  public Authenticator(
      OrgService org,
      Passwords passwords,
      AuditTrail audit,
      WebSessions sessions,
      ManagedScheduledExecutorService executor,
      @ConfigProperty(name = "quytrinh.auth.cache-seconds", defaultValue = "60") long cacheSeconds,
      @ConfigProperty(name = "quytrinh.auth.max-failures", defaultValue = "5") int maxFailures,
      @ConfigProperty(name = "quytrinh.auth.source-max-failures", defaultValue = "30")
          int sourceMaxFailures,
      @ConfigProperty(name = "quytrinh.auth.lock-seconds", defaultValue = "60") long lockSeconds,
      @ConfigProperty(name = "quytrinh.auth.follow-millis", defaultValue = "500") long followMillis,
      @ConfigProperty(name = "quytrinh.auth.failure-log-seconds", defaultValue = "60")
          long failureLogSeconds) {
    this.org = org;
    this.passwords = passwords;
    this.audit = audit;
    this.sessions = sessions;
    this.executor = executor;
    this.cacheSeconds = cacheSeconds;
    this.maxFailures = maxFailures;
    this.sourceMaxFailures = sourceMaxFailures;
    this.lockSeconds = lockSeconds;
    this.followMillis = followMillis;
    this.failureLogSeconds = failureLogSeconds;
  }

  /** For the CDI client proxy only. */
  protected Authenticator() {}

  private final Map<String, Caller> sessionCallers = new ConcurrentHashMap<>();
  private final FailedSignIns failures = new FailedSignIns();
  private volatile SignInGate gate;
  private AccessFollower follower;
  private ScheduledFuture<?> following;
  private ScheduledFuture<?> logging;

  void onStart(
      @Observes @Priority(SchemaMigration.SCHEDULERS) @Initialized(ApplicationScoped.class)
          Object e) {
    gate();
    follower =
        new AccessFollower(
            after -> audit.since(after, AccessFollower.ENTITIES),
            audit.headSeq(),
            new AccessFollower.Listener() {
              @Override
              public void personChanged(String username) {
                forgetPerson(username);
              }

              @Override
              public void unitsChanged() {
                forgetEveryone();
              }
            });
    following =
        executor.scheduleWithFixedDelay(
            this::followQuietly, followMillis, followMillis, TimeUnit.MILLISECONDS);
    logging =
        executor.scheduleWithFixedDelay(
            this::logFailuresQuietly, failureLogSeconds, failureLogSeconds, TimeUnit.SECONDS);
  }

  private SignInGate gate() {
    SignInGate g = gate;
    if (g == null) {
      synchronized (this) {
        if (gate == null) {
          byte[] random = new byte[24];
          new SecureRandom().nextBytes(random);
          gate =
              new SignInGate(
                  u ->
                      org.account(u).map(a -> new SignInGate.Account(a.passwordHash(), a.caller())),
                  passwords::matches,
                  // a real hash of nothing anyone knows: unknown people cost the same PBKDF2 run
                  passwords.hash(HexFormat.of().formatHex(random)),
                  new CredentialCache<>(Duration.ofSeconds(cacheSeconds), Clock.systemUTC()),
                  new SignInThrottle(
                      maxFailures,
                      sourceMaxFailures,
                      Duration.ofSeconds(lockSeconds),
                      Clock.systemUTC()),
                  failures);
        }
        g = gate;
      }
    }
    return g;
  }

  /** One attempt with a username and password from {@code source} (see {@code RequestOrigin}). */
  public SignInGate.Outcome authenticate(String source, String username, String password) {
    return gate().authenticate(source, username, password);
  }

  /**
   * The caller of a web session, from memory; read again after a change to the person or to the
   * units. Empty when the person can no longer sign in.
   */
  public Optional<Caller> sessionCaller(String username) {
    Caller known = sessionCallers.get(username);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Caller> fresh = org.caller(username);
    if (fresh.isPresent()) {
      if (sessionCallers.size() > 10_000) {
        sessionCallers.clear();
      }
      sessionCallers.put(username, fresh.get());
    }
    return fresh;
  }

  void onPersonChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonChanged e) {
    forgetPerson(e.username());
  }

  void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged e) {
    forgetEveryone();
  }

  private void forgetPerson(String username) {
    gate().personChanged(username);
    sessionCallers.remove(username);
    int ended = sessions.end(username);
    if (ended > 0) {
      LOG.info(() -> "Ended " + ended + " web session(s) of " + username + " after a change.");
    }
  }

  private void forgetEveryone() {
    gate().everyoneChanged();
    sessionCallers.clear();
  }

  /** Catches everything: a task that throws is cancelled for good by the executor. */
  private void followQuietly() {
    try {
      follower.poll();
    } catch (Throwable t) {
      LOG.log(Level.WARNING, "Following people's changes failed; retrying", t);
    }
  }

  private void logFailuresQuietly() {
    try {
      logFailures();
    } catch (Throwable t) {
      LOG.log(Level.WARNING, "Writing failed sign-ins to the audit trail failed", t);
    }
  }

  /** Writes the period's failed sign-ins, one event per source. */
  void logFailures() {
    List<AuditTrail.Entry> entries = failures.drain(Messages.vi("text.signIn.channels"));
    if (!entries.isEmpty()) {
      audit.recordAllAlone(entries);
    }
  }

  @PreDestroy
  void stop() {
    if (following != null) {
      following.cancel(false);
    }
    if (logging != null) {
      logging.cancel(false);
    }
    logFailuresQuietly();
  }
}
