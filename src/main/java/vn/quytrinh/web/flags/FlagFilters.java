package vn.quytrinh.web.flags;

import java.time.LocalDate;
import vn.quytrinh.impact.FlagStatus;
import vn.quytrinh.impact.ImpactService.FlagCriteria;
import vn.quytrinh.impact.Severity;
import vn.quytrinh.web.Filters;

/**
 * The filters of the flags register as the address carries them ({@code
 * ?unit=&status=&severity=&due=&dueFrom=&dueTo=}), shared by the page and its spreadsheet download.
 * A filter is not an order: a value that cannot be read is left out, not refused. Dates are typed
 * dd/MM/yyyy (as they are shown) or yyyy-MM-dd; {@code due} is a shortcut: {@code overdue} (due
 * before today, still open) or {@code soon} (open, due from today to 30 days on).
 */
public record FlagFilters(
    String unit, String status, String severity, String due, String dueFrom, String dueTo) {

  /** The criteria the service filters by in the database, on {@code today}. */
  public FlagCriteria criteria(LocalDate today) {
    FlagStatus s = Filters.parse(FlagStatus.class, status);
    LocalDate from = Filters.date(dueFrom);
    LocalDate to = Filters.date(dueTo);
    if ("overdue".equals(due)) {
      s = FlagStatus.OPEN;
      to = earlier(to, today.minusDays(1));
    } else if ("soon".equals(due)) {
      s = FlagStatus.OPEN;
      from = later(from, today);
      to = earlier(to, today.plusDays(vn.quytrinh.web.DueDates.SOON_DAYS));
    }
    return new FlagCriteria(
        s, Filters.blankToNull(unit), Filters.parse(Severity.class, severity), from, to, null);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
