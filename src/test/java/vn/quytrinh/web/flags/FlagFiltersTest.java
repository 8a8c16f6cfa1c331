package vn.quytrinh.web.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.quytrinh.impact.FlagStatus;
import vn.quytrinh.impact.ImpactService.FlagCriteria;
import vn.quytrinh.impact.Severity;

class FlagFiltersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void theAddressReadsAsTheServicesCriteria() {
    FlagCriteria k =
        new FlagFilters(" XA ", "OPEN", "AFFECTED", null, "01/12/2026", "2027-01-31")
            .criteria(TODAY);
    assertEquals(
        new FlagCriteria(
            FlagStatus.OPEN,
            "XA",
            Severity.AFFECTED,
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 1, 31),
            null),
        k);
  }

  @Test
  void aValueThatCannotBeReadIsLeftOutNotRefused() {
    FlagCriteria k =
        new FlagFilters("", "open?", "SEVERE", "later", "31/02/2026", "12/2026").criteria(TODAY);
    assertEquals(new FlagCriteria(null, null, null, null, null, null), k);
    assertNull(vn.quytrinh.web.Filters.date("01/01/1800"), "outside the years of the domain");
  }

  @Test
  void overdueAndSoonAreOpenFlagsBeforeTodayOrWithinThirtyDays() {
    assertEquals(
        new FlagCriteria(FlagStatus.OPEN, null, null, null, TODAY.minusDays(1), null),
        new FlagFilters(null, "DISMISSED", null, "overdue", null, null).criteria(TODAY));
    assertEquals(
        new FlagCriteria(FlagStatus.OPEN, null, null, TODAY, TODAY.plusDays(30), null),
        new FlagFilters(null, null, null, "soon", null, null).criteria(TODAY));
    // a narrower range typed beside the shortcut is kept
    assertEquals(
        new FlagCriteria(
            FlagStatus.OPEN,
            null,
            null,
            LocalDate.of(2026, 12, 10),
            LocalDate.of(2026, 12, 20),
            null),
        new FlagFilters(null, null, null, "soon", "10/12/2026", "20/12/2026").criteria(TODAY));
  }
}
