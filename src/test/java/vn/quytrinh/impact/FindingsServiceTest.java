package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentCode;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.Drafts;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.tthc.TthcLevel;
import vn.quytrinh.tthc.TthcService;

/**
 * Each kind of finding on a real database: what it is raised for, and what it is not raised for.
 */
class FindingsServiceTest {

  static final LocalDate TODAY = ImpactEngineTest.TODAY;
  static final Caller COORDINATOR =
      new Caller(
          "tk",
          "Trần Thị Hoa",
          "Thư ký ISO",
          "XA-A",
          EnumSet.of(Role.COORDINATOR),
          Set.of("XA-A"),
          false);
  static final Caller OVERSIGHT =
      new Caller(
          "tt",
          "Lê Văn Tra",
          "Thanh tra tỉnh",
          "SO",
          EnumSet.of(Role.OVERSIGHT),
          Set.of("SO"),
          true);

  JpaHarness db;

  @BeforeEach
  void open() {
    db = JpaHarness.counting();
    db.inTransaction(
        em -> {
          em.persist(new Unit("XA-A", "UBND xã A", null, UnitLevel.XA));
          em.persist(new Unit("XA-B", "UBND xã B", null, UnitLevel.XA));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Work with the findings wired like the impact engine's tests, on one entity manager. */
  <T> T run(Function<FindingsService, T> work) {
    return db.inTransaction(
        em -> {
          ImpactEngineTest.Services s = new ImpactEngineTest.Services(em);
          return work.apply(
              new FindingsService(
                  null,
                  s.legal,
                  s.tthc,
                  s.time,
                  new vn.quytrinh.platform.Wiring(em, s.time).texts));
        });
  }

  void law(String number, LocalDate from) {
    db.inTransaction(
        em ->
            new ImpactEngineTest.Services(em)
                .legal.register(
                    COORDINATOR,
                    new LegalService.Registration(
                        number,
                        LegalDocumentType.NGHI_DINH,
                        "Chính phủ",
                        "Văn bản",
                        from,
                        from,
                        null)));
  }

  void tthc(String code, String unit, int days, String fee, String dossier) {
    db.inTransaction(
        em ->
            new ImpactEngineTest.Services(em)
                .tthc.create(
                    COORDINATOR,
                    new TthcService.Data(
                        code,
                        "Thủ tục " + code,
                        "Chứng thực",
                        TthcLevel.XA,
                        "UBND xã",
                        List.of(unit),
                        BigDecimal.valueOf(days),
                        null,
                        fee,
                        List.of(new TthcService.Dossier(dossier, 1)),
                        "Kết quả",
                        List.of())));
  }

  static ProcedureContent content(
      List<ProcedureContent.Citation> basis, String fee, String dossier, String... days) {
    return new ProcedureContent(
        "Quy định trình tự",
        "UBND xã",
        null,
        null,
        basis,
        null,
        List.of(new ProcedureContent.DossierItem(dossier, 1)),
        BigDecimal.ONE,
        null,
        fee,
        null,
        null,
        java.util.Arrays.stream(days)
            .map(d -> new ProcedureContent.Step(null, "Bước", "Bộ phận", new BigDecimal(d), null))
            .toList(),
        List.of(),
        List.of());
  }

  /** A document of unit XA-A implementing {@code tthc}, in force since {@code since}. */
  ControlledDocument inForce(String code, String tthc, ProcedureContent c, LocalDate since) {
    return inForce(code, "XA-A", tthc, c, since);
  }

  /** A document of the unit implementing {@code tthc}, in force since {@code since}. */
  ControlledDocument inForce(
      String code, String unit, String tthc, ProcedureContent c, LocalDate since) {
    return db.inTransaction(
        em -> {
          ControlledDocument d =
              new ControlledDocument(
                  DocumentCode.parse(code),
                  "Quy trình " + code,
                  DocumentKind.PROCEDURE,
                  unit,
                  Set.of(tthc),
                  12,
                  Drafts.DRAFTER,
                  since.atStartOfDay().toInstant(ZoneOffset.UTC));
          DocumentVersion v = d.startVersion(Drafts.DRAFTER, java.time.Instant.EPOCH);
          v.edit(c, "Ban hành", null, Drafts.DRAFTER, java.time.Instant.EPOCH);
          Drafts.signOff(v, since, java.time.Instant.EPOCH);
          d.activate(v, since, Drafts.APPROVER, java.time.Instant.EPOCH);
          em.persist(d);
          return d;
        });
  }

  List<String> kinds(ControlledDocument d) {
    return run(
        f ->
            f.check(d, d.effectiveVersion().orElseThrow()).stream()
                .map(x -> x.kind() + "/" + x.severity())
                .sorted()
                .toList());
  }

  @Test
  void aProcedureThatAgreesWithItsTthcAndLawHasNoFinding() {
    law("23/2015/NĐ-CP", LocalDate.of(2015, 4, 10));
    tthc("2.000815", "XA-A", 2, "2.000 đồng/trang", "Bản chính giấy tờ");
    ControlledDocument d =
        inForce(
            "QT-01",
            "2.000815",
            content(
                List.of(new ProcedureContent.Citation("23/2015/NĐ-CP", "20", null, null)),
                "2.000 đồng/trang",
                "Bản chính giấy tờ",
                "0.5",
                "1"),
            TODAY.minusMonths(3));
    assertEquals(List.of(), kinds(d));
  }

  @Test
  void eachDisagreementIsItsOwnFinding() {
    law("23/2015/NĐ-CP", LocalDate.of(2015, 4, 10));
    law("99/2026/NĐ-CP", TODAY.plusYears(1));
    tthc("2.000815", "XA-A", 1, "2.000 đồng/trang", "Bản chính giấy tờ");
    ControlledDocument d =
        inForce(
            "QT-02",
            "2.000815",
            content(
                List.of(
                    new ProcedureContent.Citation("23/2015/NĐ-CP", "20", null, null),
                    new ProcedureContent.Citation("99/2026/NĐ-CP", null, null, null),
                    new ProcedureContent.Citation("1/2020/TT-BTP", null, null, null)),
                "5.000 đồng/trang",
                "Bản sao có chứng thực",
                "1",
                "0.5"),
            TODAY.minusYears(2));
    assertEquals(
        List.of(
            "CITATION_NOT_IN_FORCE/ERROR",
            "DOSSIER_MISMATCH/WARNING",
            "FEE_MISMATCH/WARNING",
            "REVIEW_OVERDUE/WARNING",
            "TIME_EXCEEDS_LIMIT/ERROR",
            "UNREGISTERED_CITATION/WARNING"),
        kinds(d));
  }

  /** Issue 13, point 6: the places cited are checked against the stored text of the law. */
  @Test
  void aPlaceTheLawDoesNotHaveIsAnErrorWhenItsTextIsKnown() {
    law("23/2015/NĐ-CP", LocalDate.of(2015, 4, 10));
    db.inTransaction(
        em -> {
          vn.quytrinh.platform.Wiring w =
              new vn.quytrinh.platform.Wiring(em, new ImpactEngineTest.Services(em).time);
          long id = w.legal.lookup("23/2015/NĐ-CP").get(0).id();
          String text =
              "Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định thẩm quyền chứng thực.\n"
                  + "2. Các trường hợp chứng thực gồm:\na) Bản sao từ bản chính;\nb) Chữ ký.\n"
                  + "Điều 2. Đối tượng áp dụng\nCơ quan, tổ chức, cá nhân.\n";
          return w.texts.importText(
              COORDINATOR,
              id,
              new vn.quytrinh.legal.text.LegalTextService.Upload(
                  text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", "nd.txt"),
              false);
        });
    tthc("2.000815", "XA-A", 2, "2.000 đồng/trang", "Bản chính giấy tờ");
    java.util.concurrent.atomic.AtomicInteger codes =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<ProcedureContent.Citation, List<String>> citing =
        c ->
            kinds(
                inForce(
                    "QT-" + (20 + codes.getAndIncrement()),
                    "2.000815",
                    content(List.of(c), "2.000 đồng/trang", "Bản chính giấy tờ", "1"),
                    TODAY.minusMonths(1)));
    String n = "23/2015/NĐ-CP";
    assertEquals(List.of(), citing.apply(new ProcedureContent.Citation(n, "1", "2", "b")));
    assertEquals(List.of(), citing.apply(new ProcedureContent.Citation(n, "2", null, null)));
    for (ProcedureContent.Citation missing :
        List.of(
            new ProcedureContent.Citation(n, "3", null, null),
            new ProcedureContent.Citation(n, "1", "5", null),
            new ProcedureContent.Citation(n, "1", "2", "c"))) {
      assertEquals(
          List.of("CITATION_PLACE_MISSING/ERROR"),
          citing.apply(missing),
          missing + " is not in the text, and blocks the submission");
    }
    ControlledDocument fifth =
        inForce(
            "QT-99",
            "2.000815",
            content(
                List.of(new ProcedureContent.Citation(n, "1", "5", null)),
                "2.000 đồng/trang",
                "Bản chính giấy tờ",
                "1"),
            TODAY.minusMonths(1));
    List<Finding> said = run(f -> f.check(fifth, fifth.effectiveVersion().orElseThrow()));
    assertTrue(
        said.get(0).detail().in(Messages.VI).contains("không có khoản 5 Điều 1"),
        said.get(0).detail().in(Messages.VI));
  }

  /** Without the law's text, a place a recorded repeal names is a warning. */
  @Test
  void aPlaceARecordedRepealNamesIsAWarningWithoutTheText() {
    law("23/2015/NĐ-CP", LocalDate.of(2015, 4, 10));
    law("07/2025/NĐ-CP", TODAY.minusMonths(6));
    db.inTransaction(
        em -> {
          ImpactEngineTest.Services s = new ImpactEngineTest.Services(em);
          return s.relate(
              s.legal.lookup("07/2025/NĐ-CP").get(0).id(),
              RelationKind.REPEALS,
              "23/2015/NĐ-CP",
              List.of("khoản 2 Điều 17"),
              TODAY.minusMonths(6));
        });
    tthc("2.000815", "XA-A", 2, "2.000 đồng/trang", "Bản chính giấy tờ");
    String n = "23/2015/NĐ-CP";
    assertEquals(
        List.of("CITATION_PLACE_REPEALED/WARNING"),
        kinds(
            inForce(
                "QT-10",
                "2.000815",
                content(
                    List.of(new ProcedureContent.Citation(n, "17", "2", "a")),
                    "2.000 đồng/trang",
                    "Bản chính giấy tờ",
                    "1"),
                TODAY.minusMonths(1))));
    assertEquals(
        List.of(),
        kinds(
            inForce(
                "QT-11",
                "2.000815",
                content(
                    List.of(
                        new ProcedureContent.Citation(n, "17", null, null),
                        new ProcedureContent.Citation(n, "17", "3", null)),
                    "2.000 đồng/trang",
                    "Bản chính giấy tờ",
                    "1"),
                TODAY.minusMonths(1))),
        "the article stands, and its other clauses");
  }

  @Test
  void aUnitWithoutAnyDocumentShowsItsGapsToWhoeverReadsItsWork() {
    tthc("1.001193", "XA-B", 3, "Miễn lệ phí", "Tờ khai");
    List<Finding> overseen = run(f -> f.coverageGaps(OVERSIGHT, null, List.of()));
    assertEquals(1, overseen.size(), overseen.toString());
    assertEquals("COVERAGE_GAP", overseen.get(0).kind());
    assertEquals("finding.coverageGap", overseen.get(0).detail().key());
    assertTrue(
        overseen.get(0).detail().toString().contains("XA-B"), overseen.get(0).detail().toString());
    assertTrue(overseen.get(0).in(Messages.EN).detail().startsWith("Unit XA-B carries out"));
    assertEquals(
        List.of(),
        run(f -> f.coverageGaps(COORDINATOR, null, List.of())),
        "another unit's gaps are not the coordinator's");
  }

  /** The findings as the endpoint asks them, wired with the documents' service. */
  <T> T asked(
      java.util.function.BiFunction<FindingsService, jakarta.persistence.EntityManager, T> work) {
    return db.inTransaction(
        em -> {
          ImpactEngineTest.Services s = new ImpactEngineTest.Services(em);
          vn.quytrinh.platform.Wiring w = new vn.quytrinh.platform.Wiring(em, s.time);
          return work.apply(new FindingsService(w.documents, s.legal, s.tthc, s.time, w.texts), em);
        });
  }

  /** A procedure in force in the unit, over its TTHC's limit and citing an unregistered decree. */
  ControlledDocument faulty(String code, String unit, String tthc) {
    return inForce(
        code,
        unit,
        tthc,
        content(
            List.of(new ProcedureContent.Citation("99/2099/NĐ-CP", "1", null, null)),
            "2.000 đồng/trang",
            "Bản chính giấy tờ",
            "5"),
        TODAY);
  }

  /**
   * A province-wide reader's findings without a unit are read one unit at a time (the whole
   * province at once did not fit in 512 MB with 20,000 procedures), and are what one pass gives:
   * each unit's documents in unit order, then every coverage gap, a unit without documents too.
   */
  @Test
  void theProvinceIsCheckedOneUnitAtATime() {
    tthc("2.000815", "XA-A", 2, "2.000 đồng/trang", "Bản chính giấy tờ");
    tthc("1.001193", "XA-B", 3, "Miễn lệ phí", "Tờ khai");
    tthc("1.000001", "XA-C", 3, "Miễn lệ phí", "Tờ khai");
    faulty("QT-01", "XA-A", "2.000815");
    faulty("QT-02", "XA-B", "2.000815.000.00.00.H55");
    List<String> asked = new java.util.ArrayList<>();
    List<String> whole =
        db.inTransaction(
            em -> {
              ImpactEngineTest.Services s = new ImpactEngineTest.Services(em);
              vn.quytrinh.platform.Wiring w = new vn.quytrinh.platform.Wiring(em, s.time);
              vn.quytrinh.document.DocumentService counted =
                  new vn.quytrinh.document.DocumentService() {
                    @Override
                    public List<ControlledDocument> forChecks(
                        vn.quytrinh.platform.security.Caller c, String unit, Long documentId) {
                      asked.add(String.valueOf(unit));
                      return w.documents.forChecks(c, unit, documentId);
                    }

                    @Override
                    public List<String> unitsWithDocuments(vn.quytrinh.platform.security.Caller c) {
                      return w.documents.unitsWithDocuments(c);
                    }
                  };
              return new FindingsService(counted, s.legal, s.tthc, s.time, w.texts)
                  .findings(OVERSIGHT, null, null).stream()
                      .map(x -> x.unitCode() + "/" + x.kind())
                      .toList();
            });
    assertEquals(List.of("XA-A", "XA-B"), asked, "never the whole province in one read");
    assertEquals(
        List.of(
            "XA-A/TIME_EXCEEDS_LIMIT",
            "XA-A/UNREGISTERED_CITATION",
            "XA-B/TIME_EXCEEDS_LIMIT",
            "XA-B/UNREGISTERED_CITATION",
            "XA-B/COVERAGE_GAP",
            "XA-C/COVERAGE_GAP"),
        whole);
  }

  @Test
  void findingsAreComputedForTheUnitAskedOnly() {
    tthc("2.000815", "XA-A", 2, "2.000 đồng/trang", "Bản chính giấy tờ");
    tthc("1.001193", "XA-B", 3, "Miễn lệ phí", "Tờ khai");
    faulty("QT-01", "XA-A", "2.000815");
    faulty("QT-02", "XA-B", "2.000815.000.00.00.H55");
    List<String> ofB =
        asked(
            (f, em) ->
                f.findings(OVERSIGHT, "XA-B", null).stream()
                    .map(x -> x.unitCode() + "/" + x.kind())
                    .sorted()
                    .toList());
    assertEquals(
        List.of("XA-B/COVERAGE_GAP", "XA-B/TIME_EXCEEDS_LIMIT", "XA-B/UNREGISTERED_CITATION"),
        ofB,
        "the province instance is checked against its national TTHC; XA-A is not read");
    assertEquals(
        List.of("XA-A/TIME_EXCEEDS_LIMIT", "XA-A/UNREGISTERED_CITATION"),
        asked(
            (f, em) ->
                f.findings(COORDINATOR, null, null).stream()
                    .map(x -> x.unitCode() + "/" + x.kind())
                    .sorted()
                    .toList()),
        "without a unit: the caller's scope");
    assertEquals(
        List.of(), asked((f, em) -> f.findings(COORDINATOR, "XA-B", null)), "outside the scope");
  }

  /**
   * A document of XA-A citing a law of its own, which an act of its own amended: each law's
   * validity is read through a relation whose acting document no other document shares.
   */
  void citingAnAmendedLaw(String code, int n) {
    String law = n + "/2020/NĐ-CP";
    String act = n + "/2024/NĐ-CP";
    law(law, TODAY.minusYears(3));
    law(act, TODAY.minusYears(1));
    db.inTransaction(
        em -> {
          LegalService legal = new ImpactEngineTest.Services(em).legal;
          long acting =
              em.createQuery("SELECT d.id FROM LegalDocument d WHERE d.number = :n", Long.class)
                  .setParameter("n", act)
                  .getSingleResult();
          return legal.addRelation(
              COORDINATOR, acting, RelationKind.AMENDS, law, List.of("5"), TODAY.minusYears(1));
        });
    inForce(
        code,
        "XA-A",
        "2.000815",
        content(
            List.of(new ProcedureContent.Citation(law, "5", null, null)),
            "2.000 đồng/trang",
            "Bản chính giấy tờ",
            "5"),
        TODAY);
  }

  /**
   * Documents, versions, citations, TTHC, the laws cited and the acts that changed them are each
   * read in one batch: eight documents cost no more statements than two. (The acts were read one by
   * one, eager and unbatched, through each relation: 1,006 statements for a commune's 200 documents
   * in the province data set.)
   */
  @Test
  void theStatementsDoNotGrowWithTheDocumentsChecked() {
    tthc("2.000815", "XA-A", 2, "2.000 đồng/trang", "Bản chính giấy tờ");
    citingAnAmendedLaw("QT-01", 1);
    citingAnAmendedLaw("QT-02", 2);
    asked((f, em) -> f.findings(OVERSIGHT, "XA-A", null)); // what EclipseLink reads once
    long two =
        asked(
            (f, em) ->
                vn.quytrinh.platform.Statements.during(
                        db, () -> f.findings(OVERSIGHT, "XA-A", null))
                    .statements());
    for (int i = 3; i <= 8; i++) {
      citingAnAmendedLaw("QT-0" + i, i);
    }
    vn.quytrinh.platform.Statements.Counted<List<Finding>> eight =
        asked(
            (f, em) ->
                vn.quytrinh.platform.Statements.during(
                    db, () -> f.findings(OVERSIGHT, "XA-A", null)));
    assertEquals(
        8,
        eight.result().stream().filter(x -> x.kind().equals("TIME_EXCEEDS_LIMIT")).count(),
        eight.result().toString());
    assertTrue(
        eight.statements() <= two,
        eight.statements() + " statements for 8 documents, " + two + " for 2");
  }
}
