package vn.quytrinh.document;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.platform.config.SchemaMigration;

/**
 * Approved versions with a later effective date take effect by themselves on that date (in
 * Asia/Ho_Chi_Minh). Each instance checks at start and then every minute; the conditional update in
 * {@link DocumentService#activateIfDue} makes sure only one of them does it, once.
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

  private ScheduledFuture<?> task;

  void onStart(
      @Observes @Priority(SchemaMigration.SCHEDULERS) @Initialized(ApplicationScoped.class)
          Object e) {
    runOnce();
    task =
        executor.scheduleWithFixedDelay(
            this::runOnce, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /** Activates every version now due; returns how many this instance activated. */
  public int runOnce() {
    int done = 0;
    try {
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
    } catch (RuntimeException ex) {
      LOG.log(Level.WARNING, "Scheduled activation round failed; retrying next round", ex);
    }
    return done;
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
