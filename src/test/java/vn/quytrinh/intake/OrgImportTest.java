package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.org.AppUser;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.PersonChanged;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.org.UnitRepository;
import vn.quytrinh.org.UnitsChanged;
import vn.quytrinh.org.UserRepository;
import vn.quytrinh.org.security.Passwords;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.metrics.RecordingMeasures;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The org chart imported by an administrator on a real database: units written parents first, loops
 * and unknown parents refused with their reason, people without passwords created inactive, roles
 * read in Vietnamese, the last administrator kept, and dry runs that write nothing.
 */
class OrgImportTest {

  static final Instant T = Instant.parse("2026-11-02T02:00:00Z");
  static final Caller ADMIN =
      new Caller("admin", "Quản trị hệ thống", null, null, EnumSet.of(Role.ADMIN), Set.of(), true);
  static final Caller COORDINATOR =
      new Caller(
          "xa.thuky",
          "Trần Thị Hoa",
          null,
          "HY.XA.TANHOA",
          EnumSet.of(Role.COORDINATOR),
          Set.of("HY.XA.TANHOA"),
          false);

  /** A password hash that tells what it hashed: no test here signs in. */
  static final Pbkdf2PasswordHash PLAIN =
      new Pbkdf2PasswordHash() {
        @Override
        public String generate(char[] password) {
          return "plain:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hash) {
          return hash.equals(generate(password));
        }
      };

  JpaHarness db;
  final List<PersonChanged> personChanges = new ArrayList<>();

