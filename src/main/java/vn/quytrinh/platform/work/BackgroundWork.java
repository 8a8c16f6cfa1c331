package vn.quytrinh.platform.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One repeated background task (the search follower, the effective-date scheduler). A round that
 * throws anything at all — an {@link Error} such as OutOfMemoryError included — is logged and the
 * next round runs as planned: {@code scheduleWithFixedDelay} cancels a task for good at its first
 * uncaught throwable, so nothing may escape a round. The work remembers its last successful round,
 * so that readiness can say DOWN when it has stopped or has not succeeded for longer than it is
 * allowed.
 */
public final class BackgroundWork {

  private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

  private final String name;
  private final Duration allowed;
  private final Clock clock;
  private volatile Instant lastSuccess;
  private volatile Instant lastFailure;
  private volatile String lastError;
  private volatile long failures;
  private volatile Future<?> future;

  /**
   * @param allowed how long the work may go without a successful round before it counts as fallen
   *     behind
   */
  public BackgroundWork(String name, Duration allowed, Clock clock) {
    this.name = name;
    this.allowed = allowed;
    this.clock = clock;
    this.lastSuccess = clock.instant(); // a grace period from the start
  }

  public String name() {
    return name;
  }

  /** Runs the task every {@code delay} after the previous round ends, whatever a round throws. */
  public void schedule(
      ScheduledExecutorService executor, Runnable task, long delay, TimeUnit unit) {
    future = executor.scheduleWithFixedDelay(() -> run(task), delay, delay, unit);
  }

  /**
   * One round: true when it succeeded; a throwable of any kind is logged and kept, never passed.
   */
  public boolean run(Runnable task) {
    try {
      task.run();
      lastSuccess = clock.instant();
      return true;
    } catch (Throwable t) { // NOPMD: an Error must not end the schedule (see the class comment)
      failures++;
      lastFailure = clock.instant();
      lastError = t.getClass().getName();
      try {
        LOG.log(Level.SEVERE, "Background work " + name + " failed; it goes on next round", t);
      } catch (Throwable logging) { // NOPMD: even logging may fail when memory has run out
        // nothing more can be said; the next round runs anyway
      }
      return false;
    }
  }

  public void stop() {
    Future<?> f = future;
    if (f != null) {
      f.cancel(false);
    }
  }

  /** Why the work is not healthy — stopped, or no successful round for too long — or empty. */
  public Optional<String> problem() {
    Future<?> f = future;
    if (f != null && f.isDone()) {
      return Optional.of("stopped");
    }
    Duration since = Duration.between(lastSuccess, clock.instant());
    if (since.compareTo(allowed) > 0) {
      return Optional.of(
          "no successful round for "
              + since.toSeconds()
              + " s (allowed "
              + allowed.toSeconds()
              + " s)");
    }
    return Optional.empty();
  }

  /** The readiness answer of a work that may not have started yet (then DOWN, "not started"). */
  public static HealthCheckResponse health(
      String name, BackgroundWork work, java.util.function.Supplier<Map<String, Object>> more) {
    if (work == null) {
      return new HealthCheckResponse(
          name, HealthCheckResponse.Status.DOWN, Optional.of(Map.of("problem", "not started")));
    }
    return work.health(more.get());
  }

  /** A readiness answer for this work, with what it knows, plus the caller's own figures. */
  public HealthCheckResponse health(Map<String, Object> more) {
    Map<String, Object> data = new LinkedHashMap<>();
    Optional<String> problem = problem();
    problem.ifPresent(p -> data.put("problem", p));
    data.put("lastSuccess", lastSuccess.toString());
    data.put("failures", failures);
    if (lastFailure != null) {
      data.put("lastFailure", lastFailure.toString());
      data.put("lastError", lastError);
    }
    data.putAll(more);
    return new HealthCheckResponse(
        name,
        problem.isPresent() ? HealthCheckResponse.Status.DOWN : HealthCheckResponse.Status.UP,
        Optional.of(data));
  }
}
