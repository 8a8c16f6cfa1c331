package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentCode;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.intake.LegalTextDocxReader;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.legal.text.Amendment;
import vn.quytrinh.legal.text.AmendmentApplier;
import vn.quytrinh.legal.text.LegalTextRepository;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Statements;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.i18n.Messages;

/**
 * What a flag shows of its change on a real database: Thông tư 38/2018/TT-BTC stored, changed by
 * Thông tư 62/2019/TT-BTC from 21/10/2019; each reason a wording cannot be shown, and what a flag's
 * wordings cost to read.
 */
class FlagChangesViewTest {

  static final String TT38 = "38/2018/TT-BTC";
  static final LocalDate TT62_FROM = LocalDate.of(2019, 10, 21);

  JpaHarness db;
  long tt38;
  long tt62;

  @BeforeEach
  void open() {
    db = JpaHarness.counting();
    db.inTransaction(
        em -> {
          em.persist(new Unit("XA", "Ủy ban nhân dân xã Tân Hòa", null, UnitLevel.XA));
          return null;
        });
    tt38 = run((s, t, f) -> s.law(TT38, LegalDocumentType.THONG_TU, LocalDate.of(2018, 6, 5)));
    tt62 = run((s, t, f) -> s.law("62/2019/TT-BTC", LegalDocumentType.THONG_TU, TT62_FROM));
    importText(tt38, "tt38_2018.txt");
  }

  @AfterEach
  void close() {
    db.close();
  }

  interface Work<T> {
    T apply(ImpactEngineTest.Services s, LegalTextService texts, FlagChanges changes);
  }

  <T> T run(Work<T> work) {
    return db.inTransaction(
        em -> {
          ImpactEngineTest.Services s = new ImpactEngineTest.Services(em);
          LegalTextService texts = texts(em, s);
          return work.apply(s, texts, new FlagChanges(s.impact, texts, em));
        });
  }

  static LegalTextService texts(EntityManager em, ImpactEngineTest.Services s) {
    Wiring w = new Wiring(em, s.time);
    return new LegalTextService(
        s.legal, new LegalTextRepository(em), new LegalTextDocxReader(), s.time, w.audit);
  }

