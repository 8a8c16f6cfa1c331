package vn.quytrinh.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentCode;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.Drafts;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * A backup of a running embedded database, taken while another writer keeps appending to the audit
 * trail, unzipped into an empty data folder as docs/operations.md says, opens with the password it
 * carries and gives back the same documents, versions, signatures, flags and audit trail; the trail
 * verifies under the same installation key and not under another.
 */
class BackupRestoreTest {

  static final String KEY = "khoa-kiem-toan-cua-tinh-hung-yen-sao-luu-2026";
  static final String DB_PASSWORD = "mat-khau-csdl-ngau-nhien-8f3a";
  static final Instant T0 = Instant.parse("2024-06-03T03:00:00Z");
  static final TimeSource TIME =
      new TimeSource(Clock.fixed(Instant.parse("2025-01-15T02:00:00Z"), ZoneOffset.UTC));
  static final Caller ADMIN =
      new Caller(
          "admin", "Quản trị", "Quản trị hệ thống", null, EnumSet.of(Role.ADMIN), Set.of(), true);
  static final Caller COORDINATOR =
      new Caller(
          "tk",
          "Trần Thị Hoa",
          "Thư ký ISO",
          "XA",
          EnumSet.of(Role.COORDINATOR),
          Set.of("XA"),
          false);

  /** What is compared, row for row, between the installation and its restored copy. */
  static final Map<String, String> TABLES =
      Map.of(
          "controlled_document", "id",
          "document_version", "id",
          "version_signature", "id",
          "version_citation", "version_id, seq",
          "legal_document", "id",
          "legal_relation", "id",
          "revision_flag", "id",
          "audit_event", "seq",
          "audit_head", "id");

  @TempDir Path tmp;

  static JdbcDataSource dataSource(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("quytrinh");
    ds.setPassword(DB_PASSWORD);
    return ds;
  }

  static EntityManagerFactory jpa(String url, String password) {
    return Persistence.createEntityManagerFactory(
        "quytrinh-se",
        Map.of(
            "jakarta.persistence.jdbc.url",
            url,
            "jakarta.persistence.jdbc.user",
            "quytrinh",
            "jakarta.persistence.jdbc.password",
            password,
            "jakarta.persistence.jdbc.driver",
            "org.h2.Driver"));
  }

  static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  static ProcedureContent citing(String number, String article) {
    return new ProcedureContent(
        "Mục đích",
        "Phạm vi",
        null,
        null,
        List.of(new Citation(number, article, null, null)),
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

  /** A unit, a procedure in force with its signatures, a law amended: one flag, a trail. */
  static void fill(EntityManagerFactory emf) {
    inTransaction(
        emf,
        em -> {
          em.persist(new Unit("XA", "Ủy ban nhân dân xã Tân Hòa", null, UnitLevel.XA));
          return null;
        });
    long amending =
        inTransaction(
            emf,
            em -> {
              LegalService legal = new Wiring(em, TIME, Optional.of(KEY)).legal;
              long last = 0;
              for (String n : List.of("23/2015/NĐ-CP", "07/2025/NĐ-CP")) {
                last =
                    legal
                        .register(
                            COORDINATOR,
                            new LegalService.Registration(
                                n,
                                LegalDocumentType.NGHI_DINH,
                                "Chính phủ",
                                "Nghị định " + n,
                                LocalDate.of(2015, 4, 10),
                                LocalDate.of(2015, 4, 10),
                                null))
                        .id();
              }
              return last;
            });
    inTransaction(
        emf,
        em -> {
          ControlledDocument d =
              new ControlledDocument(
                  DocumentCode.parse("QT-02/CT"),
                  "Quy trình chứng thực bản sao từ bản chính",
                  DocumentKind.PROCEDURE,
                  "XA",
                  Set.of(),
                  12,
                  Drafts.DRAFTER,
                  T0);
          DocumentVersion v = d.startVersion(Drafts.DRAFTER, T0);
          v.edit(citing("23/2015/NĐ-CP", "17"), "Ban hành lần đầu", null, Drafts.DRAFTER, T0);
          Drafts.signOff(v, LocalDate.of(2024, 7, 1), T0);
          d.activate(v, LocalDate.of(2024, 7, 1), Drafts.APPROVER, T0);
          em.persist(d);
          return null;
        });
    ImpactService.RelationOutcome amended =
        inTransaction(
            emf,
            em -> {
              Wiring w = new Wiring(em, TIME, Optional.of(KEY));
              return UpgradeFromReleaseOneTest.impact(w, em)
                  .recordRelation(
                      COORDINATOR,
                      amending,
                      RelationKind.AMENDS,
                      "23/2015/NĐ-CP",
                      List.of("17"),
                      LocalDate.of(2025, 1, 9));
            });
    assertEquals(1, amended.flagsRaised().size(), "the fixture raises one flag");
  }

  /** Every row of the compared tables, as text, in key order. */
  static Map<String, List<String>> snapshot(javax.sql.DataSource ds) throws Exception {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (var t : new java.util.TreeMap<>(TABLES).entrySet()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet r =
            s.executeQuery("SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue())) {
          ResultSetMetaData m = r.getMetaData();
          while (r.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= m.getColumnCount(); i++) {
              b.append(m.getColumnName(i).toLowerCase(java.util.Locale.ROOT))
                  .append('=')
                  .append(r.getString(i))
                  .append(' ');
            }
            rows.add(b.toString());
          }
        }
        out.put(t.getKey(), rows);
      }
    }
    return out;
  }

