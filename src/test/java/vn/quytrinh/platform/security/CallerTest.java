package vn.quytrinh.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.problem.NotFound;

class CallerTest {

  private static final Set<String> HUYEN_A = Set.of("UBND-HUYEN-A", "UBND-XA-A1", "UBND-XA-A2");

  private static Caller caller(Set<Role> roles, Set<String> scope, boolean provinceWide) {
    return new Caller(
        "nguoidung", "Nguyễn Thị Hoa", "Chuyên viên", "UBND-HUYEN-A", roles, scope, provinceWide);
  }

  @Test
  void seesOnlyItsScope() {
    Caller c = caller(Set.of(Role.READER), HUYEN_A, false);
    assertTrue(c.sees("UBND-XA-A1"));
    assertTrue(c.sees("UBND-HUYEN-A"));
    assertFalse(c.sees("UBND-HUYEN-B"));
    assertFalse(c.sees("UBND-TINH"));
  }

  @Test
  void provinceWideSeesEveryUnit() {
    Caller c = caller(Set.of(Role.OVERSIGHT), Set.of(), true);
    assertTrue(c.provinceWide());
    assertTrue(c.sees("UBND-HUYEN-B"));
    assertTrue(c.sees("BAT-KY"));
  }

  @Test
  void readerInScopeDoesNotReadWork() {
    Caller c = caller(Set.of(Role.READER), HUYEN_A, false);
    assertFalse(c.readsWorkOf("UBND-XA-A1"));
  }

  @Test
  void auditorInScopeReadsWork() {
    Caller c = caller(Set.of(Role.AUDITOR), HUYEN_A, false);
    assertTrue(c.readsWorkOf("UBND-XA-A1"));
    assertFalse(c.readsWorkOf("UBND-HUYEN-B"), "not outside the scope");
  }

  @Test
  void everyWorkRoleReadsWorkInScope() {
    for (Role r : Role.READ_ALL) {
      assertTrue(caller(Set.of(r), HUYEN_A, false).readsWorkOf("UBND-XA-A2"), r.name());
    }
    assertFalse(caller(Set.of(), HUYEN_A, false).readsWorkOf("UBND-XA-A2"));
  }

  @Test
  void oversightReadsWorkEverywhere() {
    assertTrue(caller(Set.of(Role.OVERSIGHT), Set.of(), true).readsWorkOf("UBND-HUYEN-B"));
  }

  @Test
  void hasAndHasAny() {
    Caller c = caller(Set.of(Role.REVIEWER, Role.READER), HUYEN_A, false);
    assertTrue(c.has(Role.REVIEWER));
    assertFalse(c.has(Role.APPROVER));
    assertTrue(c.hasAny(List.of(Role.APPROVER, Role.READER)));
    assertFalse(c.hasAny(List.of(Role.ADMIN, Role.AUDITOR)));
  }

  @Test
  void requireRefusesWithForbidden() {
    Caller c = caller(Set.of(Role.READER), HUYEN_A, false);
    Forbidden e = assertThrows(Forbidden.class, () -> c.require(Role.APPROVER, Role.COORDINATOR));
    assertEquals(403, e.status());
    assertTrue(e.detail().contains("APPROVER"), e.detail());
    assertDoesNotThrow(() -> c.require(Role.APPROVER, Role.READER));
  }

  @Test
  void requireInChecksRoleAndScope() {
    Caller c = caller(Set.of(Role.COORDINATOR), HUYEN_A, false);
    assertDoesNotThrow(() -> c.requireIn("UBND-XA-A1", Role.COORDINATOR));
    Forbidden outside =
        assertThrows(Forbidden.class, () -> c.requireIn("UBND-HUYEN-B", Role.COORDINATOR));
    assertTrue(outside.detail().contains("UBND-HUYEN-B"), outside.detail());
    assertThrows(Forbidden.class, () -> c.requireIn("UBND-XA-A1", Role.APPROVER));
  }

  @Test
  void requireVisibleHidesWithNotFound() {
    Caller c = caller(Set.of(Role.APPROVER), HUYEN_A, false);
    NotFound e =
        assertThrows(NotFound.class, () -> c.requireVisible("UBND-HUYEN-B", "tài liệu QT-01"));
    assertEquals(404, e.status());
    assertTrue(e.detail().contains("tài liệu QT-01"), e.detail());
    assertDoesNotThrow(() -> c.requireVisible("UBND-XA-A2", "tài liệu QT-01"));
  }

  @Test
  void callerKeepsItsOwnCopies() {
    Set<String> scope = new HashSet<>(Set.of("UBND-XA-A1"));
    EnumSet<Role> roles = EnumSet.of(Role.READER);
    Caller c = caller(roles, scope, false);
    scope.add("UBND-HUYEN-B");
    roles.add(Role.ADMIN);
    assertFalse(c.sees("UBND-HUYEN-B"));
    assertFalse(c.has(Role.ADMIN));
    assertThrows(UnsupportedOperationException.class, () -> c.scope().add("X"));
  }
}
