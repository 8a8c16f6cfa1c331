package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quytrinh.document.Actor;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.metrics.RecordingMeasures;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/** Imports on a real database: all-or-nothing, idempotent, dry runs that write nothing. */
class ImportServiceTest {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final Caller COORDINATOR =
      new Caller(
          "tk",
          "Trần Thị Hoa",
          "Thư ký ISO",
          "XA",
          EnumSet.of(Role.COORDINATOR),
          Set.of("XA"),
          false);

  JpaHarness db;
  final RecordingMeasures measures = new RecordingMeasures();
  byte[] annex;
  byte[] laws;

  @BeforeEach
  void open() throws Exception {
    db = new JpaHarness();
    annex = Files.readAllBytes(Path.of("sample-data/tthc-quyet-dinh-cong-bo.xlsx"));
    laws = Files.readAllBytes(Path.of("sample-data/van-ban-phap-luat.csv"));
    db.inTransaction(
        em -> {
          em.persist(new Unit("XA", "Ủy ban nhân dân xã Tân Hòa", null, UnitLevel.XA));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /**
   * Rollback-only as the container would do it: the test's transaction is rolled back instead of
   * committed.
   */
  static final class Registry implements TransactionSynchronizationRegistry {
    boolean rollbackOnly;

    public Object getTransactionKey() {
      return this;
    }

    public void putResource(Object key, Object value) {}

    public Object getResource(Object key) {
      return null;
    }

    public void registerInterposedSynchronization(Synchronization sync) {}

    public int getTransactionStatus() {
      return 0;
    }

    public void setRollbackOnly() {
      rollbackOnly = true;
    }

    public boolean getRollbackOnly() {
      return rollbackOnly;
    }
  }

  <T> T run(Function<ImportService, T> work) {
    return run((imports, services) -> work.apply(imports));
  }

  /** The services the import writes through, in the same wiring and transaction. */
  <T> T wired(Function<Wiring, T> work) {
    return run((imports, services) -> work.apply(services));
  }

  <T> T run(BiFunction<ImportService, Wiring, T> work) {
    EntityManager em = db.entityManager();
    Registry registry = new Registry();
    try {
      em.getTransaction().begin();
      TimeSource time =
          new TimeSource(
              Clock.fixed(
                  LocalDate.of(2026, 11, 28).atStartOfDay().toInstant(ZoneOffset.UTC),
                  ZoneOffset.UTC));
      Wiring w = new Wiring(em, time);
      ImportService s = imports(w, registry, measures);
      T result = work.apply(s, w);
      if (registry.rollbackOnly) {
        em.getTransaction().rollback();
      } else {
        em.getTransaction().commit();
      }
      return result;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      throw e;
    } finally {
      em.close();
    }
  }

  /**
   * The import service and its importers over the wired registries, as the container makes them.
   */
  static ImportService imports(
      Wiring w, TransactionSynchronizationRegistry registry, Measures measures) {
    CitationText citations = new CitationText(w.legal);
    return new ImportService(
        new TthcImporter(w.tthc, citations),
        new LegalImporter(w.legal),
        new ProcedureImporter(w.documents, citations),
        new UnitImporter(w.org),
        new PersonImporter(w.org),
        w.audit,
        registry,
        measures);
  }

  long count(String table) {
    return db.inTransaction(
        em ->
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
                .longValue());
  }

  @Test
  void legalDocumentsThenTheTthcAnnexLinkedToThem() {
    ImportReport legal = run(s -> s.importLegal(COORDINATOR, laws, "text/csv", false));
    assertEquals(6, legal.created());
    assertEquals(0, legal.rejected().size());
    ImportReport again = run(s -> s.importLegal(COORDINATOR, laws, "text/csv", false));
    assertEquals(0, again.created());
    assertEquals(6, again.unchanged(), "the same file twice changes nothing");

    ImportReport tthc = run(s -> s.importTthc(COORDINATOR, annex, XLSX, "XA", false));
    assertEquals(6, tthc.created(), tthc.toString());
    var t = wired(s -> s.tthc.get("2.000815"));
    assertEquals(0, BigDecimal.ZERO.compareTo(t.timeLimitDays()), "the same day");
    assertEquals(
        "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp"
            + " nhận yêu cầu sau 15 giờ",
        t.timeLimitText(),
        "the original text is kept");
    assertEquals(Set.of("XA"), t.unitCodes());
    assertEquals(4, t.legalBasis().size(), t.legalBasis().toString());
    assertEquals("5", t.legalBasis().get(0).article());
    assertEquals("23/2015/NĐ-CP", t.legalBasis().get(0).number());
    assertEquals(
        "60/2014/QH13",
        wired(s -> s.tthc.get("1.001193").legalBasis().get(0).number()),
        "the law named without its number");
    assertEquals(
        0, new BigDecimal(3).compareTo(wired(s -> s.tthc.get("1.001612").timeLimitDays())));
    assertTrue(
        tthc.notes().stream().anyMatch(n -> n.toString().contains("226/2016/TT-BTC")),
        "unregistered basis is reported: " + tthc.notes());

    ImportReport twice = run(s -> s.importTthc(COORDINATOR, annex, XLSX, "XA", false));
    assertEquals(6, twice.unchanged(), twice.toString());
    assertEquals(0, twice.created() + twice.updated());
    assertEquals(
        List.of(
            "import LEGAL_DOCUMENT APPLIED 6",
            "import LEGAL_DOCUMENT APPLIED 6",
            "import TTHC APPLIED 6",
            "import TTHC APPLIED 6"),
        measures.recorded);
  }

  /** The whole report of a TTHC import in CSV that is refused with 400. */
  ImportReport rejectedTthc(String csv) {
    byte[] file = TableReaderTest.utf8(csv);
    ImportRejected e =
        assertThrows(
            ImportRejected.class,
            () -> run(s -> s.importTthc(COORDINATOR, file, "text/csv", null, false)));
    assertEquals(400, e.status());
    return (ImportReport) e.extensions().get("report");
  }

  @Test
  void oneBadRowAndNothingIsWritten() {
    String header = "STT;Mã TTHC;Tên TTHC;Thời hạn giải quyết\n";
    run(
        s ->
            s.importTthc(
                COORDINATOR,
                TableReaderTest.utf8(
                    header
                        + "1;1.001193;Đăng ký khai sinh;Trong ngày\n"
                        + "2;2.000815;Chứng thực;Trong ngày\n"),
                "text/csv",
                null,
                false));
    String csv =
        header
            + "1;1.001193;Đăng ký khai sinh;Trong ngày\n"
            + "2;1.00x;Sai mã;05 ngày\n"
            + "3;2.000815;Chứng thực bản sao;Trong ngày\n"
            + "4;1.000894;Đăng ký kết hôn;Trong ngày\n";
    ImportReport report = rejectedTthc(csv);
    assertEquals(1, report.rejected().size());
    assertEquals(3, report.rejected().get(0).line());
    assertEquals(
        List.of(
            new ImportReport.Item(2, "1.001193", "UNCHANGED"),
            new ImportReport.Item(4, "2.000815", "UPDATED"),
            new ImportReport.Item(5, "1.000894", "CREATED")),
        report.items(),
        "the whole report: what the good rows would do");
    assertEquals(List.of(1, 1, 1), List.of(report.created(), report.updated(), report.unchanged()));
    assertEquals(2, count("tthc"), "nothing written");
    assertEquals("Chứng thực", wired(s -> s.tthc.get("2.000815").name()));
    assertEquals("import TTHC REJECTED 4", measures.recorded.get(measures.recorded.size() - 1));
  }

  @Test
  void groupHeadingsOfAnAnnexAreSkippedAndNameTheFieldOfTheRowsBelow() {
    String csv =
        "PHỤ LỤC: DANH MỤC THỦ TỤC HÀNH CHÍNH;;;;\n"
            + "STT;Mã TTHC;Tên TTHC;Lĩnh vực;Thời hạn giải quyết\n"
            + "A. THỦ TỤC HÀNH CHÍNH CẤP XÃ;;;;\n"
            + "I;;Lĩnh vực Hộ tịch;;\n"
            + "1;1.001193;Đăng ký khai sinh;;Trong ngày\n"
            + "2;1.000894;Đăng ký kết hôn;;Trong ngày\n"
            + "II. LĨNH VỰC CHỨNG THỰC;;;;\n"
            + "1;2.000815;Chứng thực bản sao;;Trong ngày\n"
            + "2;2.000884;Chứng thực chữ ký;Chứng thực chữ ký;Trong ngày\n"
            + "B. THỦ TỤC HÀNH CHÍNH CẤP HUYỆN;;;;\n"
            + "1;1.001612;Đăng ký thành lập hộ kinh doanh;;03 ngày làm việc\n";
    ImportReport r =
        run(s -> s.importTthc(COORDINATOR, TableReaderTest.utf8(csv), "text/csv", null, false));
    assertEquals(5, r.created(), r.toString());
    assertEquals(List.of(5, 6, 8, 9, 11), r.items().stream().map(ImportReport.Item::line).toList());
    assertEquals("Hộ tịch", wired(s -> s.tthc.get("1.000894").field()));
    assertEquals("Chứng thực", wired(s -> s.tthc.get("2.000815").field()));
    assertEquals("Chứng thực chữ ký", wired(s -> s.tthc.get("2.000884").field()), "its own field");
    assertNull(wired(s -> s.tthc.get("1.001612").field()), "a new group without a field");
    assertTrue(
        r.notes().stream()
            .anyMatch(
                n ->
                    n.toString().startsWith("Dòng 4:")
                        && n.toString().contains("lĩnh vực Hộ tịch cho các dòng")),
        r.notes().toString());
    assertTrue(
        r.notes().stream().anyMatch(n -> n.toString().contains("A. THỦ TỤC HÀNH CHÍNH CẤP XÃ")),
        r.notes().toString());

    String noCode = csv + "2;;Đăng ký hộ kinh doanh;Kinh doanh;03 ngày làm việc\n";
    ImportReport rejected = rejectedTthc(noCode);
    assertEquals(
        List.of(12), rejected.rejected().stream().map(ImportReport.Rejected::line).toList());
  }

  ImportReport importWord(byte[] docx) {
    return run(s -> s.importProcedure(COORDINATOR, docx, DOCX, "XA", false));
  }

  /** Reviewed, approved and in force from 1 March 2024, as the lifecycle would make it. */
  void makeEffective(String code, int issueNo) {
    Actor drafter = new Actor("tk", "Trần Thị Hoa", "Thư ký ISO");
    Actor reviewer = new Actor("pct", "Lê Văn Minh", "Phó Chủ tịch");
    Actor approver = new Actor("ct", "Nguyễn Văn Hùng", "Chủ tịch");
    Instant now = Instant.parse("2024-02-28T03:00:00Z");
    db.inTransaction(
        em -> {
          ControlledDocument d =
              new Wiring(em, new TimeSource(Clock.systemUTC()))
                  .documents
                  .byCode(COORDINATOR, "XA", code)
                  .orElseThrow();
          DocumentVersion v = d.version(issueNo).orElseThrow();
          v.submitForReview(drafter, now);
          v.acceptReview(reviewer, "r", now);
          v.approve(approver, "a", LocalDate.of(2024, 3, 1), now);
          d.activate(v, LocalDate.of(2024, 3, 1), approver, now);
          return null;
        });
  }

  /** Each version of the document as "issue status fee". */
  List<String> versions(String code) {
    return wired(
        s ->
            s.documents.byCode(COORDINATOR, "XA", code).orElseThrow().versions().stream()
                .map(v -> v.issueNo() + " " + v.status() + " " + v.content().fee())
                .toList());
  }

  @Test
  void theSameWordFileTwiceChangesNothingAndAChangedOneRevisesTheVersionInForce()
      throws IOException {
    byte[] qt04 = ProcedureDocxReaderTest.sampleDocx();
    byte[] feeChanged =
        ProcedureDocxReaderTest.sampleWith("Miễn lệ phí", "Lệ phí 10.000 đồng/trường hợp");

    ImportReport first = importWord(qt04);
    assertEquals(List.of(new ImportReport.Item(0, "QT-04/HT", "CREATED")), first.items());
    long audited = count("audit_event");
    ImportReport again = importWord(qt04);
    assertEquals(List.of(new ImportReport.Item(0, "QT-04/HT", "UNCHANGED")), again.items());
    assertEquals(List.of(0, 0, 1), List.of(again.created(), again.updated(), again.unchanged()));
    assertEquals(List.of("1 DRAFT Miễn lệ phí"), versions("QT-04/HT"), "no new version");
    assertEquals(audited + 1, count("audit_event"), "nothing written but the import's own event");

    ImportRejected busy = assertThrows(ImportRejected.class, () -> importWord(feeChanged));
    ImportReport refused = (ImportReport) busy.extensions().get("report");
    assertTrue(
        refused.rejected().get(0).reason().toString().contains("Lần ban hành 1 của QT-04/HT đang"),
        refused.toString());
    assertEquals(List.of("1 DRAFT Miễn lệ phí"), versions("QT-04/HT"));

    makeEffective("QT-04/HT", 1);
    assertEquals(List.of("UNCHANGED"), outcomes(importWord(qt04)), "the version in force");
    assertEquals(List.of("1 EFFECTIVE Miễn lệ phí"), versions("QT-04/HT"));

    ImportReport revised = importWord(feeChanged);
    assertEquals(List.of("REVISION 2"), outcomes(revised));
    assertEquals(1, revised.updated());
    assertEquals(
        List.of("1 EFFECTIVE Miễn lệ phí", "2 DRAFT Lệ phí 10.000 đồng/trường hợp"),
        versions("QT-04/HT"));
    assertEquals(List.of("UNCHANGED"), outcomes(importWord(feeChanged)), "the draft in progress");
    assertEquals(2, versions("QT-04/HT").size());
  }

  static List<String> outcomes(ImportReport r) {
    return r.items().stream().map(ImportReport.Item::outcome).toList();
  }

  @Test
  void theLegalBasisOfAWordFileIsLinkedThroughTheRegistry() throws IOException {
    byte[] byName =
        ProcedureDocxReaderTest.sampleWith(
            "Điều 18 Luật Hộ tịch số 60/2014/QH13", "Điều 18 Luật Hộ tịch năm 2014");
    ImportReport unregistered = run(s -> s.importProcedure(COORDINATOR, byName, DOCX, "XA", true));
    assertTrue(
        unregistered.notes().stream()
            .anyMatch(n -> n.toString().contains("\"Luật Hộ tịch năm 2014\"")),
        unregistered.notes().toString());

    run(s -> s.importLegal(COORDINATOR, laws, "text/csv", false));
    ImportReport r = importWord(byName);
    assertEquals(
        List.of("60/2014/QH13 18", "123/2015/NĐ-CP null", "04/2020/TT-BTP null"),
        wired(
            s ->
                s
                    .documents
                    .byCode(COORDINATOR, "XA", "QT-04/HT")
                    .orElseThrow()
                    .latest()
                    .orElseThrow()
                    .content()
                    .legalBasis()
                    .stream()
                    .map(c -> c.number() + " " + c.article())
                    .toList()),
        "the law named without its number is linked");
    assertTrue(
        r.notes().stream()
            .anyMatch(n -> n.toString().contains("\"04/2020/TT-BTP\" chưa có trong danh mục")),
        "unregistered numbers are said: " + r.notes());
    assertFalse(r.notes().stream().anyMatch(n -> n.toString().contains("Luật Hộ tịch năm 2014")));
  }

  interface Body {
    byte[] bytes() throws IOException;
  }

  @Test
  void badWordFilesAreRefusedAndWriteNothing(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "BÍ-MẬT-42");
    for (Body bad :
        List.<Body>of(
            ProcedureDocxReaderTest::oneHugeEntry,
            ProcedureDocxReaderTest::manyEntriesOverTheTotal,
            () -> ProcedureDocxReaderTest.xxe(secret),
            () -> ProcedureDocxReaderTest.ENCRYPTED,
            ProcedureDocxReaderTest::randomBytes)) {
      byte[] file = bad.bytes();
      BadFile e =
          assertThrows(
              BadFile.class,
              () -> run(s -> s.importProcedure(COORDINATOR, file, DOCX, "XA", false)));
      assertTrue(e.status() >= 400 && e.status() < 500, e.toString());
      assertFalse(e.getMessage().contains("BÍ-MẬT-42"));
    }
    assertEquals(0, count("controlled_document"));
    assertEquals(0, count("audit_event"));
  }

  @Test
  void aDryRunReportsAndWritesNothing() {
    ImportReport dry = run(s -> s.importLegal(COORDINATOR, laws, "text/csv", true));
    assertTrue(dry.dryRun());
    assertEquals(6, dry.created());
    assertEquals(0, count("legal_document"));
    assertEquals(0, count("audit_event"));
  }

  @Test
  void aProcedureImportIntoAUnitOutsideTheCallersScopeIs404AndWritesNothing() throws Exception {
    byte[] docx =
        java.nio.file.Files.readAllBytes(java.nio.file.Path.of("templates", "quy-trinh.docx"));
    vn.quytrinh.platform.problem.NotFound e =
        assertThrows(
            vn.quytrinh.platform.problem.NotFound.class,
            () -> run(s -> s.importProcedure(COORDINATOR, docx, DOCX, "HUYEN-KHAC", false)));
    assertEquals(404, e.status());
    assertEquals(0, count("controlled_document"));
    assertEquals(0, count("audit_event"));
  }

  @Test
  void theOfferOfAnUploadAndTheCheckAreOneRuleForEveryRole() {
    for (Role role : Role.values()) {
      Caller c = new Caller("u", "u", null, null, Set.of(role), Set.of(), false);
      boolean refused = false;
      try {
        ImportService.requireImporter(c);
      } catch (vn.quytrinh.platform.problem.Forbidden e) {
        refused = true;
      }
      assertEquals(ImportService.mayImport(c), !refused, role.name());
    }
  }
}
