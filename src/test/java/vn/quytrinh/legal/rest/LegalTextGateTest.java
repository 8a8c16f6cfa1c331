package vn.quytrinh.legal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.FakeRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.FixedCaller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.upload.ImportLimiter;
import vn.quytrinh.platform.upload.ImportPermit;

/**
 * A legal text's upload passes the same gate as an import. It was read whole (up to 20 MB) before
 * the role was checked, and any number at once, each holding its Word file and its parse.
 */
class LegalTextGateTest {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static LegalTextGate gate(Role role, ImportLimiter limiter, ImportPermit permit) {
    Caller who = new Caller("u", "U", null, "U1", Set.of(role), Set.of("U1"), false);
    return new LegalTextGate(new FixedCaller(who), limiter, permit, 20L * 1024 * 1024);
  }

  @Test
  void someoneWhoDoesNotKeepTheRegistryIs403BeforeAByteIsRead() {
    ImportLimiter limiter = new ImportLimiter(1);
    FakeRequest req = new FakeRequest(DOCX, FakeRequest.endless()).length(19L * 1024 * 1024);
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> gate(Role.READER, limiter, new ImportPermit()).filter(req.context()));
    assertEquals(403, e.status());
    assertEquals(0, req.body.taken, "nothing read");
    assertEquals(1, limiter.available(), "no place taken");
  }

  @Test
  void aTextTakesOneOfTheImportsPlaces() {
    ImportLimiter limiter = new ImportLimiter(1);
    ImportPermit importRunning = new ImportPermit();
    importRunning.take(limiter);

    FakeRequest text = new FakeRequest(DOCX, FakeRequest.endless()).length(19L * 1024 * 1024);
    gate(Role.COORDINATOR, limiter, new ImportPermit()).filter(text.context());
    assertEquals(429, text.aborted.getStatus(), "the places are the imports' too");
    assertEquals("10", text.aborted.getHeaderString("Retry-After"));
    assertEquals(0, text.body.taken, "the refused file is not read");

    importRunning.release();
    FakeRequest next = new FakeRequest(DOCX, FakeRequest.endless()).length(1024);
    ImportPermit held = new ImportPermit();
    gate(Role.COORDINATOR, limiter, held).filter(next.context());
    assertNull(next.aborted, "a place given back is taken by the next");
    assertEquals(0, limiter.available());
    held.release();
  }

  @Test
  void aDeclaredSizeOverTheLimitIs413BeforeAByteIsRead() {
    FakeRequest req = new FakeRequest(DOCX, FakeRequest.endless()).length(150L * 1024 * 1024);
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () ->
                gate(Role.COORDINATOR, new ImportLimiter(1), new ImportPermit())
                    .filter(req.context()));
    assertEquals(413, e.status());
    assertEquals(0, req.body.taken);
  }

  @Test
  void theUploadsPassTheGateAndTheReadsDoNot() {
    int uploads = 0;
    for (Method m : LegalTextResource.class.getDeclaredMethods()) {
      boolean post = m.isAnnotationPresent(POST.class);
      assertEquals(post, m.isAnnotationPresent(LegalTextUpload.class), m.getName());
      uploads += post ? 1 : 0;
    }
    assertEquals(2, uploads, "a text as the body, or as a form's file");
  }
}
