package vn.quytrinh.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentCode;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.Drafts;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactEngine;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.rest.PageRequest;

/**
 * Upgrades keep data: a database of the first release (migrations V1–V4 as released, {@code
 * src/main/resources/db/migration} up to V4, git tag {@code release-1}) holding what that release
 * wrote — a procedure in force with its signatures, legal documents and an amendment, the revision
 * flag it raised with its reason as Vietnamese text only, the audit trail — is migrated by today's
 * migrations, and today's code finds all of it and goes on working on it.
 *
 * <p>Documents, versions, signatures, legal documents and audit events are written by the entity
 * and service code that wrote them in that release (their tables, and the chain's hash, have not
 * changed since); the flag by the statement of that release's impact engine, its reason text as
 * that release's {@code ImpactRules} worded it.
 */
class UpgradeFromReleaseOneTest {

  /** The last migration of the first release (git tag {@code release-1}). */
  static final String RELEASE_ONE = "4";

  /**
   * Flyway's checksums of the first release's migrations as released. A released migration is never
   * edited (an installation that ran it would refuse to start): a change to one fails here.
   */
  static final Map<String, Integer> RELEASED =
      Map.of("1", 1268299925, "2", -122424693, "3", 1548215350, "4", -479855369);

  @Test
  void theFirstReleasesMigrationsAreAsReleased() {
    Map<String, Integer> now = new java.util.TreeMap<>();
    for (var m :
        Flyway.configure(getClass().getClassLoader())
            .dataSource("jdbc:h2:mem:checksums-" + UUID.randomUUID(), "sa", "")
            .locations("classpath:db/migration")
            .load()
            .info()
            .all()) {
      String version = m.getVersion().getVersion();
      if (Integer.parseInt(version) <= Integer.parseInt(RELEASE_ONE)) {
        now.put(version, m.getChecksum());
      }
    }
    assertEquals(new java.util.TreeMap<>(RELEASED), now);
  }

  /** The reason V4's impact engine stored for a procedure citing the amended article. */
  static final String V4_REASON =
      "Quy trình trích dẫn điều khoản bị tác động: 23/2015/NĐ-CP bị sửa đổi, bổ sung (Điều 17)"
          + " bởi 07/2025/NĐ-CP, có hiệu lực từ 09/01/2025.";

  @Test
  void aReleaseOneDatabaseUpgradedKeepsEverythingAndTheFlagsReasonText() {
    String url = "jdbc:h2:mem:release-1-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("quytrinh");
    Flyway.configure(getClass().getClassLoader())
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target(RELEASE_ONE)
        .load()
        .migrate();
    EntityManagerFactory emf = BackupRestoreTest.jpa(url, "");
    try {
      long[] ids = fillAsReleaseOne(emf);
      long documentId = ids[0];
      long relationId = ids[1];
      long eventsBefore =
          BackupRestoreTest.inTransaction(
              emf, em -> new AuditTrail(em, Optional.empty()).verify().events());

      var upgraded = SchemaMigration.migrate(ds, getClass().getClassLoader());
      assertTrue(upgraded.migrationsExecuted >= 1, "V5 and later ran");
      assertTrue(Integer.parseInt(upgraded.targetSchemaVersion) >= 5, upgraded.targetSchemaVersion);

      BackupRestoreTest.inTransaction(
          emf,
          em -> {
            ControlledDocument d = em.find(ControlledDocument.class, documentId);
            assertEquals("QT-02/CT", d.code());
            DocumentVersion v = d.versions().get(0);
            assertEquals(VersionStatus.EFFECTIVE, v.status());
            assertEquals(2, v.signatures().size(), "review and approval");
            assertEquals("Mục đích", v.content().purpose());
            assertEquals("17", v.content().legalBasis().get(0).article());
            Wiring w = new Wiring(em, BackupRestoreTest.TIME);
            assertEquals("07/2025/NĐ-CP", w.legal.find(ids[2]).orElseThrow().number());
            assertEquals(
                1L,
                ((Number)
                        em.createNativeQuery(
                                "SELECT COUNT(*) FROM legal_relation WHERE id = " + relationId)
                            .getSingleResult())
                    .longValue());
            List<FlagView> flags =
                impact(w, em)
                    .list(
                        BackupRestoreTest.COORDINATOR,
                        null,
                        null,
                        documentId,
                        new PageRequest(0, 20))
                    .items();
            assertEquals(1, flags.size());
            FlagView f = flags.get(0);
            assertEquals(V4_REASON, f.reason(), "the reason written before V5, as it was");
            assertNull(f.reasonKey(), "no key: shown as stored");
            assertEquals(LocalDate.of(2025, 4, 9), f.dueOn());
            assertEquals("07/2025/NĐ-CP", f.trigger().number());
            return null;
          });
      AuditTrail.Verification trail =
          BackupRestoreTest.inTransaction(emf, em -> new AuditTrail(em, Optional.empty()).verify());
      assertTrue(trail.valid(), trail.toString());
      assertEquals(eventsBefore, trail.events());

      // and today's code works on the upgraded data: a new change flags with a reason key
      List<FlagView> raised =
          BackupRestoreTest.inTransaction(
              emf,
              em -> {
                Wiring w = new Wiring(em, BackupRestoreTest.TIME);
                long acting = law(w.legal, "99/2025/NĐ-CP");
                return impact(w, em)
                    .recordRelation(
                        BackupRestoreTest.COORDINATOR,
                        acting,
                        RelationKind.AMENDS,
                        "23/2015/NĐ-CP",
                        List.of("17"),
                        LocalDate.of(2025, 6, 1))
                    .flagsRaised();
              });
      assertEquals(1, raised.size());
      assertTrue(raised.get(0).reasonKey() != null, raised.toString());
    } finally {
      emf.close();
    }
  }

