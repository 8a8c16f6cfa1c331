package vn.quytrinh.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

  // UBND-TINH ─┬─ SO-TP
  //            ├─ UBND-HUYEN-A ─┬─ UBND-XA-A1 ── THON-1
  //            │                └─ UBND-XA-A2
  //            └─ UBND-HUYEN-B ── UBND-XA-B1
  private static final UnitTree TREE = new UnitTree(tree());

  private static Map<String, String> tree() {
    Map<String, String> m = new HashMap<>();
    m.put("UBND-TINH", null);
    m.put("SO-TP", "UBND-TINH");
    m.put("UBND-HUYEN-A", "UBND-TINH");
    m.put("UBND-HUYEN-B", "UBND-TINH");
    m.put("UBND-XA-A1", "UBND-HUYEN-A");
    m.put("UBND-XA-A2", "UBND-HUYEN-A");
    m.put("THON-1", "UBND-XA-A1");
    m.put("UBND-XA-B1", "UBND-HUYEN-B");
    return m;
  }

  @Test
  void subtreeOfRootIsEverything() {
    assertEquals(tree().keySet(), TREE.subtree("UBND-TINH"));
  }

  @Test
  void subtreeReachesEveryDepth() {
    assertEquals(
        Set.of("UBND-HUYEN-A", "UBND-XA-A1", "UBND-XA-A2", "THON-1"), TREE.subtree("UBND-HUYEN-A"));
    assertEquals(Set.of("UBND-XA-A1", "THON-1"), TREE.subtree("UBND-XA-A1"));
  }

  @Test
  void subtreeStartsWithTheUnitItself() {
    assertEquals("UBND-HUYEN-A", TREE.subtree("UBND-HUYEN-A").iterator().next());
  }

  @Test
  void leafIsItsOwnSubtree() {
    assertEquals(Set.of("THON-1"), TREE.subtree("THON-1"));
    assertEquals(Set.of("SO-TP"), TREE.subtree("SO-TP"));
  }

  @Test
  void unknownUnitHasEmptySubtree() {
    assertEquals(Set.of(), TREE.subtree("KHONG-CO"));
    assertEquals(Set.of(), TREE.subtree(null));
    assertFalse(TREE.contains("KHONG-CO"));
    assertTrue(TREE.contains("THON-1"));
  }

  @Test
  void subtreesIsTheUnion() {
    assertEquals(
        Set.of("UBND-HUYEN-A", "UBND-XA-A1", "UBND-XA-A2", "THON-1", "UBND-XA-B1"),
        TREE.subtrees(List.of("UBND-HUYEN-A", "UBND-XA-B1")));
    assertEquals(
        TREE.subtree("UBND-HUYEN-A"), TREE.subtrees(List.of("UBND-XA-A1", "UBND-HUYEN-A")));
    assertEquals(Set.of("SO-TP"), TREE.subtrees(List.of("SO-TP", "KHONG-CO")));
    assertEquals(Set.of(), TREE.subtrees(List.of()));
  }

  @Test
  void movingUnderOwnDescendantWouldCycle() {
    assertTrue(TREE.wouldCycle("UBND-HUYEN-A", "THON-1"));
    assertTrue(TREE.wouldCycle("UBND-HUYEN-A", "UBND-XA-A2"));
    assertTrue(TREE.wouldCycle("UBND-TINH", "UBND-XA-B1"));
  }

  @Test
  void movingUnderItselfWouldCycle() {
    assertTrue(TREE.wouldCycle("UBND-XA-A1", "UBND-XA-A1"));
  }

  @Test
  void movingElsewhereIsFine() {
    assertFalse(TREE.wouldCycle("UBND-XA-A1", "UBND-HUYEN-B"));
    assertFalse(TREE.wouldCycle("THON-1", "UBND-TINH"));
    assertFalse(TREE.wouldCycle("UBND-HUYEN-A", "SO-TP"));
    assertFalse(TREE.wouldCycle("UBND-HUYEN-A", null));
    assertFalse(TREE.wouldCycle("KHONG-CO", "UBND-TINH"));
  }

  @Test
  void parentOf() {
    assertEquals(Optional.of("UBND-XA-A1"), TREE.parentOf("THON-1"));
    assertEquals(Optional.of("UBND-TINH"), TREE.parentOf("UBND-HUYEN-B"));
    assertEquals(Optional.empty(), TREE.parentOf("UBND-TINH"));
    assertEquals(Optional.empty(), TREE.parentOf("KHONG-CO"));
  }

  @Test
  void cycleInTheDataDoesNotLoopForever() {
    UnitTree broken = new UnitTree(Map.of("A", "B", "B", "A", "C", "A"));
    assertEquals(Set.of("A", "B", "C"), broken.subtree("A"));
    assertTrue(broken.wouldCycle("A", "C"));
  }
}
