package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.Actor;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentCode;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.metrics.RecordingMeasures;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.TthcChangeKind;
import vn.quytrinh.tthc.TthcService;

/**
 * The impact engine on a real database (in-memory H2, the Flyway schema): direct hits with article
 * precision, hits through the TTHC a procedure implements, chains to any depth with cycles,
 * idempotence, due dates, and flags resolving themselves.
 */
class ImpactEngineTest {

  static final Actor DRAFTER = new Actor("tk", "Trần Thị Hoa", "Thư ký ISO");
  static final Actor REVIEWER = new Actor("pct", "Lê Văn Minh", "Phó Chủ tịch");
  static final Actor APPROVER = new Actor("ct", "Nguyễn Văn Hùng", "Chủ tịch");
  static final Instant T0 = Instant.parse("2024-06-03T03:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
  static final Caller COORDINATOR =
      new Caller(
          "tk",
          "Trần Thị Hoa",
          "Thư ký ISO",
          "XA",
          EnumSet.of(Role.COORDINATOR),
          Set.of("XA"),
          false);

  static final Caller OVERSEER =
      new Caller(
          "tt",
          "Thanh tra tỉnh",
          "Thanh tra viên",
          null,
          EnumSet.of(Role.OVERSIGHT),
          Set.of(),
          true);

  JpaHarness db;

  /** A second commune, XB, beside the caller's XA. */
  void secondCommune() {
    db.inTransaction(
        em -> {
          em.persist(new Unit("XB", "Ủy ban nhân dân xã Tân Lộc", null, UnitLevel.XA));
          return null;
        });
  }

  @BeforeEach
  void open() {
    db = new JpaHarness();
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

  /** Runs work with the services wired on one entity manager, in one transaction. */
  <T> T services(Function<Services, T> work) {
    return db.inTransaction(em -> work.apply(new Services(em, measures)));
  }

  final RecordingMeasures measures = new RecordingMeasures();

  static final class Services {
    final EntityManager em;
    final LegalService legal;
    final TthcService tthc;
    final ImpactEngine engine;
    final ImpactService impact;

    final TimeSource time;

    Services(EntityManager em) {
      this(em, Measures.NONE);
    }

    Services(EntityManager em, Measures measures) {
      this.em = em;
      time =
          new TimeSource(
              Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC));
      Wiring w = new Wiring(em, time);
      legal = w.legal;
      tthc = w.tthc;
      engine = new ImpactEngine(em);
      impact =
          new ImpactService(
              legal, tthc, engine, time, w.audit, new RevisionFlagRepository(em), em, measures);
    }

    long law(String number, LegalDocumentType type, LocalDate from) {
      return legal
          .register(
              COORDINATOR,
              new LegalService.Registration(
                  number, type, "Chính phủ", "Văn bản " + number, from, from, null))
          .id();
    }

    ImpactService.RelationOutcome relate(
        long acting, RelationKind kind, String target, List<String> articles, LocalDate from) {
      return impact.recordRelation(COORDINATOR, acting, kind, target, articles, from);
    }
  }

  static ProcedureContent citing(List<Citation> basis) {
    return new ProcedureContent(
        "Mục đích",
        "Phạm vi",
        null,
        null,
        basis,
        null,
        List.of(),
        BigDecimal.ONE,
        null,
        null,
        null,
        null,
        List.of(new ProcedureContent.Step(1, "Tiếp nhận", "BPTN&TKQ", new BigDecimal("0.5"), null)),
        List.of(),
        List.of());
  }

  static Citation cite(String number, String article) {
    return new Citation(number, article, null, null);
  }

  /** A certification TTHC of communes (XA) whose legal basis is {@code basis}. */
  void certification(
      String code, String name, String fee, String result, TthcService.Citation basis) {
    services(
        s ->
            s.tthc.create(
                COORDINATOR,
                new TthcService.Data(
                    code,
                    name,
                    "Chứng thực",
                    null,
                    "UBND xã",
                    List.of("XA"),
                    BigDecimal.ONE,
                    "Trong ngày",
                    fee,
                    List.of(),
                    result,
                    List.of(basis))));
  }

  /** A document in force at issue 1 citing {@code basis}; returns its id. */
  long procedure(String code, Set<String> tthc, List<Citation> basis) {
    return procedure(code, "XA", tthc, basis);
  }

  long procedure(String code, String unit, Set<String> tthc, List<Citation> basis) {
    return db.inTransaction(
        em -> {
          ControlledDocument d =
              new ControlledDocument(
                  DocumentCode.parse(code),
                  "Quy trình " + code,
                  DocumentKind.PROCEDURE,
                  unit,
                  tthc,
                  12,
                  DRAFTER,
                  T0);
          DocumentVersion v = d.startVersion(DRAFTER, T0);
          v.edit(citing(basis), "Ban hành lần đầu", null, DRAFTER, T0);
          v.submitForReview(DRAFTER, T0);
          v.acceptReview(REVIEWER, "r", T0);
          v.approve(APPROVER, "a", TODAY.minusMonths(6), T0);
          d.activate(v, TODAY.minusMonths(6), APPROVER, T0);
          em.persist(d);
          em.flush();
          return d.id();
        });
  }

  /** Adds a draft revision to a document (copied from the version in force, basis replaced). */
  void draftRevision(long id, List<Citation> basis) {
    db.inTransaction(
        em -> {
          ControlledDocument d = em.find(ControlledDocument.class, id);
          DocumentVersion v = d.startVersion(DRAFTER, T0);
          v.edit(citing(basis), "Sửa đổi", null, DRAFTER, T0);
          return null;
        });
  }

  Map<Long, FlagView> byDocument(List<FlagView> flags) {
    return flags.stream().collect(Collectors.toMap(FlagView::documentId, f -> f));
  }

  /**
   * The reverse index pages in the database: versions first, then TTHC, the total counting both,
   * and a unit's person counting only what the person may see.
   */
  @Test
  void theReverseIndexPagesVersionsThenTthcWithinWhatTheCallerSees() {
    secondCommune();
    long decree =
        services(
            s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    certification(
        "2.000815",
        "Chứng thực bản sao",
        "Không",
        "Bản sao",
        new TthcService.Citation("23/2015/NĐ-CP", "17", null, null));
    long first = procedure("QT-01", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    procedure("QT-02", Set.of(), List.of(cite("23/2015/NĐ-CP", "18")));
    procedure("QT-03", Set.of(), List.of(cite("23/2015/NĐ-CP", null)));
    procedure("QT-01", "XB", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    draftRevision(first, List.of(cite("23/2015/NĐ-CP", "17")));
    Caller officer =
        new Caller(
            "cb", "Lê Thị Lan", "Công chức", "XA", EnumSet.of(Role.READER), Set.of("XA"), false);
    java.util.function.BiFunction<Caller, PageRequest, ImpactService.Dependents> read =
        (who, page) -> services(s -> s.impact.dependents(who, decree, "17", page));
    java.util.function.Function<ImpactService.Dependents, List<String>> items =
        d ->
            d.items().stream()
                .map(
                    x ->
                        x.tthcCode() != null
                            ? x.tthcCode()
                            : x.unitCode() + " " + x.documentCode() + "/" + x.issueNo())
                .toList();

    ImpactService.Dependents page0 = read.apply(OVERSEER, new PageRequest(0, 2));
    assertEquals(
        List.of("XA QT-01/1", "XA QT-01/2"),
        items.apply(page0),
        "article 17 or the whole decree; by unit, code and issue, the draft too");
    assertEquals(5, page0.total(), "four versions and a TTHC");
    assertEquals(
        List.of("XA QT-03/1", "XB QT-01/1"),
        items.apply(read.apply(OVERSEER, new PageRequest(1, 2))));
    assertEquals(
        List.of("2.000815"),
        items.apply(read.apply(OVERSEER, new PageRequest(2, 2))),
        "the last page runs on into the TTHC");

    ImpactService.Dependents secretary = read.apply(COORDINATOR, new PageRequest(0, 50));
    assertEquals(
        List.of("XA QT-01/1", "XA QT-01/2", "XA QT-03/1", "2.000815"),
        items.apply(secretary),
        "a commune's secretary sees the commune's work, its draft too, not XB's");
    assertEquals(4, secretary.total());
    ImpactService.Dependents reader = read.apply(officer, new PageRequest(0, 50));
    assertEquals(
        List.of("XA QT-01/1", "XA QT-03/1", "2.000815"),
        items.apply(reader),
        "an officer who only reads sees the versions in force of the commune, no draft");
    assertEquals(3, reader.total(), "the total counts what the person may see, not more");
  }

  /**
   * Above the answer's limit (a national amendment: 175,000 flags) the answer lists the first flags
   * of the caller's units and counts the rest, the trail counts each unit's flags instead of naming
   * them, and the flags list pages through all of them by the relation.
   */
  @Test
  void aChangeRaisingMoreFlagsThanAnAnswerListsIsSummarised() {
    secondCommune();
    services(s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    long amending =
        services(
            s -> s.law("07/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 1, 9)));
    procedure("QT-01", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    procedure("QT-02", Set.of(), List.of(cite("23/2015/NĐ-CP", "18")));
    procedure("QT-03", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    procedure("QT-01", "XB", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    procedure("QT-02", "XB", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));

    ImpactService.RelationOutcome o =
        services(
            s -> {
              s.impact.answerMax = 2;
              return s.relate(amending, RelationKind.AMENDS, "23/2015/NĐ-CP", List.of("17"), TODAY);
            });
    assertEquals(
        List.of("QT-01", "QT-02"),
        o.flagsRaised().stream().map(FlagView::documentCode).toList(),
        "the first of the caller's unit, in the order the documents were created");
    assertEquals(1, o.flagsNotListed(), "QT-03 of XA: counted, not listed");
    assertEquals(2, o.flagsElsewhere(), "XB's two");
    assertEquals(
        List.of(
            "XA 3 cờ rà soát (2 bị ảnh hưởng, 1 có thể bị ảnh hưởng); danh sách trong mục cờ rà"
                + " soát",
            "XB 2 cờ rà soát (2 bị ảnh hưởng, 0 có thể bị ảnh hưởng); danh sách trong mục cờ rà"
                + " soát"),
        db.inTransaction(
            em ->
                em.createNativeQuery(
                        "SELECT unit_code || ' ' || summary FROM audit_event"
                            + " WHERE action = 'FLAGS_RAISED' ORDER BY seq")
                    .getResultList()),
        "one event a unit, counting its flags");

    vn.quytrinh.platform.rest.Page<FlagView> all =
        services(
            s ->
                s.impact.list(
                    OVERSEER,
                    ImpactService.FlagCriteria.of(null, null, null)
                        .raisedBy(o.relation().id(), null),
                    new PageRequest(0, 50)));
    assertEquals(5, all.total(), "the flags list holds every flag of the relation");
    assertEquals(
        0,
        services(
                s ->
                    s.impact.list(
                        OVERSEER,
                        ImpactService.FlagCriteria.of(null, null, null).raisedBy(null, -1L),
                        new PageRequest(0, 50)))
            .total(),
        "and no other change's");
  }

  @Test
  void anAmendmentFlagsEachDocumentOnceWithArticlePrecisionAndItsDueDate() {
    services(s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    long amending =
        services(
            s -> s.law("07/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 1, 9)));
    long otherArticle =
        procedure(
            "QT-01", Set.of(), List.of(cite("23/2015/NĐ-CP", "18"), cite("23/2015/NĐ-CP", "20")));
    long amendedArticle =
        procedure(
            "QT-02",
            Set.of(),
            List.of(cite("23/2015/NĐ-CP", "Điều 17"), cite("23/2015/NĐ-CP", "18")));
    long noArticle = procedure("QT-03", Set.of(), List.of(cite("Số 23 / 2015 / ND-CP", null)));
    long unrelated = procedure("QT-04", Set.of(), List.of(cite("60/2014/QH13", "16")));
    long withDraft = procedure("QT-05", Set.of(), List.of(cite("23/2015/NĐ-CP", "18")));
    draftRevision(withDraft, List.of(cite("23/2015/NĐ-CP", "5")));

    ImpactService.RelationOutcome first =
        services(
            s ->
                s.relate(
                    amending,
                    RelationKind.AMENDS,
                    "23/2015/NĐ-CP",
                    List.of("5", "17", "24", "31", "36"),
                    LocalDate.of(2025, 1, 9)));
    assertTrue(first.created());
    Map<Long, FlagView> flags = byDocument(first.flagsRaised());
    assertEquals(Set.of(otherArticle, amendedArticle, noArticle, withDraft), flags.keySet());
    assertEquals(Severity.POSSIBLY_AFFECTED, flags.get(otherArticle).severity());
    assertEquals(Severity.AFFECTED, flags.get(amendedArticle).severity());
    assertEquals(
        Severity.AFFECTED, flags.get(noArticle).severity(), "a citation naming no article is hit");
    assertEquals(Severity.AFFECTED, flags.get(withDraft).severity(), "the draft cites Article 5");
    assertEquals(2, flags.get(withDraft).issueNo(), "the highest version hit");
    assertFalse(flags.containsKey(unrelated));
    FlagView f = flags.get(amendedArticle);
    assertEquals(LocalDate.of(2025, 4, 9), f.dueOn());
    assertEquals(TODAY, f.raisedOn());
    assertEquals(FlagStatus.OPEN, f.status());
    assertEquals("AMENDS", f.trigger().kind());
    assertEquals("07/2025/NĐ-CP", f.trigger().number());
    assertEquals("23/2015/NĐ-CP", f.trigger().targetNumber());
    assertEquals(List.of("5", "17", "24", "31", "36"), f.trigger().articles());
    assertTrue(f.reason().contains("sửa đổi, bổ sung"), f.reason());
    assertTrue(f.reason().contains("09/01/2025"), f.reason());

    ImpactService.RelationOutcome again =
        services(
            s ->
                s.relate(
                    amending,
                    RelationKind.AMENDS,
                    "23/2015/ND-CP",
                    List.of("Điều 36", "5", "17", "24", "31"),
                    LocalDate.of(2025, 1, 9)));
    assertFalse(again.created(), "the same change recorded again");
    assertEquals(List.of(), again.flagsRaised());
    assertEquals(first.relation().id(), again.relation().id());
    assertEquals(4L, count("SELECT COUNT(*) FROM revision_flag"));
    // one impact run measured, with its four flags; the repeat ran none
    assertEquals(List.of("impact LEGAL_RELATION 4"), measures.recorded);
  }

  /**
   * Who records an amendment sees the flags it raised in the units whose work they read; those of
   * other units are counted, not shown (the API answered every unit's flags, codes and titles).
   */
  @Test
  void theFlagsOfUnitsTheRecorderDoesNotReadAreCountedNotShown() {
    db.inTransaction(
        em -> {
          em.persist(new Unit("XB", "Ủy ban nhân dân xã Tân Bình", null, UnitLevel.XA));
          return null;
        });
    services(s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    long amending =
        services(
            s -> s.law("07/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 1, 9)));
    long ours = procedure("QT-01", Set.of(), List.of(cite("23/2015/NĐ-CP", "5")));
    procedure("QT-02", "XB", Set.of(), List.of(cite("23/2015/NĐ-CP", "5")));
    ImpactService.RelationOutcome o =
        services(
            s ->
                s.relate(
                    amending,
                    RelationKind.AMENDS,
                    "23/2015/NĐ-CP",
                    List.of("5"),
                    LocalDate.of(2025, 1, 9)));
    assertEquals(Set.of(ours), byDocument(o.flagsRaised()).keySet());
    assertEquals(1, o.flagsElsewhere());
    assertEquals(2L, count("SELECT COUNT(*) FROM revision_flag"), "both raised all the same");
  }

  @Test
  void aReplacementHitsEveryCitationAndGuidanceOnlyFormsChains() {
    services(s -> s.law("61/2018/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2018, 6, 21)));
    long replacing =
        services(
            s -> s.law("118/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 7, 1)));
    long guide =
        services(
            s -> s.law("01/2018/TT-VPCP", LegalDocumentType.THONG_TU, LocalDate.of(2018, 12, 1)));
    long direct = procedure("QT-10", Set.of(), List.of(cite("61/2018/NĐ-CP", "9")));
    long viaGuide = procedure("QT-11", Set.of(), List.of(cite("01/2018/TT-VPCP", "8")));

    ImpactService.RelationOutcome guidance =
        services(
            s ->
                s.relate(
                    guide,
                    RelationKind.GUIDES,
                    "61/2018/NĐ-CP",
                    List.of(),
                    LocalDate.of(2018, 12, 1)));
    assertEquals(List.of(), guidance.flagsRaised(), "guidance changes no law");
    vn.quytrinh.platform.problem.InvalidInput partial =
        org.junit.jupiter.api.Assertions.assertThrows(
            vn.quytrinh.platform.problem.InvalidInput.class,
            () ->
                services(
                    s ->
                        s.relate(
                            replacing,
                            RelationKind.REPLACES,
                            "61/2018/NĐ-CP",
                            List.of("9"),
                            LocalDate.of(2025, 7, 1))));
    assertEquals("articles", partial.errors().get(0).field(), "a replacement is of the whole");

    Map<Long, FlagView> flags =
        byDocument(
            services(
                    s ->
                        s.relate(
                            replacing,
                            RelationKind.REPLACES,
                            "61/2018/NĐ-CP",
                            List.of(),
                            LocalDate.of(2025, 7, 1)))
                .flagsRaised());
    assertEquals(Set.of(direct, viaGuide), flags.keySet());
    assertEquals(Severity.AFFECTED, flags.get(direct).severity(), "the whole document is replaced");
    assertEquals(Severity.POSSIBLY_AFFECTED, flags.get(viaGuide).severity(), "hit through a chain");
    assertEquals(LocalDate.of(2025, 10, 1), flags.get(viaGuide).dueOn());
  }

  @Test
  void chainsAreFollowedToAnyDepthAndCyclesEnd() {
    services(s -> s.law("60/2014/QH13", LegalDocumentType.LUAT, LocalDate.of(2016, 1, 1)));
    long decree =
        services(
            s -> s.law("123/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2016, 1, 1)));
    long circular =
        services(
            s -> s.law("04/2020/TT-BTP", LegalDocumentType.THONG_TU, LocalDate.of(2020, 7, 16)));
    long amending =
        services(s -> s.law("99/2026/QH15", LegalDocumentType.LUAT, LocalDate.of(2026, 1, 1)));
    services(
        s ->
            s.relate(
                decree, RelationKind.GUIDES, "60/2014/QH13", List.of(), LocalDate.of(2016, 1, 1)));
    services(
        s ->
            s.relate(
                circular,
                RelationKind.GUIDES,
                "123/2015/NĐ-CP",
                List.of(),
                LocalDate.of(2020, 7, 16)));
    // a loop in the data: the decree is (wrongly) also recorded as based on the circular
    services(
        s ->
            s.relate(
                decree,
                RelationKind.BASED_ON,
                "04/2020/TT-BTP",
                List.of(),
                LocalDate.of(2020, 7, 16)));
    long deep = procedure("QT-20", Set.of(), List.of(cite("04/2020/TT-BTP", "9")));

    Map<Long, FlagView> flags =
        byDocument(
            services(
                    s ->
                        s.relate(
                            amending,
                            RelationKind.AMENDS,
                            "60/2014/QH13",
                            List.of("16"),
                            LocalDate.of(2026, 1, 1)))
                .flagsRaised());
    assertEquals(Set.of(deep), flags.keySet());
    assertEquals(Severity.POSSIBLY_AFFECTED, flags.get(deep).severity());
    assertEquals(
        2, services(s -> s.engine.chainOf(s.legal.lookup("60/2014/QH13").get(0).id())).size());
  }

  /**
   * Issue 13, point 5: an amendment of khoản 2 Điều 17 (and of điểm a khoản 1 Điều 5) affects the
   * procedures citing exactly those, the whole article, or the whole clause; one citing only
   * another clause or point of the same article is possibly affected. The same through a TTHC's
   * basis.
   */
  @Test
  void anAmendmentOfAClauseOrPointAffectsWhatCitesItAndPossiblyTheRestOfItsArticle() {
    services(s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    long amending =
        services(
            s -> s.law("07/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 1, 9)));
    String n = "23/2015/NĐ-CP";
    long sameClause = procedure("QT-40", Set.of(), List.of(new Citation(n, "17", "2", null)));
    long wholeArticle = procedure("QT-41", Set.of(), List.of(cite(n, "17")));
    long otherClause = procedure("QT-42", Set.of(), List.of(new Citation(n, "17", "3", null)));
    long pointOfClause = procedure("QT-43", Set.of(), List.of(new Citation(n, "17", "2", "b")));
    long samePoint = procedure("QT-44", Set.of(), List.of(new Citation(n, "5", "1", "a")));
    long otherPoint = procedure("QT-45", Set.of(), List.of(new Citation(n, "5", "1", "b")));
    long wholeClauseOfPoint =
        procedure("QT-46", Set.of(), List.of(new Citation(n, "5", "1", null)));
    long otherArticle = procedure("QT-47", Set.of(), List.of(cite(n, "18")));
    certification(
        "2.000816",
        "Chứng thực chữ ký",
        "10.000 đồng/trường hợp",
        "Giấy tờ được chứng thực chữ ký",
        new TthcService.Citation(n, "17", "3", null));
    long viaTthc = procedure("QT-48", Set.of("2.000816"), List.of(cite("01/2020/TT-BTP", "3")));

    Map<Long, FlagView> flags =
        byDocument(
            services(
                    s ->
                        s.relate(
                            amending,
                            RelationKind.AMENDS,
                            n,
                            List.of("khoản 2 Điều 17", "5.1.a"),
                            LocalDate.of(2025, 1, 9)))
                .flagsRaised());
    assertEquals(Severity.AFFECTED, flags.get(sameClause).severity(), "the clause amended");
    assertEquals(Severity.AFFECTED, flags.get(wholeArticle).severity(), "its whole article");
    assertEquals(Severity.AFFECTED, flags.get(pointOfClause).severity(), "a point of the clause");
    assertEquals(Severity.AFFECTED, flags.get(samePoint).severity(), "the point amended");
    assertEquals(
        Severity.AFFECTED, flags.get(wholeClauseOfPoint).severity(), "the clause of the point");
    assertEquals(Severity.POSSIBLY_AFFECTED, flags.get(otherClause).severity(), "another clause");
    assertEquals(Severity.POSSIBLY_AFFECTED, flags.get(otherPoint).severity(), "another point");
    assertEquals(Severity.POSSIBLY_AFFECTED, flags.get(otherArticle).severity(), "another article");
    assertEquals(
        Severity.POSSIBLY_AFFECTED,
        flags.get(viaTthc).severity(),
        "the TTHC's basis cites another clause of the article");
    FlagView f = flags.get(sameClause);
    assertEquals(List.of("5.1.a", "17.2"), f.trigger().articles(), "places kept as precise");
    assertTrue(
        f.reason().contains("điểm a khoản 1 Điều 5, khoản 2 Điều 17"),
        "said as the law does: " + f.reason());
  }

  @Test
  void theTthcAProcedureImplementsCarriesTheHitAndItsOwnChanges() {
    services(s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    long amending =
        services(
            s -> s.law("07/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 1, 9)));
    certification(
        "2.000815",
        "Chứng thực bản sao từ bản chính",
        "2.000 đồng/trang",
        "Bản sao được chứng thực",
        new TthcService.Citation("23/2015/NĐ-CP", "Điều 5", null, null));
    long implementing =
        procedure("QT-30", Set.of("2.000815.000.00.00.H55"), List.of(cite("01/2020/TT-BTP", "3")));

    Map<Long, FlagView> flags =
        byDocument(
            services(
                    s ->
                        s.relate(
                            amending,
                            RelationKind.AMENDS,
                            "23/2015/NĐ-CP",
                            List.of("5"),
                            LocalDate.of(2025, 1, 9)))
                .flagsRaised());
    assertEquals(
        Severity.AFFECTED,
        flags.get(implementing).severity(),
        "the TTHC's basis cites the amended article");
    assertTrue(flags.get(implementing).reason().contains("TTHC"), flags.get(implementing).reason());

    ImpactService.ChangeOutcome change =
        services(
            s ->
                s.impact.recordTthcChange(
                    COORDINATOR,
                    "2.000815",
                    TthcChangeKind.AMENDED,
                    "Số 1234/QĐ-BTP",
                    LocalDate.of(2025, 3, 1),
                    null));
    assertEquals(1, change.flagsRaised().size());
    assertEquals("impact TTHC_CHANGE 1", measures.recorded.get(measures.recorded.size() - 1));
    FlagView f = change.flagsRaised().get(0);
    assertEquals(implementing, f.documentId());
    assertEquals(Severity.AFFECTED, f.severity());
    assertEquals("2.000815", f.trigger().tthcCode());
    assertEquals("1234/QĐ-BTP", f.trigger().number());
    assertEquals(LocalDate.of(2025, 6, 1), f.dueOn());
    assertEquals(
        List.of(),
        services(
                s ->
                    s.impact.recordTthcChange(
                        COORDINATOR,
                        "2.000815",
                        TthcChangeKind.AMENDED,
                        "1234/QĐ-BTP",
                        LocalDate.of(2025, 3, 1),
                        null))
            .flagsRaised());
    assertEquals("AMENDED", services(s -> s.tthc.get("2.000815").status().name()));
  }

  @Test
  void aFlagResolvesWhenANewerIssueIsApprovedNotBefore() {
    long amending = amendingDecree();
    long doc = procedure("QT-40", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    amendArticle17(amending);

    assertEquals("OPEN", text("SELECT status FROM revision_flag WHERE document_id = " + doc));
    assertEquals(1, (int) services(s -> s.impact.resolve(doc, 2, TODAY)));
    assertEquals("RESOLVED", text("SELECT status FROM revision_flag WHERE document_id = " + doc));
    assertEquals(
        2L, count("SELECT resolved_by_issue FROM revision_flag WHERE document_id = " + doc));
    assertEquals(0, (int) services(s -> s.impact.resolve(doc, 3, TODAY)), "resolved once");
  }

  @Test
  void aFlagOnARevisionInProgressResolvesWhenThatRevisionIsApproved() {
    long amending = amendingDecree();
    long doc = procedure("QT-41", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    draftRevision(doc, List.of(cite("23/2015/NĐ-CP", "17")));
    amendArticle17(amending);
    assertEquals(2L, count("SELECT issue_no FROM revision_flag WHERE document_id = " + doc));

    // the revision under way is where the change is made: approving it settles the flag
    assertEquals(1, (int) services(s -> s.impact.resolve(doc, 2, TODAY)));
    assertEquals("RESOLVED", text("SELECT status FROM revision_flag WHERE document_id = " + doc));
  }

  /** Decree 23/2015/NĐ-CP and 07/2025/NĐ-CP, which will amend it; the id of the amending one. */
  long amendingDecree() {
    services(s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    return services(
        s -> s.law("07/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 1, 9)));
  }

  /** 07/2025/NĐ-CP amends Article 17 of 23/2015/NĐ-CP from 9 January 2025: the flags raised. */
  List<FlagView> amendArticle17(long amending) {
    return services(
            s ->
                s.relate(
                    amending,
                    RelationKind.AMENDS,
                    "23/2015/NĐ-CP",
                    List.of("17"),
                    LocalDate.of(2025, 1, 9)))
        .flagsRaised();
  }

  static final Caller APPROVER_XA =
      new Caller(
          "ct",
          "Nguyễn Văn Hùng",
          "Chủ tịch",
          "XA",
          EnumSet.of(Role.APPROVER),
          Set.of("XA"),
          false);

  @Test
  void anApproverDismissesAnOpenFlagOnceAndAnApprovalLaterLeavesItDismissed() {
    long amending = amendingDecree();
    long doc = procedure("QT-42", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    long flag = amendArticle17(amending).get(0).id();

    assertThrows(
        vn.quytrinh.platform.problem.Forbidden.class,
        () -> services(s -> s.impact.dismiss(COORDINATOR, flag, "Không cần")),
        "an approver's decision");
    assertThrows(
        vn.quytrinh.platform.problem.InvalidInput.class,
        () -> services(s -> s.impact.dismiss(APPROVER_XA, flag, " ")));
    assertEquals("OPEN", text("SELECT status FROM revision_flag WHERE id = " + flag));

    db.inTransaction(
        em -> {
          em.persist(
              new vn.quytrinh.org.AppUser(
                  "ct",
                  "Nguyễn Văn Hùng",
                  "Chủ tịch",
                  "XA",
                  EnumSet.of(Role.APPROVER),
                  "hash:x",
                  Instant.parse("2025-01-01T00:00:00Z")));
          return null;
        });
    FlagView dismissed =
        services(s -> s.impact.dismiss(APPROVER_XA, flag, "Điều 17 không áp dụng tại xã"));
    assertEquals(FlagStatus.DISMISSED, dismissed.status());
    assertEquals("ct", dismissed.dismissedBy());
    assertEquals("Nguyễn Văn Hùng", dismissed.dismissedByName(), "the page shows who, by name");
    assertEquals("Điều 17 không áp dụng tại xã", dismissed.justification());
    assertEquals(Instant.parse("2025-01-15T02:00:00Z"), dismissed.dismissedAt());
    assertEquals(1L, count("SELECT row_version FROM revision_flag WHERE id = " + flag));
    assertEquals(
        1L,
        count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'DISMISS' AND entity_id = '"
                + flag
                + "'"));

    vn.quytrinh.platform.problem.Conflict again =
        assertThrows(
            vn.quytrinh.platform.problem.Conflict.class,
            () -> services(s -> s.impact.dismiss(APPROVER_XA, flag, "Lần nữa")));
    assertEquals(409, again.status());
    assertEquals(0, (int) services(s -> s.impact.resolve(doc, 2, TODAY)), "stays dismissed");
    assertEquals("DISMISSED", text("SELECT status FROM revision_flag WHERE id = " + flag));
  }

  @Test
  void theListFiltersByStatusSeverityAndDueDatesInTheDatabase() {
    services(s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    services(s -> s.law("60/2014/QH13", LegalDocumentType.LUAT, LocalDate.of(2016, 1, 1)));
    long amending =
        services(
            s -> s.law("07/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 1, 9)));
    long amendingLaw =
        services(s -> s.law("99/2025/QH15", LegalDocumentType.LUAT, LocalDate.of(2025, 3, 1)));
    long hit = procedure("QT-50", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    long maybe = procedure("QT-51", Set.of(), List.of(cite("23/2015/NĐ-CP", "18")));
    long later = procedure("QT-52", Set.of(), List.of(cite("60/2014/QH13", null)));
    services(
        s ->
            s.relate(
                amending,
                RelationKind.AMENDS,
                "23/2015/NĐ-CP",
                List.of("17"),
                LocalDate.of(2025, 1, 9)));
    services(
        s ->
            s.relate(
                amendingLaw,
                RelationKind.AMENDS,
                "60/2014/QH13",
                List.of("5"),
                LocalDate.of(2025, 3, 1)));
    Function<ImpactService.FlagCriteria, List<Long>> docs =
        k ->
            services(
                s ->
                    s.impact.list(APPROVER_XA, k, new PageRequest(0, 10)).items().stream()
                        .map(FlagView::documentId)
                        .toList());

    assertEquals(
        List.of(hit, maybe, later),
        docs.apply(ImpactService.FlagCriteria.of(null, null, null)),
        "the nearest due date first");
    assertEquals(
        List.of(hit, later),
        docs.apply(
            new ImpactService.FlagCriteria(null, "XA", Severity.AFFECTED, null, null, null)));
    assertEquals(
        List.of(maybe),
        docs.apply(
            new ImpactService.FlagCriteria(
                FlagStatus.OPEN, null, Severity.POSSIBLY_AFFECTED, null, null, null)));
    // due 09/04/2025 and 01/06/2025: both ends of the range are included
    assertEquals(
        List.of(later),
        docs.apply(
            new ImpactService.FlagCriteria(
                null, null, null, LocalDate.of(2025, 4, 10), LocalDate.of(2025, 6, 1), null)));
    assertEquals(
        List.of(hit, maybe),
        docs.apply(
            new ImpactService.FlagCriteria(
                null, null, null, null, LocalDate.of(2025, 4, 9), null)));
    assertEquals(
        List.of(), docs.apply(ImpactService.FlagCriteria.of(FlagStatus.DISMISSED, null, null)));
    assertEquals(List.of(), docs.apply(ImpactService.FlagCriteria.of(null, "HUYEN", null)));
    assertEquals(
        3L,
        services(
                s ->
                    s.impact.list(
                        APPROVER_XA,
                        ImpactService.FlagCriteria.of(null, null, null),
                        new PageRequest(1, 1)))
            .total(),
        "the total of the filtered list, whatever the page");
  }

  long count(String sql) {
    return db.inTransaction(
        em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  String text(String sql) {
    return db.inTransaction(em -> (String) em.createNativeQuery(sql).getSingleResult());
  }

  /** Runs the same request from ten threads at once, each in its own transactions. */
  static <T> List<T> tenAtOnce(java.util.concurrent.Callable<T> request) throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(10);
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(10);
    try {
      List<java.util.concurrent.Future<T>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) {
        all.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.call();
                }));
      }
      List<T> out = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<T> f : all) {
        out.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameRelationTenTimesAtOnceIsOneRecordAndNineRepeats() throws Exception {
    services(s -> s.law("23/2015/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2015, 4, 10)));
    long amending =
        services(
            s -> s.law("07/2025/NĐ-CP", LegalDocumentType.NGHI_DINH, LocalDate.of(2025, 1, 9)));
    long cited = procedure("QT-40", Set.of(), List.of(cite("23/2015/NĐ-CP", "17")));
    List<ImpactService.RelationOutcome> outcomes =
        tenAtOnce(
            () ->
                vn.quytrinh.platform.persistence.Repeats.settled(
                    () ->
                        services(
                            s ->
                                s.relate(
                                    amending,
                                    RelationKind.AMENDS,
                                    "23/2015/NĐ-CP",
                                    List.of("17"),
                                    LocalDate.of(2025, 1, 9)))));
    assertEquals(1, outcomes.stream().filter(ImpactService.RelationOutcome::created).count());
    assertEquals(
        1, outcomes.stream().map(o -> o.relation().id()).distinct().count(), "one relation");
    assertEquals(
        List.of(cited),
        outcomes.stream().flatMap(o -> o.flagsRaised().stream()).map(FlagView::documentId).toList(),
        "flags raised once, by the one that recorded it");
  }

  @Test
  void theSameTthcChangeTenTimesAtOnceIsOneRecordAndNineRepeats() throws Exception {
    services(
        s ->
            s.tthc.create(
                COORDINATOR,
                new TthcService.Data(
                    "2.000815",
                    "Chứng thực bản sao từ bản chính",
                    "Chứng thực",
                    null,
                    "UBND xã",
                    List.of("XA"),
                    BigDecimal.ONE,
                    "Trong ngày",
                    null,
                    List.of(),
                    "Bản sao",
                    List.of())));
    List<ImpactService.ChangeOutcome> outcomes =
        tenAtOnce(
            () ->
                vn.quytrinh.platform.persistence.Repeats.settled(
                    () ->
                        services(
                            s ->
                                s.impact.recordTthcChange(
                                    COORDINATOR,
                                    "2.000815",
                                    TthcChangeKind.AMENDED,
                                    "Số 1234/QĐ-BTP",
                                    LocalDate.of(2025, 3, 1),
                                    null))));
    assertEquals(1, outcomes.stream().filter(ImpactService.ChangeOutcome::created).count());
    assertEquals(1, outcomes.stream().map(o -> o.change().id()).distinct().count());
  }

  @Test
  void aRaceLostToAnythingButItsTwinIsNotRepeated() {
    int[] calls = {0};
    assertThrows(
        IllegalStateException.class,
        () ->
            vn.quytrinh.platform.persistence.Repeats.settled(
                () -> {
                  calls[0]++;
                  throw new IllegalStateException("not a race");
                }));
    assertEquals(1, calls[0]);
  }
}