  static ImpactService impact(Wiring w, jakarta.persistence.EntityManager em) {
    return new ImpactService(
        w.legal,
        w.tthc,
        new ImpactEngine(em),
        w.time,
        w.audit,
        new vn.quytrinh.impact.RevisionFlagRepository(em),
        em,
        Measures.NONE);
  }

  static long law(LegalService legal, String number) {
    return legal
        .register(
            BackupRestoreTest.COORDINATOR,
            new LegalService.Registration(
                number,
                LegalDocumentType.NGHI_DINH,
                "Chính phủ",
                "Nghị định " + number,
                LocalDate.of(2015, 4, 10),
                LocalDate.of(2015, 4, 10),
                null))
        .id();
  }

  /** What release 1 wrote; answers the document's, the relation's and the acting decree's ids. */
  static long[] fillAsReleaseOne(EntityManagerFactory emf) {
    BackupRestoreTest.inTransaction(
        emf,
        em -> {
          em.persist(new Unit("XA", "Ủy ban nhân dân xã Tân Hòa", null, UnitLevel.XA));
          return null;
        });
    long documentId =
        BackupRestoreTest.inTransaction(
            emf,
            em -> {
              ControlledDocument d =
                  new ControlledDocument(
                      DocumentCode.parse("QT-02/CT"),
                      "Quy trình chứng thực bản sao từ bản chính",
                      DocumentKind.PROCEDURE,
                      "XA",
                      java.util.Set.of(),
                      12,
                      Drafts.DRAFTER,
                      BackupRestoreTest.T0);
              DocumentVersion v = d.startVersion(Drafts.DRAFTER, BackupRestoreTest.T0);
              v.edit(
                  BackupRestoreTest.citing("23/2015/NĐ-CP", "17"),
                  "Ban hành lần đầu",
                  null,
                  Drafts.DRAFTER,
                  BackupRestoreTest.T0);
              Drafts.signOff(v, LocalDate.of(2024, 7, 1), BackupRestoreTest.T0);
              d.activate(v, LocalDate.of(2024, 7, 1), Drafts.APPROVER, BackupRestoreTest.T0);
              em.persist(d);
              em.flush();
              return d.id();
            });
    return BackupRestoreTest.inTransaction(
        emf,
        em -> {
          Wiring w = new Wiring(em, BackupRestoreTest.TIME);
          law(w.legal, "23/2015/NĐ-CP");
          long acting = law(w.legal, "07/2025/NĐ-CP");
          long relation =
              w.legal
                  .addRelation(
                      BackupRestoreTest.COORDINATOR,
                      acting,
                      RelationKind.AMENDS,
                      "23/2015/NĐ-CP",
                      List.of("17"),
                      LocalDate.of(2025, 1, 9))
                  .relation()
                  .id();
          // the flag as release 1's ImpactEngine.raise inserted it: no reason key, no arguments
          em.createNativeQuery(
                  "INSERT INTO revision_flag (document_id, issue_no, severity, trigger_kind,"
                      + " relation_id, acting_number, target_number, articles, reason, raised_on,"
                      + " due_on, status, row_version) VALUES (?, 1, 'AFFECTED', 'AMENDS', ?,"
                      + " '07/2025/NĐ-CP', '23/2015/NĐ-CP', '17', ?, ?, ?, 'OPEN', 0)")
              .setParameter(1, documentId)
              .setParameter(2, relation)
              .setParameter(3, V4_REASON)
              .setParameter(4, LocalDate.of(2025, 1, 15))
              .setParameter(5, LocalDate.of(2025, 4, 9))
              .executeUpdate();
          w.audit.recordAll(
              List.of(
                  new AuditTrail.Entry(
                      "tk",
                      "FLAGS_RAISED",
                      "LEGAL_RELATION",
                      relation,
                      "XA",
                      "1 quy trình cần rà soát: QT-02/CT (AFFECTED)")));
          return new long[] {documentId, relation, acting};
        });
  }
}
