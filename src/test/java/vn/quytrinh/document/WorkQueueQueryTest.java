package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.JpaHarness;

/**
 * The queries behind "Việc của tôi" and the documents list, on H2: a work queue holds the versions
 * of the person's units in one status, never one the person drafted, paged in the database; the
 * list narrows by TTHC and sorts both ways.
 */
class WorkQueueQueryTest {

  static final Instant T0 = Instant.parse("2026-03-02T03:00:00Z");
  static final Set<String> COMMUNE = Set.of("XA-TH");

  JpaHarness db;

  @BeforeEach
  void seed() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(new Unit("XA-TH", "Ủy ban nhân dân xã Tân Hòa", null, UnitLevel.XA));
          em.persist(new Unit("XA-KH", "Ủy ban nhân dân xã Khác", null, UnitLevel.XA));
          return null;
        });
    db.inTransaction(
        em -> {
          // a draft of the commune; one in review drafted by "tk"; a draft of another unit
          ControlledDocument a = Drafts.procedure("QT-01/HT", "XA-TH", T0);
          a.describe("Quy trình đăng ký khai sinh", Set.of("1.001193"), 12);
          a.startVersion(Drafts.DRAFTER, T0)
              .edit(Drafts.content("A"), "A", null, Drafts.DRAFTER, T0);
          ControlledDocument b = Drafts.procedure("QT-02/CT", "XA-TH", T0);
          DocumentVersion vb = b.startVersion(Drafts.DRAFTER, T0);
          vb.edit(Drafts.content("B"), "B", null, Drafts.DRAFTER, T0);
          vb.submitForReview(Drafts.DRAFTER, T0);
          ControlledDocument c = Drafts.procedure("QT-09/XX", "XA-KH", T0);
          c.startVersion(Drafts.DRAFTER, T0);
          em.persist(a);
          em.persist(b);
          em.persist(c);
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T repo(java.util.function.Function<DocumentRepository, T> work) {
    return db.inTransaction(
        em -> {
          return work.apply(new DocumentRepository(em));
        });
  }

  static List<String> codes(List<DocumentVersion> vs) {
    return vs.stream().map(v -> v.document().code()).toList();
  }

  @Test
  void draftsOfMyUnitsOnly() {
    assertEquals(
        List.of("QT-01/HT"),
        repo(r -> codes(r.versionsIn(COMMUNE, VersionStatus.DRAFT, null, 0, 10))));
    assertEquals(1L, (long) repo(r -> r.countVersionsIn(COMMUNE, VersionStatus.DRAFT, null)));
    assertEquals(2L, (long) repo(r -> r.countVersionsIn(null, VersionStatus.DRAFT, null)));
    assertEquals(0L, (long) repo(r -> r.countVersionsIn(Set.of(), VersionStatus.DRAFT, null)));
  }

  @Test
  void aVersionINeverWaitsForMyOwnReview() {
    assertEquals(
        List.of(), repo(r -> codes(r.versionsIn(COMMUNE, VersionStatus.IN_REVIEW, "tk", 0, 10))));
    assertEquals(0L, (long) repo(r -> r.countVersionsIn(COMMUNE, VersionStatus.IN_REVIEW, "tk")));
    assertEquals(
        List.of("QT-02/CT"),
        repo(r -> codes(r.versionsIn(COMMUNE, VersionStatus.IN_REVIEW, "pct", 0, 10))));
  }

  @Test
  void pagedInTheDatabase() {
    assertEquals(1, (int) repo(r -> r.versionsIn(null, VersionStatus.DRAFT, null, 0, 1)).size());
    assertEquals(1, (int) repo(r -> r.versionsIn(null, VersionStatus.DRAFT, null, 1, 1)).size());
    assertEquals(0, (int) repo(r -> r.versionsIn(null, VersionStatus.DRAFT, null, 2, 1)).size());
  }

  @Test
  void listNarrowsByTthcAndSortsBothWays() {
    DocumentRepository.Filter byTthc =
        new DocumentRepository.Filter(
            null, null, null, null, null, false, "1.001193", DocumentSort.CODE, false);
    assertEquals(
        List.of("QT-01/HT"),
        repo(r -> r.list(byTthc, 0, 10).stream().map(ControlledDocument::code).toList()));
    assertEquals(1L, (long) repo(r -> r.count(byTthc)));
    DocumentRepository.Filter down =
        new DocumentRepository.Filter(
            null, null, null, null, null, false, null, DocumentSort.CODE, true);
    assertEquals(
        List.of("QT-09/XX", "QT-02/CT", "QT-01/HT"),
        repo(r -> r.list(down, 0, 10).stream().map(ControlledDocument::code).toList()));
  }
}
