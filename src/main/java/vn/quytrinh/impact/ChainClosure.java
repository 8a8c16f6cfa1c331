package vn.quytrinh.impact;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything that hangs on a document through chains (X guides it, Y is based on X…), to any depth,
 * each node reached once even when the chains loop. One call of {@code nextLevel} per depth: the
 * caller answers a whole frontier with one query, so the number of queries grows with the depth of
 * the chains, not with their width.
 */
public final class ChainClosure {

  /** How a node was reached: the node it hangs on, and at which depth. */
  public record Link(long via, int depth) {}

  private ChainClosure() {}

  /**
   * @param start the changed documents
   * @param nextLevel for a frontier, each node's dependants (node → the frontier nodes it hangs on)
   * @param maxDepth a guard against absurd data; real chains are a few levels deep
   * @return every node reached, not the start nodes, with how it was reached
   */
  public static Map<Long, Link> expand(
      Set<Long> start, Function<Set<Long>, Map<Long, Long>> nextLevel, int maxDepth) {
    Map<Long, Link> reached = new LinkedHashMap<>();
    Set<Long> seen = new HashSet<>(start);
    Set<Long> frontier = new HashSet<>(start);
    for (int depth = 1; depth <= maxDepth && !frontier.isEmpty(); depth++) {
      Set<Long> next = new HashSet<>();
      for (Map.Entry<Long, Long> e : nextLevel.apply(frontier).entrySet()) {
        if (seen.add(e.getKey())) {
          reached.put(e.getKey(), new Link(e.getValue(), depth));
          next.add(e.getKey());
        }
      }
      frontier = next;
    }
    return reached;
  }
}
