package vn.quytrinh.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import vn.quytrinh.platform.time.TimeSource;

/**
 * How a due date is marked wherever a flag is shown (dashboard, register, one flag, a legal
 * document's flags): {@code overdue}, {@code soon} (within {@value #SOON_DAYS} days) or nothing;
 * and the same "soon" the register's filter means.
 */
@Named("due")
@ApplicationScoped
public class DueDates {

  public static final int SOON_DAYS = 30;

  private TimeSource time;

  @Inject
  public DueDates(TimeSource time) {
    this.time = time;
  }

  /** For the CDI client proxy only. */
  protected DueDates() {}

  /** The mark of a due date today, in Asia/Ho_Chi_Minh. */
  public String state(LocalDate due) {
    return state(due, time.today());
  }

  public static String state(LocalDate due, LocalDate today) {
    if (due == null) {
      return "";
    }
    if (due.isBefore(today)) {
      return "overdue";
    }
    return due.isAfter(today.plusDays(SOON_DAYS)) ? "" : "soon";
  }
}
