package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.InvalidInput;

class ParamsTest {

  @Test
  void aWholeNumberIsReadHereAndAnythingElseIs400NamingTheField() {
    assertEquals(null, Params.integer("page", null));
    assertEquals(null, Params.integer("page", " "));
    assertEquals(7, Params.integer("page", " 7 "));
    assertEquals(-1, Params.integer("page", "-1"));
    assertEquals(Integer.MAX_VALUE, Params.integer("page", "2147483647"));
    for (String bad :
        List.of("x", "1e3", "1.5", "2147483648", "99999999999999999999", "٣", "0x10")) {
      InvalidInput e =
          org.junit.jupiter.api.Assertions.assertThrows(
              InvalidInput.class, () -> Params.integer("page", bad), bad);
      assertEquals("page", e.errors().get(0).field(), bad);
    }
    PageParams typed = new PageParams();
    typed.page = "abc";
    InvalidInput e =
        org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, typed::request);
    assertEquals("page", e.errors().get(0).field());
  }

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
