package vn.quytrinh.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live} says DOWN when this JVM will not recover by itself and should be restarted:
 * threads are deadlocked, or the heap is still fuller than {@code quytrinh.health.heap-limit} (a
 * fraction of its maximum) right after a garbage collection. The heap's use is shown beside. The
 * answer is kept for a second: asking the JVM for deadlocked threads stops every thread at a
 * safepoint, and {@code /health/live} is open to anyone, so a caller polling it in a loop must not
 * be able to stall the server.
 */
@Liveness
@ApplicationScoped
public class JvmLiveness implements HealthCheck {

  private static final long KEEP_NANOS = 1_000_000_000L;

  private double heapLimit;

  private record Kept(HealthCheckResponse response, long at) {}

  private volatile Kept kept;

  @Inject
  public JvmLiveness(
      @ConfigProperty(name = "quytrinh.health.heap-limit", defaultValue = "0.95")
          double heapLimit) {
    this.heapLimit = heapLimit;
  }

  /** For the CDI client proxy only. */
  protected JvmLiveness() {}

  @Override
  public HealthCheckResponse call() {
    return at(System.nanoTime());
  }

  /**
   * The answer at {@code nanos} ({@link System#nanoTime()}): the kept one if under a second old.
   */
  HealthCheckResponse at(long nanos) {
    Kept k = kept;
    if (k != null && nanos - k.at() < KEEP_NANOS) {
      return k.response();
    }
    HealthCheckResponse fresh = measure();
    kept = new Kept(fresh, nanos);
    return fresh;
  }

  private HealthCheckResponse measure() {
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    long used = 0;
    long max = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterGc != null && afterGc.getMax() > 0) {
        used += afterGc.getUsed();
        max += afterGc.getMax();
      }
    }
    int dead = deadlocked == null ? 0 : deadlocked.length;
    Optional<String> problem = problem(dead, used, max, heapLimit);
    Map<String, Object> data = new LinkedHashMap<>();
    problem.ifPresent(p -> data.put("problem", p));
    data.put("heapUsedAfterGcBytes", used);
    data.put("heapMaxBytes", max);
    data.put("deadlockedThreads", dead);
    return new HealthCheckResponse(
        "jvm",
        problem.isPresent() ? HealthCheckResponse.Status.DOWN : HealthCheckResponse.Status.UP,
        Optional.of(data));
  }

  /** Why the JVM should be restarted, or empty: deadlocked threads, a heap full after GC. */
  static Optional<String> problem(
      int deadlockedThreads, long heapUsedAfterGc, long heapMax, double limit) {
    if (deadlockedThreads > 0) {
      return Optional.of(deadlockedThreads + " deadlocked threads");
    }
    if (heapMax > 0 && heapUsedAfterGc > limit * heapMax) {
      return Optional.of(
          "heap "
              + (100 * heapUsedAfterGc / heapMax)
              + " % full after garbage collection (limit "
              + Math.round(100 * limit)
              + " %)");
    }
    return Optional.empty();
  }
}