  /** What docs/operations.md says: unzip the archive into the (empty) data folder. */
  static void unzip(Path zip, Path folder) throws Exception {
    Files.createDirectories(folder);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path to = folder.resolve(e.getName()).normalize();
        assertTrue(to.startsWith(folder), e.getName());
        Files.copy(in, to);
      }
    }
  }

  @Test
  void aBackupTakenWhileWritingRestoresIntoAnEmptyInstallationWithATrailThatVerifies()
      throws Exception {
    Path live = tmp.resolve("live");
    Files.createDirectories(live);
    Files.writeString(live.resolve("db-password"), DB_PASSWORD + "\n", StandardCharsets.UTF_8);
    String url = "jdbc:h2:" + live.resolve("quytrinh") + ";WRITE_DELAY=0";
    JdbcDataSource ds = dataSource(url);
    SchemaMigration.migrate(ds, getClass().getClassLoader());
    EntityManagerFactory emf = jpa(url, DB_PASSWORD);
    Path backups = tmp.resolve("backups");
    try {
      fill(emf);
      BackupService forCoordinator =
          inTransaction(
              emf,
              em ->
                  new BackupService(
                      ds, new AuditTrail(em, Optional.of(KEY)), TIME, url, backups.toString(), 2));
      assertThrows(Forbidden.class, () -> forCoordinator.backup(COORDINATOR));
      assertFalse(Files.exists(backups), "a refused backup writes nothing");

      // another writer appends to the trail, one transaction after another, during the backup
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicInteger written = new AtomicInteger();
      Thread writer =
          new Thread(
              () -> {
                while (writing.get()) {
                  inTransaction(
                      emf,
                      em -> {
                        new AuditTrail(em, Optional.of(KEY))
                            .record(
                                "tk", "SAVE", "VERSION", written.incrementAndGet(), "XA", "Lưu");
                        return null;
                      });
                }
              });
      writer.start();
      while (written.get() < 20) {
        Thread.sleep(5);
      }
      BackupService.Backup backup =
          inTransaction(
              emf,
              em ->
                  new BackupService(
                          ds,
                          new AuditTrail(em, Optional.of(KEY)),
                          TIME,
                          url,
                          backups.toString(),
                          2)
                      .backup(ADMIN));
      int duringBackup = written.get();
      writing.set(false);
      writer.join();
      assertTrue(written.get() > 20, "the writer went on: " + written.get());
      assertTrue(BackupService.NAME.matcher(backup.file()).matches(), backup.file());
      Path zip = backups.resolve(backup.file());
      assertEquals(Files.size(zip), backup.bytes());
      assertFalse(
          Files.list(backups).anyMatch(f -> f.toString().endsWith(".part")), "no leftovers");

      Path restored = tmp.resolve("restored");
      unzip(zip, restored);
      assertEquals(DB_PASSWORD, Files.readString(restored.resolve("db-password")).strip());
      String restoredUrl = "jdbc:h2:" + restored.resolve("quytrinh") + ";IFEXISTS=TRUE";
      JdbcDataSource restoredDs = dataSource(restoredUrl);
      Map<String, List<String>> after = snapshot(restoredDs);
      Map<String, List<String>> now = snapshot(ds);

      // the copy is the installation as it was at one moment: every table as then, the trail a
      // prefix of today's (the writer and the BACKUP event came after), its head on its last event
      for (String t : TABLES.keySet()) {
        if (!t.startsWith("audit_")) {
          assertEquals(now.get(t), after.get(t), t);
        }
      }
      assertEquals(1, after.get("revision_flag").size());
      assertEquals(2, after.get("version_signature").size(), "review and approval");
      List<String> events = after.get("audit_event");
      assertTrue(events.size() > 2, events.toString());
      assertEquals(now.get("audit_event").subList(0, events.size()), events);
      List<String> later =
          now.get("audit_event").subList(events.size(), now.get("audit_event").size());
      assertEquals(
          1,
          later.stream().filter(e -> e.contains("action=BACKUP")).count(),
          "the BACKUP event follows what the archive holds");
      assertTrue(
          events.size() < 2 + duringBackup + 5, "taken while the writer ran: " + events.size());

      EntityManagerFactory restoredJpa = jpa(restoredUrl, DB_PASSWORD);
      try {
        AuditTrail.Verification same =
            inTransaction(restoredJpa, em -> new AuditTrail(em, Optional.of(KEY)).verify());
        assertTrue(same.valid(), same.toString());
        assertEquals(events.size(), same.events());
        AuditTrail.Verification otherKey =
            inTransaction(
                restoredJpa,
                em ->
                    new AuditTrail(em, Optional.of("mot-khoa-khac-cua-mot-tinh-khac-2026"))
                        .verify());
        assertFalse(otherKey.valid(), "a restore needs the same QUYTRINH_AUDIT_KEY");
      } finally {
        restoredJpa.close();
      }
    } finally {
      emf.close();
    }
  }

  @Test
  void onlyTheNewestBackupsAreKept() throws Exception {
    Path folder = tmp.resolve("kept");
    Files.createDirectories(folder);
    for (String n :
        List.of(
            "quytrinh-20260101T010000000Z.zip",
            "quytrinh-20260102T010000000Z.zip",
            "quytrinh-20260103T010000000Z.zip",
            "quytrinh-20260103T010000000Z.zip.part",
            "ghi-chu.txt")) {
      Files.writeString(folder.resolve(n), n);
    }
    assertEquals(List.of("quytrinh-20260101T010000000Z.zip"), BackupService.prune(folder, 2));
    assertEquals(
        Set.of(
            "quytrinh-20260102T010000000Z.zip",
            "quytrinh-20260103T010000000Z.zip",
            "quytrinh-20260103T010000000Z.zip.part",
            "ghi-chu.txt"),
        Set.copyOf(Files.list(folder).map(f -> f.getFileName().toString()).toList()));
  }

  @Test
  void anInstallationOnAnotherDatabaseIsTold409() {
    BackupService s =
        new BackupService(null, null, TIME, "jdbc:postgresql://db/quytrinh", tmp.toString(), 14);
    assertEquals(409, assertThrows(Conflict.class, () -> s.backup(ADMIN)).status());
  }
}
