package vn.quytrinh.platform.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Imports at once are bounded: one more than the places is refused at once, never queued. */
class ImportLimiterTest {

  @Test
  void oneImportAtATimeUnlessConfigured() throws NoSuchFieldException {
    ConfigProperty p =
        ImportLimiter.class.getDeclaredField("concurrent").getAnnotation(ConfigProperty.class);
    assertEquals("quytrinh.import.concurrent", p.name());
    assertEquals("1", p.defaultValue());
  }

  /**
   * Imports running on their own threads hold their places until they end; while they do, every
   * further one is refused, and a place given back is taken by the next.
   */
  @Test
  void whileEveryPlaceIsHeldAnotherImportIsRefusedAndGetsThePlaceOnceOneEnds() throws Exception {
    for (int places : new int[] {1, 2}) {
      ImportLimiter limiter = new ImportLimiter(places);
      CountDownLatch holding = new CountDownLatch(places);
      CountDownLatch finish = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(places);
      try {
        List<Future<Boolean>> running = new ArrayList<>();
        for (int i = 0; i < places; i++) {
          running.add(
              pool.submit(
                  () -> {
                    Optional<ImportLimiter.Permit> p = limiter.tryAcquire();
                    if (p.isEmpty()) {
                      holding.countDown();
                      return false;
                    }
                    try (ImportLimiter.Permit held = p.get()) {
                      holding.countDown();
                      finish.await(); // the import runs until the test lets it end
                      return true;
                    }
                  }));
        }
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        assertEquals(0, limiter.available());
        for (int i = 0; i < 5; i++) {
          assertTrue(limiter.tryAcquire().isEmpty(), "refused while " + places + " run");
        }
        finish.countDown();
        for (Future<Boolean> f : running) {
          assertTrue(f.get(10, TimeUnit.SECONDS), "every running import had a place");
        }
        assertEquals(places, limiter.available(), "every place given back");
        try (ImportLimiter.Permit next = limiter.tryAcquire().orElseThrow()) {
          assertEquals(places - 1, limiter.available());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aPermitClosedTwiceGivesItsPlaceBackOnce() {
    ImportLimiter limiter = new ImportLimiter(1);
    ImportLimiter.Permit p = limiter.tryAcquire().orElseThrow();
    p.close();
    p.close();
    assertEquals(1, limiter.available());
  }
}
