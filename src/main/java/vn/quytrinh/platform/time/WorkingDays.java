package vn.quytrinh.platform.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import vn.quytrinh.platform.i18n.Message;

/**
 * A duration in working days, fractions allowed (0.25, 0.5 day), as the one-stop-shop rules count
 * it. Kept as a decimal with at most two places so sums are exact.
 */
public final class WorkingDays {

  public static final BigDecimal MAX = new BigDecimal("3650");

  private WorkingDays() {}

  /** The value with trailing zeros removed and never in exponent form ("10", "0.5"). */
  public static BigDecimal normalize(BigDecimal d) {
    if (d == null) {
      return null;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }

  /** Why the value is not a valid number of working days, if it is not. */
  public static Optional<Message> problem(BigDecimal d) {
    if (d == null) {
      return Optional.empty();
    }
    if (d.signum() < 0) {
      return Optional.of(Message.of("validation.workingDays.negative"));
    }
    if (d.compareTo(MAX) > 0) {
      return Optional.of(Message.of("validation.workingDays.tooLarge", MAX));
    }
    if (normalize(d).scale() > 2) {
      return Optional.of(Message.of("validation.workingDays.decimals"));
    }
    return Optional.empty();
  }
}
