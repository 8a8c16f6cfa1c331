package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.rest.DocumentViews.DocumentView;
import vn.quytrinh.document.rest.DocumentViews.HistoryView;
import vn.quytrinh.document.rest.DocumentViews.SignaturesView;
import vn.quytrinh.document.rest.DocumentViews.VersionView;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.CountingDataSource;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The reads of documents, counted at the data source: a page of documents or of a work queue costs
 * the same statements whatever its size, a document's history the same whatever its versions, one
 * version two statements; the views are built by the service, before its read ends.
 */
class DocumentReadStatementsTest {

  static final Instant T0 = Instant.parse("2026-03-02T03:00:00Z");
  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final String UNIT = "XA-TH";

  static final Caller COORDINATOR =
      new Caller(
          "tk",
          "Trần Thị Hoa",
          "Thư ký ISO",
          UNIT,
          EnumSet.of(Role.COORDINATOR),
          Set.of(UNIT),
          false);
  static final Caller READER =
      new Caller("cb", "Vũ Đức Anh", null, UNIT, EnumSet.of(Role.READER), Set.of(UNIT), false);

  JpaHarness db;
  TimeSource time = new TimeSource(Clock.fixed(T0, ZoneOffset.UTC));

  @BeforeEach
  void seed() {
    db = JpaHarness.counting();
    db.inTransaction(
        em -> {
          em.persist(new Unit(UNIT, "Ủy ban nhân dân xã Tân Hòa", null, UnitLevel.XA));
          return null;
        });
    // 12 documents: issue 1 in force (signed twice, its events), issue 2 a draft; two TTHC each
    db.inTransaction(
        em -> {
          for (int i = 1; i <= 12; i++) {
            ControlledDocument d = Drafts.procedure(String.format("QT-%02d/CT", i), UNIT, T0);
            d.describe("Quy trình số " + i, Set.of("2.000815", "1.00" + (1000 + i)), 12);
            DocumentVersion first = Drafts.approved(d, ISSUED, T0);
            d.activate(first, ISSUED, Drafts.APPROVER, T0);
            d.startVersion(Drafts.DRAFTER, T0)
                .edit(Drafts.content("Sửa đổi " + i), "Sửa", null, Drafts.DRAFTER, T0);
            em.persist(d);
          }
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Runs a read in its own transaction and counts its statements (the commit aside). */
  <T> Counted<T> counted(Function<DocumentService, T> read) {
    CountingDataSource statements = db.statements();
    statements.reset();
    T result = db.inTransaction(em -> read.apply(new Wiring(em, time).documents));
    List<String> sql =
        statements.calls().stream()
            .filter(c -> !c.kind().equals("commit") && !c.kind().equals("rollback"))
            .map(CountingDataSource.Call::sql)
            .toList();
    return new Counted<>(result, sql);
  }

  record Counted<T>(T result, List<String> sql) {
    int statements() {
      return sql.size();
    }
  }

  long idOf(String code) {
    return db.inTransaction(
        em ->
            new DocumentRepository(em)
                .findByCode(UNIT, DocumentCode.parse(code).key())
                .orElseThrow()
                .id());
  }

  Counted<Page<DocumentView>> page(Caller c, int size) {
    DocumentService.Criteria all =
        new DocumentService.Criteria(null, null, null, null, null, null, false);
    return counted(s -> s.list(c, all, new PageRequest(0, size), DocumentView::of));
  }

  @Test
  void aPageOfDocumentsCostsTheSameStatementsWhateverItsSize() {
    Counted<Page<DocumentView>> two = page(COORDINATOR, 2);
    Counted<Page<DocumentView>> ten = page(COORDINATOR, 10);
    assertEquals(10, ten.result().items().size());
    DocumentView d = ten.result().items().get(9);
    assertEquals(2, d.versions().size(), "the views were built from the versions");
    assertEquals(2, d.tthcCodes().size());
    assertEquals(two.statements(), ten.statements(), () -> String.join("\n", ten.sql()));
    // the page, its count, then the TTHC codes and the versions of the whole page
    assertTrue(ten.statements() <= 4, () -> String.join("\n", ten.sql()));

    Counted<Page<DocumentView>> readerTwo = page(READER, 2);
    Counted<Page<DocumentView>> readerTen = page(READER, 10);
    assertEquals(1, readerTen.result().items().get(0).versions().size(), "in force only");
    assertEquals(readerTwo.statements(), readerTen.statements());
  }

  @Test
  void aWorkQueueCostsTheSameStatementsWhateverItsSize() {
    Counted<Page<DocumentService.QueuedVersion>> two =
        counted(s -> s.queue(COORDINATOR, DocumentService.Queue.DRAFTS, new PageRequest(0, 2)));
    Counted<Page<DocumentService.QueuedVersion>> ten =
        counted(s -> s.queue(COORDINATOR, DocumentService.Queue.DRAFTS, new PageRequest(0, 10)));
    assertEquals(10, ten.result().items().size());
    assertEquals(12, ten.result().total());
    assertTrue(ten.result().items().get(0).code().startsWith("QT-"));
    assertEquals(two.statements(), ten.statements(), () -> String.join("\n", ten.sql()));
  }

  @Test
  void oneVersionIsTheVersionWithItsDocumentThenItsDrafters() {
    long id = idOf("QT-03/CT");
    Counted<VersionView> v = counted(s -> s.version(READER, id, 1, VersionView::of));
    assertEquals("QT-03/CT", v.result().documentCode());
    assertEquals(List.of("tk"), v.result().drafters());
    assertEquals(2, v.statements(), () -> String.join("\n", v.sql()));
  }

  @Test
  void aHistoryCostsTheSameStatementsWhateverTheVersions() {
    long twoVersions = idOf("QT-04/CT");
    long fourVersions = idOf("QT-05/CT");
    db.inTransaction(
        em -> {
          ControlledDocument d = em.find(ControlledDocument.class, fourVersions);
          DocumentVersion second = d.version(2).orElseThrow();
          Drafts.signOff(second, ISSUED, T0);
          d.activate(second, ISSUED, Drafts.APPROVER, T0);
          d.activate(Drafts.approved(d, ISSUED, T0), ISSUED, Drafts.APPROVER, T0);
          d.startVersion(Drafts.DRAFTER, T0);
          return null;
        });
    Counted<HistoryView> few =
        counted(s -> s.forWorkHistory(COORDINATOR, twoVersions, 2, HistoryView::of));
    Counted<HistoryView> many =
        counted(s -> s.forWorkHistory(COORDINATOR, fourVersions, 4, HistoryView::of));
    assertEquals(4, many.result().revisions().size());
    assertEquals(few.statements(), many.statements(), () -> String.join("\n", many.sql()));

    Counted<SignaturesView> signed =
        counted(s -> s.forHistory(READER, fourVersions, 3, SignaturesView::of));
    assertEquals(2, signed.result().signatures().size());

    Counted<DocumentReading> pageFew = counted(s -> s.reading(COORDINATOR, twoVersions, null));
    Counted<DocumentReading> pageMany = counted(s -> s.reading(COORDINATOR, fourVersions, null));
    assertEquals(3, pageMany.result().shown().issueNo(), "the version in force by default");
    assertEquals(4, pageMany.result().versions().size());
    assertEquals(4, pageMany.result().versions().get(0).issueNo(), "newest first");
    assertEquals(2, pageMany.result().versions().get(1).signatures().size());
    assertTrue(pageMany.result().versions().get(1).events().size() >= 4);
    assertEquals(
        pageFew.statements(), pageMany.statements(), () -> String.join("\n", pageMany.sql()));
  }

  @Test
  void aReaderSeesNoEventsOnTheDocumentPage() {
    long id = idOf("QT-06/CT");
    DocumentReading r = counted(s -> s.reading(READER, id, null)).result();
    assertEquals(1, r.versions().size());
    assertEquals(List.of(), r.shown().events(), "events carry return comments: work readers only");
    assertEquals(2, r.shown().signatures().size());
  }
}
