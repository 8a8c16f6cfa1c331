package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.problem.PreconditionFailed;
import vn.quytrinh.platform.problem.PreconditionRequired;

class PreconditionsTest {

  private static final String CURRENT = Preconditions.etag("v42", 7);

  @Test
  void etagIsQuotedIdDashRowVersion() {
    assertEquals("\"v42-7\"", CURRENT);
    assertEquals("\"d1-0\"", Preconditions.etag("d1", 0));
  }

  @Test
  void theResponseTagIsTheEtagTheCheckAccepts() {
    jakarta.ws.rs.core.EntityTag tag = Preconditions.tag(CURRENT);
    assertEquals("v42-7", tag.getValue());
    assertFalse(tag.isWeak());
    assertDoesNotThrow(() -> Preconditions.check("\"" + tag.getValue() + "\"", CURRENT, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void missingHeaderIsRefusedWhenRequired(String blank) {
    PreconditionRequired e =
        assertThrows(PreconditionRequired.class, () -> Preconditions.check(blank, CURRENT, true));
    assertEquals(428, e.status());
    PreconditionRequired n =
        assertThrows(PreconditionRequired.class, () -> Preconditions.check(null, CURRENT, true));
    assertEquals(428, n.status());
    assertTrue(n.detail().contains("If-Match"));
  }

  @Test
  void missingHeaderPassesWhenNotRequired() {
    assertDoesNotThrow(() -> Preconditions.check(null, CURRENT, false));
    assertDoesNotThrow(() -> Preconditions.check(" ", CURRENT, false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*",
        " * ",
        "\"v42-7\"",
        " \"v42-7\" ",
        "\"v42-5\", \"v42-7\"",
        "\"v42-5\",W/\"v42-6\" ,\"v42-7\"",
      })
  void matchingHeaderPasses(String ifMatch) {
    assertDoesNotThrow(() -> Preconditions.check(ifMatch, CURRENT, true));
    assertDoesNotThrow(() -> Preconditions.check(ifMatch, CURRENT, false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"v42-6\"",
        "\"v42-70\"",
        "\"v4-27\"",
        "\"v42-5\", \"v42-6\"",
        "W/\"v42-7\"",
        "\"v42-5\",\"v42-6\" ,W/\"v42-7\"",
      })
  void staleOrWeakTagFails(String ifMatch) {
    PreconditionFailed e =
        assertThrows(PreconditionFailed.class, () -> Preconditions.check(ifMatch, CURRENT, false));
    assertEquals(412, e.status());
    assertTrue(e.detail().contains(CURRENT), "tells the current ETag: " + e.detail());
  }

  /** RFC 9110: If-Match is "*" or a list of entity tags; a weak tag is a tag, just never equal. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"v42-7\", *",
        "*, \"v42-7\"",
        "\"v42-5\", *",
        "v42-7",
        "W/v42-7",
        "**",
        "\"v42-7"
      })
  void aMalformedHeaderIs400(String ifMatch) {
    vn.quytrinh.platform.problem.InvalidInput e =
        assertThrows(
            vn.quytrinh.platform.problem.InvalidInput.class,
            () -> Preconditions.check(ifMatch, CURRENT, false));
    assertEquals(400, e.status());
  }
}
