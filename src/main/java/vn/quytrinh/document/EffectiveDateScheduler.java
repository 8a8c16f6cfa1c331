package vn.quytrinh.document;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.work.BackgroundWork;

/**
 * Approved versions with a later effective date take effect by themselves on that date (in
 * Asia/Ho_Chi_Minh). Each instance checks at start and then every minute; the conditional update in
 * {@link DocumentService#activateIfDue} makes sure only one of them does it, once. The rounds go on
 * whatever one throws ({@link BackgroundWork}); {@link SchedulerReadiness} reports the scheduler
 * when it stops or falls behind.
 */
@ApplicationScoped
public class EffectiveDateScheduler {

  private static final Logger LOG = Logger.getLogger(EffectiveDateScheduler.class.getName());

  private ManagedScheduledExecutorService executor;
  private DocumentService documents;
  private long intervalSeconds;

  @Inject
  public EffectiveDateScheduler(
      ManagedScheduledExecutorService executor,
      DocumentService documents,
      @ConfigProperty(name = "quytrinh.scheduler.interval-seconds", defaultValue = "60")
          long intervalSeconds) {
    this.executor = executor;
    this.documents = documents;
    this.intervalSeconds = intervalSeconds;
  }

  /** For the CDI client proxy only. */
  protected EffectiveDateScheduler() {}

  volatile BackgroundWork work;

  void onStart(
      @Observes @Priority(SchemaMigration.SCHEDULERS) @Initialized(ApplicationScoped.class)
          Object e) {
    work = work(intervalSeconds, Clock.systemUTC());
    work.run(this::round);
    work.schedule(executor, this::round, intervalSeconds, TimeUnit.SECONDS);
  }

  /**
   * The scheduler's work: it falls behind when no round has succeeded for three intervals and half
   * a minute (a round waits for the database like any request).
   */
  static BackgroundWork work(long intervalSeconds, Clock clock) {
    return new BackgroundWork(
        "effective-date-scheduler", Duration.ofSeconds(3 * intervalSeconds + 30), clock);
  }

  /** The scheduler's state, for readiness; null before the start. */
  BackgroundWork work() {
    return work;
  }

  /** Activates every version now due; returns how many this instance activated. */
  public int runOnce() {
    try {
      return round();
    } catch (RuntimeException ex) {
      LOG.log(Level.WARNING, "Scheduled activation round failed; retrying next round", ex);
      return 0;
    }
  }

  /** One round; a failure to list the due versions is passed on, so the work counts it. */
  int round() {
    int done = 0;
    for (Long id : documents.dueVersions()) {
      try {
        if (documents.activateIfDue(id)) {
          done++;
        }
      } catch (RuntimeException ex) {
        // another instance got there first, or the row is busy: it will be seen next round
        LOG.log(Level.FINE, "Activation of version " + id + " deferred", ex);
      }
    }
    return done;
  }

  @PreDestroy
  void stop() {
    if (work != null) {
      work.stop();
    }
  }
}