  static byte[] resource(String name) {
    try (InputStream in =
        FlagChangesViewTest.class.getResourceAsStream("/vn/quytrinh/legal/text/texts/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void importText(long id, String name) {
    run(
        (s, t, f) ->
            t.importText(
                ImpactEngineTest.COORDINATOR,
                id,
                new LegalTextService.Upload(resource(name), "text/plain", name),
                false));
  }

  /** The amendments of 62/2019 as read from its text, confirmed: the new wordings recorded. */
  void recordTt62Wordings() {
    importText(tt62, "tt62_2019.txt");
    run(
        (s, t, f) ->
            t.recordWordings(
                ImpactEngineTest.COORDINATOR,
                s.legal.get(tt62),
                s.legal.get(tt38),
                t.proposals(tt62).proposals().stream()
                    .map(a -> new LegalTextService.Change(a, TT62_FROM))
                    .toList()));
  }

  /** A procedure in force citing these articles of 38/2018; its id. */
  long procedure(String code, String... articles) {
    List<Citation> basis =
        java.util.Arrays.stream(articles).map(a -> new Citation(TT38, a, null, null)).toList();
    return db.inTransaction(
        em -> {
          ControlledDocument d =
              new ControlledDocument(
                  DocumentCode.parse(code),
                  "Quy trình " + code,
                  DocumentKind.PROCEDURE,
                  "XA",
                  Set.of(),
                  12,
                  ImpactEngineTest.DRAFTER,
                  ImpactEngineTest.T0);
          DocumentVersion v = d.startVersion(ImpactEngineTest.DRAFTER, ImpactEngineTest.T0);
          v.edit(
              ImpactEngineTest.citing(basis),
              "Ban hành lần đầu",
              null,
              ImpactEngineTest.DRAFTER,
              ImpactEngineTest.T0);
          v.submitForReview(ImpactEngineTest.DRAFTER, ImpactEngineTest.T0);
          v.acceptReview(ImpactEngineTest.REVIEWER, "r", ImpactEngineTest.T0);
          v.approve(
              ImpactEngineTest.APPROVER,
              "a",
              ImpactEngineTest.TODAY.minusMonths(6),
              ImpactEngineTest.T0);
          d.activate(
              v,
              ImpactEngineTest.TODAY.minusMonths(6),
              ImpactEngineTest.APPROVER,
              ImpactEngineTest.T0);
          em.persist(d);
          em.flush();
          return d.id();
        });
  }

  /** The flags a relation of 62/2019 raised, by the document flagged. */
  Map<Long, Long> relate(RelationKind kind, String... articles) {
    return run(
        (s, t, f) ->
            s.relate(tt62, kind, TT38, List.of(articles), TT62_FROM).flagsRaised().stream()
                .collect(Collectors.toMap(FlagView::documentId, FlagView::id)));
  }

  Map<String, FlagView.ArticleChange> view(long flag) {
    return run(
        (s, t, f) ->
            f.view(ImpactEngineTest.COORDINATOR, flag, Messages.EN).wordings().stream()
                .collect(
                    Collectors.toMap(
                        FlagView.ArticleChange::article,
                        Function.identity(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new)));
  }

  @Test
  void anAmendmentShowsTheOldAndTheNewWordingElseWhichTextIsMissing() {
    long qt = procedure("QT-01", "4", "15");
    long flag = relate(RelationKind.AMENDS, "4", "15").get(qt);

    Map<String, FlagView.ArticleChange> unconfirmed = view(flag);
    assertEquals(List.of("4", "15"), List.copyOf(unconfirmed.keySet()));
    assertEquals(FlagChanges.Missing.NEW_WORDING, unconfirmed.get("4").missing());
    assertNotNull(unconfirmed.get("4").before(), "the wording as issued");
    assertNull(unconfirmed.get("4").after());
    assertNotNull(unconfirmed.get("4").missingLabel());
    assertEquals(
        FlagChanges.Missing.ARTICLE, unconfirmed.get("15").missing(), "not in the stored text");

    recordTt62Wordings();
    FlagView.ArticleChange four = view(flag).get("4");
    assertNull(four.missing());
    assertNull(four.missingLabel());
    assertEquals(TT38, four.before().setBy());
    assertEquals("62/2019/TT-BTC", four.after().setBy());
    assertEquals(TT62_FROM, four.after().appliesFrom());
    assertTrue(
        four.after().lines().stream().anyMatch(l -> l.contains("hàng hóa không được thông quan")),
        four.after().lines().toString());
  }

  @Test
  void aRepealOfTheWholeDocumentAsksForNoNewWording() {
    long qt = procedure("QT-01", "4");
    long flag = relate(RelationKind.REPEALS).get(qt);
    FlagView.ArticleChange four = view(flag).get("4");
    assertEquals(
        FlagChanges.Missing.NO_WORDING_CHANGE,
        four.missing(),
        "a whole document repealed has no new wording to enter");
    assertNotNull(four.before(), "the wording repealed is shown");
    assertNull(four.after());
  }

  @Test
  void onlyAnAmendmentOrARepealOfArticlesGivesANewWording() {
    assertTrue(FlagChanges.rewords(RelationKind.AMENDS, List.of()));
    assertTrue(FlagChanges.rewords(RelationKind.AMENDS, List.of("4")));
    assertTrue(FlagChanges.rewords(RelationKind.REPEALS, List.of("4")));
    assertFalse(FlagChanges.rewords(RelationKind.REPEALS, List.of()));
    assertFalse(FlagChanges.rewords(RelationKind.SUSPENDS, List.of("4")));
    assertFalse(FlagChanges.rewords(RelationKind.REPLACES, List.of()));
  }

  @Test
  void anAnnexAloneChangedIsRecordedAsAnAmendmentOfTheDocumentAndFlagsWhoCitesIt() {
    long qt = procedure("QT-01", "4");
    for (String kind : List.of("AMEND", "REPEAL")) {
      AmendmentService.Confirmed done =
          run(
              (s, t, f) ->
                  new AmendmentService(s.legal, t, s.impact)
                      .confirm(
                          ImpactEngineTest.COORDINATOR,
                          tt62,
                          List.of(
                              new AmendmentService.Proposal(
                                  kind,
                                  TT38,
                                  List.of("Phụ lục II"),
                                  "AMEND".equals(kind) ? "Mẫu số 01 mới" : null,
                                  null,
                                  null,
                                  null,
                                  TT62_FROM))));
      assertEquals(1, done.relations().size(), kind);
      assertEquals(RelationKind.AMENDS, done.relations().get(0).relation().kind(), kind);
      assertEquals(List.of(), done.relations().get(0).relation().articles(), kind);
      assertNotNull(done.items().get(0).relationId(), kind);
      assertEquals(
          AmendmentApplier.Skip.NOT_AN_ARTICLE,
          done.items().get(0).applied().outcomes().get(0).skip(),
          kind);
    }
    assertEquals(
        LegalStatus.IN_FORCE,
        run((s, t, f) -> s.legal.status(s.legal.get(tt38), ImpactEngineTest.TODAY)),
        "an annex repealed does not end the document");
    String trigger =
        run(
            (s, t, f) ->
                s.impact.get(ImpactEngineTest.COORDINATOR, relateFlagOf(s, qt)).trigger().kind());
    assertEquals("AMENDS", trigger, "the procedure citing Điều 4 is flagged");
  }

  static long relateFlagOf(ImpactEngineTest.Services s, long document) {
    return s.em
        .createQuery("SELECT f.id FROM RevisionFlag f WHERE f.documentId = :d", Long.class)
        .setParameter("d", document)
        .getSingleResult();
  }

  /** 62/2019 repealing clause 3 and point c of clause 1 of Điều 4 (its wordings recorded). */
  long repealOfParts() {
    long qt = procedure("QT-01", "4");
    long flag = relate(RelationKind.REPEALS, "4").get(qt);
    run(
        (s, t, f) ->
            t.recordWordings(
                ImpactEngineTest.COORDINATOR,
                s.legal.get(tt62),
                s.legal.get(tt38),
                List.of(
                    new LegalTextService.Change(
                        new Amendment(
                            TT38,
                            Amendment.Kind.REPEAL,
                            List.of(Amendment.Place.parse("4.3"), Amendment.Place.parse("4.1.c")),
                            null,
                            null,
                            null,
                            true,
                            null,
                            0),
                        TT62_FROM))));
    return flag;
  }

  @Test
  void aClauseOrPointRepealedStandsInItsPlaceMarkedSo() {
    long flag = repealOfParts();
    FlagView.ArticleChange four = view(flag).get("4");
    assertNull(four.missing(), "a repeal of articles sets their wording");
    List<String> after = four.after().lines();
    assertTrue(after.contains("3. (repealed)"), after.toString());
    assertTrue(after.contains("c) (repealed)"), after.toString());
    assertFalse(after.contains("3. "), "not an empty clause");
    assertTrue(four.before().lines().stream().anyMatch(l -> l.startsWith("3. Trường hợp")));
    List<String> vi =
        run((s, t, f) -> f.view(ImpactEngineTest.COORDINATOR, flag, Messages.VI))
            .wordings()
            .get(0)
            .after()
            .lines();
    assertTrue(vi.contains("3. (được bãi bỏ)"), vi.toString());
  }

  /**
   * The articles and wordings of the changed document are read once for a flag, not once per
   * article concerned, and the stored text (with its original file) not at all: a flag concerning
   * three articles costs the statements of one concerning one.
   */
  @Test
  void aFlagsWordingsCostTheSameStatementsForOneArticleAndForSeveral() {
    long one = procedure("QT-01", "4");
    long three = procedure("QT-02", "4", "5", "7a");
    Map<Long, Long> flags = relate(RelationKind.AMENDS, "4", "5", "7a");
    recordTt62Wordings();
    view(flags.get(one)); // what EclipseLink reads once
    view(flags.get(three));
    int start = db.statements().calls().size();
    Statements.Counted<Map<String, FlagView.ArticleChange>> ofOne =
        Statements.during(db, () -> view(flags.get(one)));
    Statements.Counted<Map<String, FlagView.ArticleChange>> ofThree =
        Statements.during(db, () -> view(flags.get(three)));
    assertEquals(List.of("4"), List.copyOf(ofOne.result().keySet()));
    assertEquals(List.of("4", "5", "7a"), List.copyOf(ofThree.result().keySet()));
    assertEquals(ofOne.statements(), ofThree.statements());
    assertFalse(
        db.statements().calls().subList(start, db.statements().calls().size()).stream()
            .anyMatch(c -> c.sql() != null && c.sql().toLowerCase().contains("original")),
        "the original file is never read for a flag");
  }
}
