package vn.quytrinh.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.time.TimeSource;

/** The units as a list: in code order, narrowed by level and parent, counted and paged there. */
class UnitListTest {

  JpaHarness db;

  @BeforeEach
  void open() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(new Unit("HY", "Tỉnh Hưng Yên", null, UnitLevel.TINH));
          em.flush();
          em.persist(new Unit("HY.SO.KHCN", "Sở Khoa học và Công nghệ", "HY", UnitLevel.SO));
          for (int i = 10; i < 30; i++) {
            em.persist(new Unit("HY.XA." + i, "Ủy ban nhân dân xã " + i, "HY", UnitLevel.XA));
          }
          em.flush();
          em.persist(new Unit("HY.XA.10.P1", "Phòng một", "HY.XA.10", UnitLevel.PHONG));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T run(Function<OrgService, T> work) {
    return db.inTransaction(
        em -> work.apply(new Wiring(em, new TimeSource(Clock.systemUTC())).org));
  }

  static List<String> codes(Page<Unit> p) {
    return p.items().stream().map(Unit::code).toList();
  }

  @Test
  void pagesInCodeOrderCountEveryUnit() {
    Page<Unit> first = run(o -> o.units(null, null, new PageRequest(0, 3)));
    assertEquals(List.of("HY", "HY.SO.KHCN", "HY.XA.10"), codes(first));
    assertEquals(
        List.of("HY.XA.10.P1", "HY.XA.11", "HY.XA.12"),
        codes(run(o -> o.units(null, null, new PageRequest(1, 3)))));
    assertEquals(23, first.total());
    assertEquals(
        List.of("HY.XA.28", "HY.XA.29"),
        codes(run(o -> o.units(null, null, new PageRequest(7, 3)))));
  }

  @Test
  void levelAndParentNarrowTheList() {
    Page<Unit> communes = run(o -> o.units(UnitLevel.XA, "HY", new PageRequest(0, 5)));
    assertEquals(20, communes.total());
    assertEquals(List.of("HY.XA.10", "HY.XA.11"), codes(communes).subList(0, 2));
    assertEquals(
        List.of("HY.XA.10.P1"), codes(run(o -> o.units(null, "HY.XA.10", new PageRequest(0, 5)))));
  }
}
