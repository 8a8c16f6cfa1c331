package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChainClosureTest {

  /** Edges "dependant → what it hangs on", answered a frontier at a time, counting the calls. */
  static Function<Set<Long>, Map<Long, Long>> graph(
      Map<Long, List<Long>> hangsOn, AtomicInteger calls) {
    return frontier -> {
      calls.incrementAndGet();
      Map<Long, Long> out = new HashMap<>();
      hangsOn.forEach(
          (dependant, targets) ->
              targets.stream()
                  .filter(frontier::contains)
                  .findFirst()
                  .ifPresent(t -> out.put(dependant, t)));
      return out;
    };
  }

  @Test
  void followsChainsToAnyDepthWithOneCallPerLevel() {
    // 2 guides 1, 3 is based on 2, 4 guides 3, 5 guides 1 (two branches)
    AtomicInteger calls = new AtomicInteger();
    Map<Long, ChainClosure.Link> r =
        ChainClosure.expand(
            Set.of(1L),
            graph(
                Map.of(2L, List.of(1L), 3L, List.of(2L), 4L, List.of(3L), 5L, List.of(1L)), calls),
            32);
    assertEquals(Set.of(2L, 3L, 4L, 5L), r.keySet());
    assertEquals(new ChainClosure.Link(1L, 1), r.get(2L));
    assertEquals(new ChainClosure.Link(3L, 3), r.get(4L));
    assertEquals(4, calls.get(), "three levels and one that finds nothing");
  }

  @Test
  void cyclesEndAndTheStartIsNeverItsOwnDependant() {
    AtomicInteger calls = new AtomicInteger();
    Map<Long, ChainClosure.Link> r =
        ChainClosure.expand(
            Set.of(1L),
            graph(Map.of(2L, List.of(1L), 3L, List.of(2L), 1L, List.of(3L)), calls),
            32);
    assertEquals(Set.of(2L, 3L), r.keySet());
    assertTrue(calls.get() <= 4);
  }

  @Test
  void depthIsBounded() {
    Map<Long, List<Long>> line = new HashMap<>();
    for (long i = 2; i <= 100; i++) {
      line.put(i, List.of(i - 1));
    }
    assertEquals(5, ChainClosure.expand(Set.of(1L), graph(line, new AtomicInteger()), 5).size());
  }

  @Test
  void nothingHangsOnAnIsolatedDocument() {
    assertEquals(
        Map.of(), ChainClosure.expand(Set.of(7L), graph(Map.of(), new AtomicInteger()), 32));
  }
}
