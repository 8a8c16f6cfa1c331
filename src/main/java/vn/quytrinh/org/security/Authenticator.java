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
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.PersonChanged;
import vn.quytrinh.org.UnitsChanged;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.work.BackgroundWork;

/**
 * Sign-in for this instance: the {@link SignInGate} (throttle, cache, one PBKDF2 run) with the
 * people from {@link OrgService} and the throttle and failures of {@link SignInCounts} (shared with
 * the checks of a signed-in person's password again), the callers of web sessions, and what keeps
 * both true — the {@link PersonChanged} / {@link UnitsChanged} events after a commit here, the
 * {@link AccessFollower} for commits on other instances, and the failed sign-ins written to the
 * trail once a period.
 */
@ApplicationScoped
public class Authenticator {

  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  private OrgService org;
  private Passwords passwords;
  private AuditTrail audit;
  private WebSessions sessions;
  private ManagedScheduledExecutorService executor;
  private SignInCounts counts;
  private long cacheSeconds;
  private long followMillis;
  private long failureLogSeconds;
  private Measures measures;

  @Inject
  public Authenticator(
      OrgService org,
      Passwords passwords,
      AuditTrail audit,
      WebSessions sessions,
      ManagedScheduledExecutorService executor,
      SignInCounts counts,
      @ConfigProperty(name = "quytrinh.auth.cache-seconds", defaultValue = "60") long cacheSeconds,
      @ConfigProperty(name = "quytrinh.auth.follow-millis", defaultValue = "500") long followMillis,
      @ConfigProperty(name = "quytrinh.auth.failure-log-seconds", defaultValue = "60")
          long failureLogSeconds,
      Measures measures) {
    this.org = org;
    this.passwords = passwords;
    this.audit = audit;
    this.sessions = sessions;
    this.executor = executor;
    this.counts = counts;
    this.cacheSeconds = cacheSeconds;
    this.followMillis = followMillis;
    this.failureLogSeconds = failureLogSeconds;
    this.measures = measures;
  }

  /** For the CDI client proxy only. */
  protected Authenticator() {}

  private final Map<String, Caller> sessionCallers = new ConcurrentHashMap<>();
  private volatile SignInGate gate;
  private AccessFollower follower;
  private volatile BackgroundWork following;
  private volatile BackgroundWork logging;

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
              public void personChanged(String username, long seq) {
                forgetPerson(username, seq);
              }

              @Override
              public void unitsChanged() {
                forgetEveryone();
              }
            });
    // the same allowance as the search follower, which reads the same trail as often
    following =
        new BackgroundWork(
            "access-follower",
            Duration.ofMillis(Math.max(30_000, 20 * followMillis)),
            Clock.systemUTC());
    following.schedule(executor, follower::poll, followMillis, TimeUnit.MILLISECONDS);
    logging =
        new BackgroundWork(
            "failed-sign-ins-log",
            Duration.ofSeconds(3 * failureLogSeconds + 30),
            Clock.systemUTC());
    logging.schedule(executor, this::logFailures, failureLogSeconds, TimeUnit.SECONDS);
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
                  counts.throttle(),
                  counts.failures());
        }
        g = gate;
      }
    }
    return g;
  }

  /** One attempt with a username and password from {@code source} (see {@code RequestOrigin}). */
  public SignInGate.Outcome authenticate(String source, String username, String password) {
    SignInGate.Outcome outcome = gate().authenticate(source, username, password);
    if (outcome instanceof SignInGate.Refused) {
      measures.signInFailed(Measures.SignInFailure.CREDENTIALS);
    } else if (outcome instanceof SignInGate.Locked) {
      measures.signInFailed(Measures.SignInFailure.THROTTLED);
    }
    return outcome;
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

  /** Inside the change's transaction: the session that made the change is kept through it. */
  void onPersonChanging(@Observes PersonChanged e) {
    if (e.keepSession() != null) {
      sessions.keep(e.username(), e.keepSession(), e.seq());
    }
  }

  void onPersonChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonChanged e) {
    forgetPerson(e.username(), e.seq());
  }

  void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged e) {
    forgetEveryone();
  }

  private void forgetPerson(String username, long seq) {
    gate().personChanged(username);
    sessionCallers.remove(username);
    int ended = sessions.end(username, seq);
    if (ended > 0) {
      LOG.info(() -> "Ended " + ended + " web session(s) of " + username + " after a change.");
    }
  }

  private void forgetEveryone() {
    gate().everyoneChanged();
    sessionCallers.clear();
  }

  /** The follower of changes to people on other instances, for readiness; null before start. */
  public BackgroundWork following() {
    return following;
  }

  /** Writes the period's failed sign-ins, one event per source. */
  void logFailures() {
    List<AuditTrail.Entry> entries = counts.failures().drain(Messages.vi("text.signIn.channels"));
    if (!entries.isEmpty()) {
      audit.recordAllAlone(entries);
    }
  }

  @PreDestroy
  void stop() {
    if (following != null) {
      following.stop();
    }
    if (logging != null) {
      logging.stop();
      logging.run(this::logFailures); // the last period's failures are written too
    }
  }
}
