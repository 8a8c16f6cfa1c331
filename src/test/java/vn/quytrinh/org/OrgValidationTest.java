package vn.quytrinh.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The service owns the whole rule of a unit and of a person, lengths included: a web form's forged
 * POST, which never meets the API's body checks, gets the same 400 naming the field, not a 500 from
 * a VARCHAR too short.
 */
class OrgValidationTest {

  static final Instant T = Instant.parse("2026-11-02T02:00:00Z");
  static final Caller ADMIN =
      new Caller("admin", "admin", null, null, Set.of(Role.ADMIN), Set.of(), true);

  JpaHarness db;

  @BeforeEach
  void open() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(new Unit("HY", "Tỉnh Hưng Yên", null, UnitLevel.TINH));
          em.flush();
          em.persist(new AppUser("admin", "Quản trị", null, null, Set.of(Role.ADMIN), "x", T));
          em.persist(
              new AppUser("hy.hoa", "Trần Thị Hoa", null, "HY", Set.of(Role.COORDINATOR), "x", T));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T run(Function<OrgService, T> work) {
    return db.inTransaction(em -> work.apply(new Wiring(em, new TimeSource()).org));
  }

  static List<String> fields(InvalidInput e) {
    assertEquals(400, e.status());
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aUnitNameLongerThanTheRecordHoldsIs400OnName() {
    OrgService.UnitData tooLong =
        new OrgService.UnitData("HY.XA", "x".repeat(501), "HY", UnitLevel.XA);
    InvalidInput created =
        assertThrows(InvalidInput.class, () -> run(o -> o.createUnit(ADMIN, tooLong)));
    assertEquals(List.of("name"), fields(created));
    assertEquals("validation.tooLong", created.errors().get(0).message().key());
    InvalidInput updated =
        assertThrows(
            InvalidInput.class,
            () ->
                run(
                    o ->
                        o.updateUnit(
                            ADMIN,
                            "HY",
                            new OrgService.UnitData(null, "y".repeat(501), null, UnitLevel.TINH),
                            "*")));
    assertEquals(List.of("name"), fields(updated));
    run(
        o ->
            o.createUnit(
                ADMIN, new OrgService.UnitData("HY.XA", "x".repeat(500), "HY", UnitLevel.XA)));
    assertEquals(500, (int) run(o -> o.unit("HY.XA").name().length()), "500 is allowed");
  }

  @Test
  void aFullNameOrPositionLongerThanTheRecordHoldsIs400OnTheField() {
    OrgService.UserData longName =
        new OrgService.UserData(
            "hy.moi", "Đ".repeat(201), "p".repeat(201), "HY", Set.of(Role.READER), true);
    InvalidInput created =
        assertThrows(
            InvalidInput.class,
            () -> run(o -> o.createUser(ADMIN, longName, "Sổ tay chất lượng 2026")));
    assertEquals(List.of("fullName", "position"), fields(created));
    InvalidInput updated =
        assertThrows(
            InvalidInput.class,
            () ->
                run(
                    o ->
                        o.updateUser(
                            ADMIN,
                            "hy.hoa",
                            new OrgService.UserData(
                                "hy.hoa",
                                "Trần Thị Hoa",
                                "p".repeat(201),
                                "HY",
                                Set.of(Role.COORDINATOR),
                                true),
                            null,
                            "*")));
    assertEquals(List.of("position"), fields(updated));
    run(
        o ->
            o.updateUser(
                ADMIN,
                "hy.hoa",
                new OrgService.UserData(
                    "hy.hoa",
                    "Đ".repeat(200),
                    "p".repeat(200),
                    "HY",
                    Set.of(Role.COORDINATOR),
                    true),
                null,
                "*"));
    assertEquals(200, (int) run(o -> o.findUser("hy.hoa").orElseThrow().fullName().length()));
  }
}
