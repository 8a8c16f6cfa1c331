package vn.quytrinh.web.editor;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Working days as a person types them in the editor: a decimal comma or point ("2,5", "0.25"), in
 * quarter-day steps (a quarter day is the smallest unit the one-stop shops plan with), never
 * negative, at most {@link vn.quytrinh.platform.time.WorkingDays#MAX}.
 */
public final class DaysText {

  private static final BigDecimal QUARTER = new BigDecimal("0.25");

  private DaysText() {}

  /** The number of days written, blank for none; empty when it is not a number of days. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip().replace(',', '.');
    if (!t.matches("\\d{1,4}(\\.\\d{1,2})?")) {
      throw new IllegalArgumentException("not a plain number of days");
    }
    BigDecimal d = new BigDecimal(t);
    if (d.remainder(QUARTER).signum() != 0
        || d.compareTo(vn.quytrinh.platform.time.WorkingDays.MAX) > 0) {
      throw new IllegalArgumentException("not in quarter days within the maximum");
    }
    return Optional.of(vn.quytrinh.platform.time.WorkingDays.normalize(d));
  }

  /** Whether the text is blank or a number of days {@link #parse} takes. */
  public static boolean valid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
