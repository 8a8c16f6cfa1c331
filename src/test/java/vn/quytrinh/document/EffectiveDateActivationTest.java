package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.time.TimeSource;

/**
 * A version approved for a later date takes effect on that date by itself, exactly once, even when
 * several instances (here: several services with their own entity managers) race for it.
 */
class EffectiveDateActivationTest {

  static final Actor DRAFTER = Drafts.DRAFTER;
  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate SCHEDULED = LocalDate.of(2026, 3, 16);
  static final Instant T0 = Instant.parse("2026-03-02T03:00:00Z");

  JpaHarness db;

  @BeforeEach
  void open() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(new Unit("XA-TH", "Ủy ban nhân dân xã Tân Hòa", null, UnitLevel.XA));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  static ProcedureContent content(String purpose) {
    return Drafts.content(purpose);
  }

  static void signOff(DocumentVersion v, LocalDate effectiveFrom) {
    Drafts.signOff(v, effectiveFrom, T0);
  }

  /**
   * A document in force at issue 1 with issue 2 approved for {@link #SCHEDULED}; the id of issue 2.
   */
  long seed(String code) {
    return db.inTransaction(
        em -> {
          ControlledDocument d =
              new ControlledDocument(
                  DocumentCode.parse(code),
                  "Quy trình chứng thực bản sao",
                  DocumentKind.PROCEDURE,
                  "XA-TH",
                  Set.of(),
                  12,
                  DRAFTER,
                  T0);
          DocumentVersion v1 = d.startVersion(DRAFTER, T0);
          v1.edit(content("Lần 1"), "Ban hành lần đầu", null, DRAFTER, T0);
          signOff(v1, ISSUED);
          d.activate(v1, ISSUED, Drafts.APPROVER, T0);
          DocumentVersion v2 = d.startVersion(DRAFTER, T0);
          v2.edit(content("Lần 2"), "Sửa đổi theo Nghị định 07/2025/NĐ-CP", null, DRAFTER, T0);
          signOff(v2, SCHEDULED);
          em.persist(d);
          em.flush();
          return v2.id();
        });
  }

  static DocumentService instance(EntityManager em, LocalDate today) {
    return new Wiring(
            em,
            new TimeSource(
                Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC)))
        .documents;
  }

  boolean activate(long versionId, LocalDate today) {
    EntityManager em = db.entityManager();
    try {
      em.getTransaction().begin();
      boolean done = instance(em, today).activateIfDue(versionId);
      em.getTransaction().commit();
      return done;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  ControlledDocument reload(long versionId) {
    EntityManager em = db.entityManager();
    try {
      ControlledDocument d = em.find(DocumentVersion.class, versionId).document();
      d.versions().forEach(v -> v.events().size());
      return d;
    } finally {
      em.close();
    }
  }

  @Test
  void beforeItsDateTheVersionStaysApproved() {
    long id = seed("QT-02/CT");
    assertFalse(activate(id, SCHEDULED.minusDays(1)));
    ControlledDocument d = reload(id);
    assertEquals(VersionStatus.APPROVED, d.version(2).orElseThrow().status());
    assertEquals(VersionStatus.EFFECTIVE, d.version(1).orElseThrow().status());
    assertEquals(1, d.effectiveIssueNo());
  }

  @Test
  void onItsDateItTakesEffectAndSupersedesTheOldOne() {
    long id = seed("QT-02/CT");
    assertTrue(activate(id, SCHEDULED));
    assertFalse(activate(id, SCHEDULED), "a second run finds nothing to do");
    ControlledDocument d = reload(id);
    DocumentVersion v1 = d.version(1).orElseThrow();
    DocumentVersion v2 = d.version(2).orElseThrow();
    assertEquals(VersionStatus.EFFECTIVE, v2.status());
    assertEquals(SCHEDULED, v2.effectiveFrom());
    assertEquals(VersionStatus.SUPERSEDED, v1.status());
    assertEquals(SCHEDULED, v1.endedOn());
    assertEquals(2, d.effectiveIssueNo());
    VersionEvent last = v2.events().get(v2.events().size() - 1);
    assertEquals(VersionAction.EFFECTIVE, last.action());
    assertEquals("system", last.actor().username());
  }

  @Test
  void instancesRacingForTheSameVersionActivateItExactlyOnce() throws Exception {
    int instances = 4;
    for (int round = 0; round < 5; round++) {
      long id = seed("QT-R" + round);
      CyclicBarrier together = new CyclicBarrier(instances);
      ExecutorService pool = Executors.newFixedThreadPool(instances);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        results.add(
            pool.submit(
                () -> {
                  together.await();
                  return activate(id, SCHEDULED.plusDays(3));
                }));
      }
      int winners = 0;
      for (Future<Boolean> r : results) {
        winners += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      pool.shutdown();
      assertEquals(1, winners, "round " + round);
      ControlledDocument d = reload(id);
      DocumentVersion v2 = d.version(2).orElseThrow();
      assertEquals(VersionStatus.EFFECTIVE, v2.status());
      assertEquals(VersionStatus.SUPERSEDED, d.version(1).orElseThrow().status());
      assertEquals(
          1,
          v2.events().stream().filter(e -> e.action() == VersionAction.EFFECTIVE).count(),
          "one event, round " + round);
    }
  }
}
