package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RouteTest {

  @Test
  void theCookieNamesTheInstance() {
    assertEquals(
        "QUYTRINH_ROUTE=may-1; Path=/; HttpOnly; SameSite=Lax; Secure",
        Route.cookie("may-1", "/", true));
    assertEquals("QUYTRINH_ROUTE=b; Path=/; HttpOnly; SameSite=Lax", Route.cookie("b", "/", false));
  }

  @Test
  void aNameThatWouldBreakTheHeaderIsRefusedAtStart() {
    assertEquals("a_1", Route.checked("a_1"));
    assertThrows(IllegalArgumentException.class, () -> Route.checked("a; Domain=evil"));
    assertThrows(IllegalArgumentException.class, () -> Route.checked("x".repeat(33)));
  }
}
