package vn.quytrinh.intake.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.PayloadTooLarge;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.FakeRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.FixedCaller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.upload.ImportLimiter;
import vn.quytrinh.platform.upload.ImportPermit;

/** An upload is refused by who sends it, its size or the imports running, before it is read. */
class ImportGateTest {

  static final String CSV = "text/csv";

  static Caller caller(Role role) {
    return new Caller("u", "U", null, "U1", Set.of(role), Set.of("U1"), false);
  }

  static ImportGate gate(Caller who, ImportLimiter limiter, ImportPermit permit) {
    return new ImportGate(new FixedCaller(who), limiter, permit, 20L * 1024 * 1024);
  }

  @Test
  void someoneWhoMayNotImportIs403BeforeAByteIsRead() {
    ImportLimiter limiter = new ImportLimiter(1);
    for (Role r : new Role[] {Role.READER, Role.ADMIN}) {
      FakeRequest req = new FakeRequest(CSV, FakeRequest.endless()).length(50L * 1024 * 1024);
      ProblemException e =
          assertThrows(
              ProblemException.class,
              () -> gate(caller(r), limiter, new ImportPermit()).filter(req.context()));
      assertEquals(403, e.status(), r.name());
      assertEquals(0, req.body.taken, "nothing read");
      assertEquals(1, limiter.available(), "no import place taken");
    }
  }

  @Test
  void unitsAndPeopleAreAnAdministratorsAndAnyoneElseIs403BeforeAByteIsRead() {
    ImportLimiter limiter = new ImportLimiter(1);
    for (String path : new String[] {"imports/units", "/imports/people"}) {
      for (Role r : new Role[] {Role.READER, Role.COORDINATOR}) {
        FakeRequest req = new FakeRequest(CSV, FakeRequest.endless()).path(path);
        ProblemException e =
            assertThrows(
                ProblemException.class,
                () -> gate(caller(r), limiter, new ImportPermit()).filter(req.context()));
        assertEquals(403, e.status(), path + " " + r);
        assertEquals(0, req.body.taken, "nothing read");
      }
      ImportPermit permit = new ImportPermit();
      FakeRequest req = new FakeRequest(CSV, FakeRequest.endless()).path(path).length(1000);
      gate(caller(Role.ADMIN), limiter, permit).filter(req.context());
      assertNull(req.aborted, "an administrator's file goes on: " + path);
      permit.release();
    }
    assertEquals(1, limiter.available());
  }

  @Test
  void aDeclaredSizeOverTheImportLimitIs413BeforeAByteIsRead() {
    ImportLimiter limiter = new ImportLimiter(1);
    FakeRequest req = new FakeRequest(CSV, FakeRequest.endless()).length(150L * 1024 * 1024);
    PayloadTooLarge e =
        assertThrows(
            PayloadTooLarge.class,
            () ->
                gate(caller(Role.COORDINATOR), limiter, new ImportPermit()).filter(req.context()));
    assertEquals(413, e.status());
    assertEquals(0, req.body.taken);
    assertEquals(1, limiter.available());
  }

  @Test
  void whenEveryPlaceIsTakenTheAnswerIs429ProblemWithRetryAfterAndTheFileIsNotRead() {
    ImportLimiter limiter = new ImportLimiter(1);
    ImportPermit running = new ImportPermit();
    FakeRequest first = new FakeRequest(CSV, FakeRequest.endless()).length(17L * 1024 * 1024);
    gate(caller(Role.COORDINATOR), limiter, running).filter(first.context());
    assertNull(first.aborted, "the first import goes on");

    FakeRequest second = new FakeRequest(CSV, FakeRequest.endless()).length(17L * 1024 * 1024);
    gate(caller(Role.COORDINATOR), limiter, new ImportPermit()).filter(second.context());
    Response busy = second.aborted;
    assertEquals(429, busy.getStatus());
    assertEquals("10", busy.getHeaderString("Retry-After"));
    assertTrue(
        busy.getMediaType().toString().startsWith("application/problem+json"),
        busy.getMediaType().toString());
    String body = (String) busy.getEntity();
    assertTrue(body.contains("\"status\":429") && body.contains("retryAfterSeconds"), body);
    assertTrue(body.contains("gửi lại sau 10 giây"), body);
    assertEquals(0, second.body.taken, "the refused file is not read");

    running.release(); // the first request ends
    FakeRequest third = new FakeRequest(CSV, FakeRequest.endless()).length(1024);
    ImportPermit thirds = new ImportPermit();
    gate(caller(Role.COORDINATOR), limiter, thirds).filter(third.context());
    assertNull(third.aborted, "a place given back is taken by the next");
    thirds.release();
    assertEquals(1, limiter.available());
  }
}
