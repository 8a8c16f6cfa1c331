package vn.quytrinh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.rest.Page;

class PagerTest {

  @Test
  void pagesPreviousAndNext() {
    Pager first = Pager.of(new Page<>(List.of(), 51, 0, 25), 25);
    assertEquals(3, first.pages());
    assertFalse(first.hasPrevious());
    assertTrue(first.hasNext());
    Pager last = Pager.of(new Page<>(List.of(), 51, 2, 25), 25);
    assertTrue(last.hasPrevious());
    assertFalse(last.hasNext());
  }

  @Test
  void anEmptyListIsOnePage() {
    Pager none = Pager.of(new Page<>(List.of(), 0, 0, 25), 25);
    assertEquals(1, none.pages());
    assertFalse(none.hasNext());
  }
}
