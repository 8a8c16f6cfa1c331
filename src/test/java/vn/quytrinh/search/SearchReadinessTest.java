package vn.quytrinh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.time.MovableClock;

/** Readiness reports a follower that has stalled: its rounds fail, or it no longer runs. */
class SearchReadinessTest {

  @Test
  void aFollowerWhoseRoundsFailForHalfAMinuteMakesTheInstanceNotReady() {
    MovableClock clock = new MovableClock();
    SearchService search = new SearchService();
    search.following = SearchService.follower(500, clock);
    SearchReadiness ready = new SearchReadiness();
    ready.search = search;
    assertEquals(HealthCheckResponse.Status.UP, ready.call().getStatus());

    for (int i = 0; i < 62; i++) { // every half second, as configured by default
      clock.advance(Duration.ofMillis(500));
      search.following.run(
          () -> {
            throw new OutOfMemoryError("thrown by the test");
          });
    }
    HealthCheckResponse stalled = ready.call();
    assertEquals(HealthCheckResponse.Status.DOWN, stalled.getStatus());
    assertEquals("search-follower", stalled.getName());
    var data = stalled.getData().orElseThrow();
    assertTrue(
        String.valueOf(data.get("problem")).startsWith("no successful round"), data.toString());
    assertEquals("java.lang.OutOfMemoryError", data.get("lastError"));
  }

  @Test
  void aFollowerNeverStartedIsNotReady() {
    SearchReadiness ready = new SearchReadiness();
    ready.search = new SearchService();
    assertEquals(HealthCheckResponse.Status.DOWN, ready.call().getStatus());
  }
}
