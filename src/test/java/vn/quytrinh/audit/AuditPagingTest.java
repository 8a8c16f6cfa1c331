package vn.quytrinh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Statements;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/**
 * The trail as a list: newest first, the caller's scope and the filters applied by the database,
 * counted there, paged by {@code page}/{@code size} or by the {@code before} cursor.
 */
class AuditPagingTest {

  JpaHarness db;

  /** Sequence numbers of the events a coordinator of XA reads, in the order recorded. */
  final List<Long> ofXa = new ArrayList<>();

  @BeforeEach
  void open() {
    db = JpaHarness.counting();
    db.inTransaction(
        em -> {
          AuditTrail t = new AuditTrail(em, Optional.empty());
          List<AuditTrail.Entry> entries = new ArrayList<>();
          for (int i = 1; i <= 240; i++) {
            switch (i % 4) {
              case 0 -> entries.add(entry("SAVE", "VERSION", "d" + i, "XA", i));
              case 1 -> entries.add(entry("SAVE", "VERSION", "d" + i, "OTHER", i));
              case 2 -> entries.add(entry("CREATE", "TTHC", "t" + i, null, i));
              default -> entries.add(entry("UPDATE", "USER", "p" + i, "XA", i));
            }
          }
          t.recordAll(entries);
          return null;
        });
    for (long seq = 1; seq <= 240; seq++) {
      if (seq % 4 == 0 || seq % 4 == 2) {
        ofXa.add(seq);
      }
    }
  }

  static AuditTrail.Entry entry(String action, String entity, String id, String unit, int i) {
    return new AuditTrail.Entry("u", action, entity, id, unit, "event " + i);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static final Caller COORDINATOR =
      new Caller("xa", "xa", null, "XA", Set.of(Role.COORDINATOR), Set.of("XA"), false);

  Page<AuditChain.Event> page(Caller c, String entity, Long before, int page, int size) {
    return db.inTransaction(
        em ->
            new AuditService(new AuditTrail(em, Optional.empty()))
                .events(c, entity, null, before, new PageRequest(page, size)));
  }

  static List<Long> seqs(Page<AuditChain.Event> p) {
    return p.items().stream().map(AuditChain.Event::seq).toList();
  }

  static List<Long> newestFirst(List<Long> seqs, int from, int n) {
    List<Long> r = new ArrayList<>(seqs);
    java.util.Collections.reverse(r);
    return r.subList(from, Math.min(from + n, r.size()));
  }

  @Test
  void theNewestComeFirstWithinTheCallersScopeAndTheTotalCountsThemAll() {
    Page<AuditChain.Event> first = page(COORDINATOR, null, null, 0, 25);
    assertEquals(newestFirst(ofXa, 0, 25), seqs(first));
    assertEquals(ofXa.size(), first.total());
    Page<AuditChain.Event> third = page(COORDINATOR, null, null, 2, 25);
    assertEquals(newestFirst(ofXa, 50, 25), seqs(third));
    assertEquals(120, third.total());
  }

  @Test
  void theCursorStartsBeforeTheSequenceGivenAndCountsWhatIsBeforeIt() {
    Page<AuditChain.Event> first = page(COORDINATOR, null, null, 0, 25);
    long last = first.items().get(first.items().size() - 1).seq();
    Page<AuditChain.Event> next = page(COORDINATOR, null, last, 0, 25);
    assertEquals(seqs(page(COORDINATOR, null, null, 1, 25)), seqs(next));
    assertEquals(120 - 25, next.total());
    assertEquals(List.of(2L), seqs(page(COORDINATOR, null, 4L, 0, 25)));
  }

  @Test
  void anEntityFilterNarrowsTheScopedList() {
    Page<AuditChain.Event> tthc = page(COORDINATOR, "TTHC", null, 0, 500);
    assertEquals(60, tthc.total());
    assertEquals(LongStream.iterate(238, s -> s >= 2, s -> s - 4).boxed().toList(), seqs(tthc));
    Caller overseer = new Caller("o", "o", null, null, Set.of(Role.OVERSIGHT), Set.of(), true);
    assertEquals(240, page(overseer, null, null, 0, 10).total());
    assertEquals(60, page(overseer, "USER", null, 0, 10).total());
  }

  @Test
  void aCursorBelowOneIsRefusedNamingIt() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> page(COORDINATOR, null, 0L, 0, 25));
    assertEquals("before", e.errors().get(0).field());
  }

  @Test
  void aPageCostsTwoStatementsWhateverItsSize() {
    List<Long> counts = new ArrayList<>();
    for (int size : new int[] {5, 100, 500}) {
      counts.add(
          db.inTransaction(
              em ->
                  Statements.during(
                          db,
                          () ->
                              new AuditService(new AuditTrail(em, Optional.empty()))
                                  .events(COORDINATOR, null, null, null, new PageRequest(0, size)))
                      .statements()));
    }
    assertEquals(List.of(2L, 2L, 2L), counts);
  }
}
