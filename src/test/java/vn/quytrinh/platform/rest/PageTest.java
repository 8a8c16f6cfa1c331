package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void aListOfFortyOneInPagesOfTwentyIsThreePages() {
    Page<String> first = new Page<>(List.of(), 41, 0, 20);
    assertEquals(3, first.pages());
    assertFalse(first.hasPrevious());
    assertTrue(first.hasNext());
    Page<String> last = new Page<>(List.of(), 41, 2, 20);
    assertTrue(last.hasPrevious());
    assertFalse(last.hasNext());
    assertEquals(2, new Page<>(List.of(), 40, 0, 20).pages());
  }

  @Test
  void anEmptyListIsOneEmptyPage() {
    Page<String> none = new Page<>(List.of(), 0, 0, 20);
    assertEquals(1, none.pages());
    assertFalse(none.hasNext());
    assertEquals(1, new Page<>(List.of(), 5, 0, 0).pages(), "a size of zero pages nothing");
  }
}
