package vn.quytrinh.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions' content, field by field. Rows of a table (steps, citations,
 * dossier…) are aligned by longest common subsequence, so inserting a step reports one added step,
 * not every following one as changed; renumbering alone is not a change.
 */
public final class VersionDiff {

  /** One change: a JSON path ({@code content.steps[2].days}), the value before and after. */
  public record Change(String path, Object before, Object after) {}

  private VersionDiff() {}

  public static List<Change> between(ProcedureContent older, ProcedureContent newer) {
    List<Change> out = new ArrayList<>();
    diff(
        "content",
        Canonical.tree(older == null ? ProcedureContent.empty().normalized() : older),
        Canonical.tree(newer == null ? ProcedureContent.empty().normalized() : newer),
        out);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void diff(String path, Object a, Object b, List<Change> out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Set<String> keys = new LinkedHashSet<>();
      ((Map<String, Object>) mb).keySet().forEach(keys::add);
      ((Map<String, Object>) ma).keySet().forEach(keys::add);
      for (String k : keys) {
        diff(path + "." + k, ma.get(k), mb.get(k), out);
      }
    } else if (a instanceof List<?> la && b instanceof List<?> lb) {
      diffRows(path, (List<Object>) la, (List<Object>) lb, out);
    } else {
      out.add(new Change(path, a, b));
    }
  }

  private static void diffRows(String path, List<Object> a, List<Object> b, List<Change> out) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            same(a.get(i), b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    while (i < n || j < m) {
      if (i < n && j < m && same(a.get(i), b.get(j))) {
        flush(path, a, b, removed, added, out);
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        added.add(j++);
      } else {
        removed.add(i++);
      }
    }
    flush(path, a, b, removed, added, out);
  }

  /** A run of rows that differ: pair them up as edits, the rest are removals or additions. */
  private static void flush(
      String path,
      List<Object> a,
      List<Object> b,
      List<Integer> removed,
      List<Integer> added,
      List<Change> out) {
    int paired = Math.min(removed.size(), added.size());
    for (int k = 0; k < paired; k++) {
      diff(
          path + "[" + added.get(k) + "]",
          withoutOrder(a.get(removed.get(k))),
          withoutOrder(b.get(added.get(k))),
          out);
    }
    for (int k = paired; k < removed.size(); k++) {
      out.add(new Change(path + "[" + removed.get(k) + "]", a.get(removed.get(k)), null));
    }
    for (int k = paired; k < added.size(); k++) {
      out.add(new Change(path + "[" + added.get(k) + "]", null, b.get(added.get(k))));
    }
    removed.clear();
    added.clear();
  }

  private static boolean same(Object x, Object y) {
    return Objects.equals(withoutOrder(x), withoutOrder(y));
  }

  /** Step numbers follow from position; comparing without them keeps renumbering out. */
  private static Object withoutOrder(Object row) {
    if (row instanceof Map<?, ?> m && m.containsKey("order")) {
      Map<Object, Object> copy = new LinkedHashMap<>(m);
      copy.remove("order");
      return copy;
    }
    return row;
  }
}
