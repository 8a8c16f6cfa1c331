package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.InvalidInput;

class ParamsTest {

  @Test
  void aBooleanIsTrueOrFalseAndAnythingElseIs400NamingTheField() {
    assertEquals(Boolean.TRUE, Params.bool("active", "true"));
    assertEquals(Boolean.TRUE, Params.bool("active", " TRUE "));
    assertEquals(Boolean.FALSE, Params.bool("active", "false"));
    assertNull(Params.bool("active", null));
    assertNull(Params.bool("active", " "));
    for (String raw : new String[] {"maybe", "1", "yes", "falsey"}) {
      InvalidInput e = assertThrows(InvalidInput.class, () -> Params.bool("active", raw), raw);
      assertEquals(400, e.status());
      assertEquals("active", e.errors().get(0).field());
    }
  }
}
