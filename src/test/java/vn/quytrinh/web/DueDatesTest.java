package vn.quytrinh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDatesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void overdueBeforeTodaySoonWithinThirtyDaysElseNothing() {
    assertEquals("overdue", DueDates.state(TODAY.minusDays(1), TODAY));
    assertEquals("soon", DueDates.state(TODAY, TODAY));
    assertEquals("soon", DueDates.state(TODAY.plusDays(30), TODAY));
    assertEquals("", DueDates.state(TODAY.plusDays(31), TODAY));
    assertEquals("", DueDates.state(null, TODAY));
  }
}