  @BeforeEach
  void open() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(new Unit("HY", "Ủy ban nhân dân tỉnh Hưng Yên", null, UnitLevel.TINH));
          em.flush();
          em.persist(new Unit("HY.XA.TANHOA", "Ủy ban nhân dân xã Tân Hòa", "HY", UnitLevel.XA));
          em.flush();
          em.persist(
              new AppUser("admin", "Quản trị hệ thống", null, null, Set.of(Role.ADMIN), "x", T));
          em.persist(
              new AppUser(
                  "xa.thuky",
                  "Trần Thị Hoa",
                  "Công chức Văn phòng – Thống kê",
                  "HY.XA.TANHOA",
                  Set.of(Role.COORDINATOR),
                  "hash-of-her-password",
                  T));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** One import in its own transaction, rolled back when the service says so. */
  <T> T run(Function<ImportService, T> work) {
    EntityManager em = db.entityManager();
    ImportServiceTest.Registry registry = new ImportServiceTest.Registry();
    try {
      em.getTransaction().begin();
      Wiring w = new Wiring(em, new TimeSource());
      OrgService org =
          new OrgService(
              new UnitRepository(em),
              new UserRepository(em),
              new Passwords(PLAIN),
              w.time,
              new Wiring.Collected<>(personChanges),
              new Wiring.Collected<UnitsChanged>(new ArrayList<>()),
              w.audit,
              (username, check) -> check.getAsBoolean());
      CitationText citations = new CitationText(w.legal);
      ImportService s =
          new ImportService(
              new TthcImporter(w.tthc, citations),
              new LegalImporter(w.legal),
              new ProcedureImporter(w.documents, citations),
              new UnitImporter(org),
              new PersonImporter(org),
              w.audit,
              registry,
              new RecordingMeasures());
      T result = work.apply(s);
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

  static byte[] csv(String... lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  ImportReport units(byte[] file, boolean dryRun) {
    return run(s -> s.importUnits(ADMIN, file, "text/csv", dryRun));
  }

  ImportReport people(byte[] file, boolean dryRun) {
    return run(s -> s.importPeople(ADMIN, file, "text/csv", dryRun));
  }

  /** The report of a file refused as a whole (400 with the report). */
  ImportReport refused(Function<ImportService, ImportReport> work) {
    ImportRejected e = assertThrows(ImportRejected.class, () -> run(work));
    return (ImportReport) e.extensions().get("report");
  }

  /** Line → the reason's key, of every rejected row. */
  static Map<Integer, String> reasons(ImportReport r) {
    return r.rejected().stream()
        .collect(Collectors.toMap(ImportReport.Rejected::line, x -> x.reason().key(), (a, b) -> a));
  }

  Map<String, String> unitParents() {
    return db.inTransaction(
        em ->
            em.createQuery("SELECT u FROM Unit u", Unit.class).getResultList().stream()
                .collect(
                    Collectors.toMap(
                        Unit::code, u -> u.parentCode() == null ? "-" : u.parentCode())));
  }

  Unit unit(String code) {
    return db.inTransaction(em -> em.find(Unit.class, code));
  }

  AppUser person(String username) {
    return db.inTransaction(
        em ->
            em.createQuery("SELECT u FROM AppUser u WHERE u.username = :n", AppUser.class)
                .setParameter("n", username)
                .getResultStream()
                .findFirst()
                .orElse(null));
  }

  long events(String action, String entity) {
    return db.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM audit_event WHERE action = ?1 AND entity = ?2")
                        .setParameter(1, action)
                        .setParameter(2, entity)
                        .getSingleResult())
                .longValue());
  }

  static final byte[] UNITS =
      csv(
          "STT,Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên",
          // a section of a department named before the department
          "1,HY.STP.VP,Văn phòng Sở Tư pháp,Phòng,HY.STP",
          "2,HY.STP,Sở Tư pháp tỉnh Hưng Yên,\"Sở, ban, ngành\",HY",
          "3,HY,Ủy ban nhân dân tỉnh Hưng Yên,Cấp tỉnh,",
          "4,HY.XA.TANHOA,UBND xã Tân Hòa,XA,HY",
          "5,HY.XA.TANHOA.VP,Bộ phận Văn phòng – Thống kê,phong,HY.XA.TANHOA");

  @Test
  void unitsAreWrittenParentsFirstAndAnUnchangedFileChangesNothing() {
    ImportReport r = units(UNITS, false);
    assertEquals(List.of(), r.rejected(), r.toString());
    assertEquals(3, r.created(), r.toString());
    assertEquals(1, r.updated(), "the commune's name differs");
    assertEquals(1, r.unchanged(), "the province as it is");
    List<String> written = r.items().stream().map(ImportReport.Item::key).toList();
    assertTrue(
        written.indexOf("HY.STP") < written.indexOf("HY.STP.VP"), "parent first: " + written);
    assertEquals("HY.STP", unitParents().get("HY.STP.VP"));
    assertEquals(UnitLevel.SO, unit("HY.STP").level(), "the Vietnamese label of the level");
    assertEquals(UnitLevel.PHONG, unit("HY.XA.TANHOA.VP").level());
    assertEquals("UBND xã Tân Hòa", unit("HY.XA.TANHOA").name());
    assertEquals(3, events("CREATE", "UNIT"), "one event per unit created, as by hand");
    assertEquals(1, events("UPDATE", "UNIT"));

    ImportReport again = units(UNITS, false);
    assertEquals(0, again.created());
    assertEquals(0, again.updated());
    assertEquals(5, again.unchanged(), "the same file twice changes nothing");
    assertEquals(1, events("UPDATE", "UNIT"), "no event for a unit unchanged");
  }

  @Test
  void aLoopAnUnknownParentAndAnUnknownLevelAreRefusedWithTheirReasonAndNothingIsWritten() {
    Map<String, String> before = unitParents();
    ImportReport r =
        refused(
            s ->
                s.importUnits(
                    ADMIN,
                    csv(
                        "Mã đơn vị;Tên đơn vị;Cấp;Mã đơn vị cấp trên",
                        "HY.A;Phòng A;Phòng;HY.B",
                        "HY.B;Phòng B;Phòng;HY.A",
                        "HY.C;Phòng C;Phòng;HY.KHONGCO",
                        "HY.D;Phòng D;Cấp thôn;HY",
                        "HY.E;Phòng E;Phòng;HY.E",
                        "HY.F;Phòng F;Phòng;HY"),
                    "text/csv",
                    false));
    assertEquals(
        Map.of(
            2, "problem.import.unitCycle",
            3, "problem.import.unitCycle",
            4, "problem.import.unknownParent",
            5, "problem.import.unknownUnitLevel",
            6, "problem.import.unitCycle"),
        reasons(r));
    assertEquals(
        "Đơn vị HY.A lại là cấp trên của chính nó: HY.A → HY.B → HY.A.",
        r.rejected().stream()
            .filter(x -> x.line() == 2)
            .findFirst()
            .orElseThrow()
            .reason()
            .in(vn.quytrinh.platform.i18n.Messages.VI));
    assertEquals(1, r.created(), "the good row is reported as it would be written");
    assertEquals(before, unitParents(), "nothing written");
    assertEquals(0, events("CREATE", "UNIT"));
  }

  @Test
  void aDryRunReportsEverythingAndWritesNothing() {
    Map<String, String> before = unitParents();
    ImportReport r = units(UNITS, true);
    assertTrue(r.dryRun());
    assertEquals(3, r.created());
    assertEquals(before, unitParents());
    assertEquals(0, events("CREATE", "UNIT"));

    ImportReport p =
        people(
            csv("Tên đăng nhập,Họ và tên,Mã đơn vị,Vai trò", "xa.moi,Lê Thị Mới,HY,Xem xét"), true);
    assertEquals(1, p.created());
    assertEquals(null, person("xa.moi"), "nobody created by a dry run");
  }

  @Test
  void peopleWithoutPasswordsAreCreatedInactiveAndExistingOnesUpdatedKeepingPasswordAndState() {
    byte[] file =
        csv(
            "STT,Tên đăng nhập,Họ và tên,Chức vụ,Mã đơn vị,Vai trò",
            "1,Xa.Tuphap,Phạm Thị Lan,Công chức Tư pháp – Hộ tịch,HY.XA.TANHOA,Cán bộ (chỉ xem)",
            "2,xa.lanhdao,Nguyễn Văn Hùng,Chủ tịch UBND xã,HY.XA.TANHOA,\"Xem xét, Người phê duyệt\"",
            "3,xa.thuky,Trần Thị Hoa,Công chức Văn phòng – Thống kê (thư ký ISO),HY.XA.TANHOA,"
                + "\"Thư ký ISO, Đánh giá viên nội bộ\"",
            "4,admin,Quản trị hệ thống,,,Quản trị hệ thống");
    ImportReport r = people(file, false);
    assertEquals(List.of(), r.rejected(), r.toString());
    assertEquals(2, r.created());
    assertEquals(1, r.updated());
    assertEquals(1, r.unchanged());
    assertEquals(1, r.notes().size(), "told once how the new people get a password");
    assertEquals("text.import.peopleInactive", r.notes().get(0).key());

    AppUser lan = person("xa.tuphap");
    assertFalse(lan.active(), "created inactive: no password in the file");
    assertEquals(Set.of(Role.READER), lan.roles());
    assertFalse(lan.passwordHash().isBlank());
    assertEquals(
        Set.of(Role.REVIEWER, Role.APPROVER), person("xa.lanhdao").roles(), "roles in Vietnamese");
    AppUser hoa = person("xa.thuky");
    assertEquals(Set.of(Role.COORDINATOR, Role.AUDITOR), hoa.roles());
    assertEquals("Công chức Văn phòng – Thống kê (thư ký ISO)", hoa.position());
    assertTrue(hoa.active(), "still active");
    assertEquals("hash-of-her-password", hoa.passwordHash(), "the password never changes");
    assertEquals(2, events("CREATE", "USER"));
    assertEquals(1, events("UPDATE", "USER"));
    assertEquals(
        List.of("xa.thuky"),
        personChanges.stream().map(PersonChanged::username).toList(),
        "her sessions follow the change, as after an edit by hand");

    assertEquals(4, people(file, false).unchanged(), "the same file twice changes nothing");
  }

  @Test
  void anInactivePersonStaysInactiveWhenUpdated() {
    people(csv("Tên đăng nhập,Họ và tên,Mã đơn vị,Vai trò", "xa.moi,Lê Thị Mới,HY,Xem xét"), false);
    ImportReport r =
        people(
            csv("Tên đăng nhập,Họ và tên,Mã đơn vị,Vai trò", "xa.moi,Lê Thị Mới,HY,Phê duyệt"),
            false);
    assertEquals(1, r.updated());
    assertFalse(person("xa.moi").active(), "never reactivated by a file");
    assertEquals(Set.of(Role.APPROVER), person("xa.moi").roles());
  }

  @Test
  void unknownRolesUnitsAndTheLastAdministratorAreRefusedWithTheirReason() {
    ImportReport r =
        refused(
            s ->
                s.importPeople(
                    ADMIN,
                    csv(
                        "Tên đăng nhập,Họ và tên,Mã đơn vị,Vai trò",
                        "xa.a,Người A,HY,Trưởng thôn",
                        "xa.b,Người B,HY.KHONGCO,Cán bộ",
                        "admin,Quản trị hệ thống,HY,Cán bộ",
                        "xa.c,Người C,HY,",
                        "xa.b,Người B lần hai,HY,Cán bộ"),
                    "text/csv",
                    false));
    assertEquals(
        Map.of(
            2, "problem.import.unknownRole",
            3, "problem.unit.notFound",
            4, "problem.user.lastAdministrator",
            5, "validation.user.roles.required",
            6, "text.import.duplicatePerson"),
        reasons(r));
    assertEquals(Set.of(Role.ADMIN), person("admin").roles());
    assertEquals(null, person("xa.b"));
  }

  @Test
  void onlyAnAdministratorImportsUnitsAndPeopleAndNotTheCoordinatorsKinds() {
    assertThrows(
        Forbidden.class, () -> run(s -> s.importUnits(COORDINATOR, UNITS, "text/csv", true)));
    assertThrows(
        Forbidden.class,
        () -> run(s -> s.importPeople(COORDINATOR, csv("username,fullName"), "text/csv", true)));
    assertThrows(
        Forbidden.class,
        () -> run(s -> s.importLegal(ADMIN, csv("number,title"), "text/csv", true)));
  }

  @Test
  void theSampleFilesImportIntoTheSampleUnits() throws Exception {
    ImportReport u = units(Files.readAllBytes(Path.of("sample-data/don-vi.csv")), false);
    assertEquals(List.of(), u.rejected(), u.toString());
    assertTrue(u.created() > 3, u.toString());
    ImportReport p = people(Files.readAllBytes(Path.of("sample-data/can-bo.csv")), false);
    assertEquals(List.of(), p.rejected(), p.toString());
    assertTrue(p.created() > 3, p.toString());
  }
}
