package vn.quytrinh.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Statements;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The administrator's list of people: narrowed in the database by unit (with the units below it),
 * by active or not, and by a name typed without diacritics; paged and counted there.
 */
class PeopleListTest {

  static final Instant T = Instant.parse("2026-11-02T02:00:00Z");
  static final Caller ADMIN =
      new Caller("admin", "admin", null, null, Set.of(Role.ADMIN), Set.of(), true);

  JpaHarness db;

  @BeforeEach
  void open() {
    db = JpaHarness.counting();
    db.inTransaction(
        em -> {
          em.persist(new Unit("HY", "Tỉnh Hưng Yên", null, UnitLevel.TINH));
          em.flush();
          em.persist(new Unit("HY.XA.TH", "Ủy ban nhân dân xã Tân Hòa", "HY", UnitLevel.XA));
          em.persist(new Unit("HY.XA.AN", "Ủy ban nhân dân xã An Bình", "HY", UnitLevel.XA));
          em.flush();
          em.persist(new Unit("HY.XA.TH.VP", "Văn phòng", "HY.XA.TH", UnitLevel.PHONG));
          em.flush();
          em.persist(person("admin", "Quản trị", null, Role.ADMIN));
          em.persist(person("th.hoa", "Trần Thị Hoa", "HY.XA.TH", Role.COORDINATOR));
          em.persist(person("th.duc", "Nguyễn Văn Đức", "HY.XA.TH.VP", Role.READER));
          em.persist(person("an.nguyen", "Nguyễn Thị Ánh", "HY.XA.AN", Role.APPROVER));
          AppUser gone = person("an.cu", "Lê Văn Cũ", "HY.XA.AN", Role.READER);
          gone.update(gone.fullName(), null, gone.unitCode(), gone.roles(), false);
          em.persist(gone);
          return null;
        });
  }

  static AppUser person(String username, String name, String unit, Role role) {
    return new AppUser(username, name, null, unit, Set.of(role), "x", T);
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T run(Function<OrgService, T> work) {
    return db.inTransaction(
        em -> work.apply(new Wiring(em, new TimeSource(Clock.systemUTC())).org));
  }

  List<String> names(String unit, Boolean active, String q) {
    Page<AppUser> p =
        run(
            o ->
                o.listUsers(ADMIN, new OrgService.People(unit, active, q), new PageRequest(0, 10)));
    assertEquals(p.items().size(), p.total());
    return p.items().stream().map(AppUser::username).toList();
  }

  @Test
  void aUnitTakesThePeopleOfTheUnitsBelowIt() {
    assertEquals(List.of("th.duc", "th.hoa"), names("HY.XA.TH", null, null));
    assertEquals(List.of("an.cu", "an.nguyen", "th.duc", "th.hoa"), names("HY", null, null));
    assertEquals(List.of(), names("NOWHERE", null, null));
  }

  @Test
  void activeOrNot() {
    assertEquals(List.of("an.cu"), names(null, false, null));
    assertEquals(List.of("an.nguyen"), names("HY.XA.AN", true, null));
  }

  @Test
  void aNameTypedWithoutDiacriticsOrAUsername() {
    assertEquals(List.of("an.nguyen", "th.duc"), names(null, null, "nguyen"));
    assertEquals(List.of("th.duc"), names(null, null, "DUC"));
    assertEquals(List.of("an.nguyen"), names(null, null, "thi anh"));
    assertEquals(List.of("th.hoa"), names(null, null, "th.h"));
  }

  @Test
  void pagedAndCountedInTheDatabase() {
    Page<AppUser> p =
        run(o -> o.listUsers(ADMIN, new OrgService.People(null, null, ""), new PageRequest(1, 2)));
    assertEquals(5, p.total());
    assertEquals(
        List.of("an.nguyen", "th.duc"), p.items().stream().map(AppUser::username).toList());
  }

  /** Statements spent on a page of {@code size} people of a unit narrowed by name, roles read. */
  long statementsForAPageOf(int size, int expected) {
    return run(
        o ->
            Statements.during(
                    db,
                    () -> {
                      Page<AppUser> p =
                          o.listUsers(
                              ADMIN,
                              new OrgService.People("HY", true, "n"),
                              new PageRequest(0, size));
                      assertEquals(expected, p.items().size());
                      assertEquals(3, p.total());
                      p.items().forEach(u -> u.roles().size());
                      return p;
                    })
                .statements());
  }

  @Test
  void aPageOfFiveCostsTheStatementsOfAPageOfTwo() {
    long two = statementsForAPageOf(2, 2);
    long five = statementsForAPageOf(5, 3);
    assertEquals(two, five, "the page's size does not add statements");
    assertEquals(two, statementsForAPageOf(2, 2));
  }

  @Test
  void onlyAnAdministrator() {
    Caller coordinator =
        new Caller(
            "th.hoa", "x", null, "HY.XA.TH", Set.of(Role.COORDINATOR), Set.of("HY.XA.TH"), false);
    assertThrows(
        Forbidden.class,
        () ->
            run(
                o ->
                    o.listUsers(
                        coordinator,
                        new OrgService.People(null, null, null),
                        new PageRequest(0, 5))));
    assertEquals(false, OrgService.mayAdminister(coordinator));
    assertEquals(true, OrgService.mayAdminister(ADMIN));
    assertThrows(Forbidden.class, () -> OrgService.requireAdministrator(coordinator));
    OrgService.requireAdministrator(ADMIN);
  }

  @Test
  void theOfferAndTheCheckAreOneRuleForEveryRole() {
    for (Role role : Role.values()) {
      Caller c = new Caller("u", "u", null, null, Set.of(role), Set.of(), false);
      boolean refused = false;
      try {
        OrgService.requireAdministrator(c);
      } catch (Forbidden e) {
        refused = true;
      }
      assertEquals(OrgService.mayAdminister(c), !refused, role.name());
    }
  }
}
