package vn.quytrinh.web.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.quytrinh.org.Unit;

/**
 * The units as an indented outline: each unit right after its parent, one step deeper, siblings in
 * the order given (code order from the registry). A unit whose parent is not among them starts an
 * outline of its own, so none is ever left out.
 */
public final class UnitOutline {

  /** Deeper than this is drawn at this depth: the page has room for so many steps. */
  static final int MAX_DEPTH = 5;

  /** One line of the outline. */
  public record Line(Unit unit, int depth) {

    /** What a drop-down shows: the name, pushed right by non-breaking spaces. */
    public String indentedName() {
      return "\u00a0\u00a0\u00a0".repeat(depth) + unit.name();
    }

    /** The depth the page draws ({@code depth-0} … {@code depth-5} in app.css). */
    public int shownDepth() {
      return Math.min(depth, MAX_DEPTH);
    }
  }

  private UnitOutline() {}

  public static List<Line> of(List<Unit> units) {
    Map<String, Unit> byCode = new LinkedHashMap<>();
    units.forEach(u -> byCode.put(u.code(), u));
    Map<String, List<Unit>> children = new LinkedHashMap<>();
    List<Unit> roots = new ArrayList<>();
    for (Unit u : units) {
      if (u.parentCode() == null || !byCode.containsKey(u.parentCode())) {
        roots.add(u);
      } else {
        children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
      }
    }
    List<Line> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    roots.forEach(r -> walk(r, 0, children, done, out));
    // a loop in the stored parents (never made by the service) would leave units unreached
    units.stream()
        .filter(u -> !done.contains(u.code()))
        .forEach(u -> walk(u, 0, children, done, out));
    return out;
  }

  private static void walk(
      Unit u, int depth, Map<String, List<Unit>> children, Set<String> done, List<Line> out) {
    if (!done.add(u.code())) {
      return;
    }
    out.add(new Line(u, depth));
    for (Unit c : children.getOrDefault(u.code(), List.of())) {
      walk(c, depth + 1, children, done, out);
    }
  }
}
