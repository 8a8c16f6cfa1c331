package vn.quytrinh.platform.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.time.MovableClock;

class BackgroundWorkTest {

  /** The first round throws an Error; the next rounds run all the same. */
  static Runnable errorOnce(AtomicInteger rounds, CountDownLatch later) {
    return () -> {
      if (rounds.incrementAndGet() == 1) {
        throw new OutOfMemoryError("Java heap space (thrown by the test)");
      }
      later.countDown();
    };
  }

  @Test
  void aWorkNotYetStartedIsDownAndAStartedOneUp() {
    HealthCheckResponse none = BackgroundWork.health("access-follower", null, Map::of);
    assertEquals(HealthCheckResponse.Status.DOWN, none.getStatus());
    assertEquals("not started", none.getData().orElseThrow().get("problem"));
    assertEquals("access-follower", none.getName());

    BackgroundWork w =
        new BackgroundWork("access-follower", Duration.ofSeconds(30), new MovableClock());
    HealthCheckResponse up = BackgroundWork.health("access-follower", w, () -> Map.of("lag", 0));
    assertEquals(HealthCheckResponse.Status.UP, up.getStatus());
    assertEquals(0, up.getData().orElseThrow().get("lag"));
  }

  @Test
  void aRoundThatThrowsAnErrorDoesNotEndTheSchedule() throws InterruptedException {
    ScheduledExecutorService executor = new ScheduledThreadPoolExecutor(1);
    try {
      BackgroundWork work = new BackgroundWork("test", Duration.ofSeconds(30), Clock.systemUTC());
      AtomicInteger rounds = new AtomicInteger();
      CountDownLatch twoMore = new CountDownLatch(2);
      work.schedule(executor, errorOnce(rounds, twoMore), 10, TimeUnit.MILLISECONDS);
      assertTrue(twoMore.await(10, TimeUnit.SECONDS), "rounds after the Error: " + rounds);
      assertTrue(work.problem().isEmpty(), work.problem().toString());
      Map<String, Object> data = work.health(Map.of()).getData().orElseThrow();
      assertEquals(1L, data.get("failures"));
      assertEquals("java.lang.OutOfMemoryError", data.get("lastError"));
      work.stop();
    } finally {
      executor.shutdownNow();
    }
  }

  /** What the code did before: an Error in a round cancels the schedule for good. */
  @Test
  void withoutTheGuardTheSameErrorStopsTheScheduleForGood() throws Exception {
    ScheduledExecutorService executor = new ScheduledThreadPoolExecutor(1);
    try {
      AtomicInteger rounds = new AtomicInteger();
      CountDownLatch never = new CountDownLatch(1);
      ScheduledFuture<?> f =
          executor.scheduleWithFixedDelay(errorOnce(rounds, never), 10, 10, TimeUnit.MILLISECONDS);
      assertFalse(never.await(300, TimeUnit.MILLISECONDS));
      assertTrue(f.isDone(), "cancelled by the Error");
      assertEquals(1, rounds.get());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void workWithoutASuccessfulRoundForLongerThanAllowedIsDown() {
    MovableClock clock = new MovableClock();
    BackgroundWork work = new BackgroundWork("test", Duration.ofSeconds(30), clock);
    assertEquals(HealthCheckResponse.Status.UP, work.health(Map.of()).getStatus());
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofSeconds(5));
      assertFalse(
          work.run(
              () -> {
                throw new IllegalStateException("database unreachable");
              }));
    }
    HealthCheckResponse down = work.health(Map.of("lagEvents", 12L));
    assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
    Map<String, Object> data = down.getData().orElseThrow();
    assertTrue(String.valueOf(data.get("problem")).contains("no successful round for 50 s"));
    assertEquals(12L, data.get("lagEvents"));
    assertTrue(work.run(() -> {}));
    assertEquals(HealthCheckResponse.Status.UP, work.health(Map.of()).getStatus());
  }

  @Test
  void stoppedWorkIsDown() {
    ScheduledExecutorService executor = new ScheduledThreadPoolExecutor(1);
    try {
      BackgroundWork work = new BackgroundWork("test", Duration.ofSeconds(30), Clock.systemUTC());
      work.schedule(executor, () -> {}, 1, TimeUnit.HOURS);
      assertTrue(work.problem().isEmpty());
      work.stop();
      assertEquals("stopped", work.problem().orElseThrow());
    } finally {
      executor.shutdownNow();
    }
  }
}
