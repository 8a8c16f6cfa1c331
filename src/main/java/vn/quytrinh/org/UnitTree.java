package vn.quytrinh.org;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The units as a tree through {@code parentCode}: sub-trees (read scopes) and cycle checks. */
public final class UnitTree {

  private final Map<String, String> parentOf = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();

  public UnitTree(Map<String, String> parentByCode) {
    parentByCode.forEach(
        (code, parent) -> {
          parentOf.put(code, parent);
          if (parent != null) {
            children.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(code);
          }
        });
  }

  public boolean contains(String code) {
    return parentOf.containsKey(code);
  }

  /** The unit and every unit below it, at any depth. */
  public Set<String> subtree(String code) {
    Set<String> out = new LinkedHashSet<>();
    if (!contains(code)) {
      return out;
    }
    Deque<String> todo = new ArrayDeque<>(List.of(code));
    while (!todo.isEmpty()) {
      String c = todo.pop();
      if (out.add(c)) {
        todo.addAll(children.getOrDefault(c, List.of()));
      }
    }
    return out;
  }

  /** The union of the sub-trees of the given units. */
  public Set<String> subtrees(Collection<String> codes) {
    Set<String> out = new LinkedHashSet<>();
    codes.forEach(c -> out.addAll(subtree(c)));
    return out;
  }

  /** Whether giving {@code code} the parent {@code newParent} would close a loop. */
  public boolean wouldCycle(String code, String newParent) {
    return newParent != null && subtree(code).contains(newParent);
  }

  public Optional<String> parentOf(String code) {
    return Optional.ofNullable(parentOf.get(code));
  }
}
