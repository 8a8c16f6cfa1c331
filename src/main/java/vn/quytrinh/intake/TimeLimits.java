package vn.quytrinh.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.platform.text.Text;

/**
 * Time limits as the national TTHC database writes them, in working days: "03 ngày làm việc" → 3,
 * "0,5 ngày" → 0.5, "Trong ngày", "Giải quyết trong ngày" and "Ngay sau khi (khi) nhận đủ hồ sơ" →
 * 0 (the same day), "Trong ngày làm việc tiếp theo" → 1. The original text is always kept beside
 * the number.
 */
public final class TimeLimits {

  private static final Pattern DAYS = Pattern.compile("(\\d+/\\d+|\\d+(?:[.,]\\d+)?)\\s*ngay");
  // the whole limit is the next working day; "trong ngày ... hoặc ngày làm việc tiếp theo" is not
  private static final Pattern NEXT_DAY =
      Pattern.compile("(trong |vao )?ngay lam viec (tiep theo|ke tiep)");
  private static final Pattern HOURS = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*gio lam viec");

  private TimeLimits() {}

  public static Optional<BigDecimal> workingDays(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String f =
        Text.fold(text)
            .replaceAll("\\s+", " ")
            .strip()
            .replaceFirst("^(giai quyet|tra ket qua) (?=trong|ngay)", "");
    if (NEXT_DAY.matcher(f).lookingAt()) {
      return Optional.of(BigDecimal.ONE);
    }
    if (f.startsWith("trong ngay")
        || f.startsWith("ngay trong ngay")
        || f.startsWith("ngay sau khi")
        || f.startsWith("ngay khi")
        || f.startsWith("giai quyet ngay")
        || f.equals("ngay")) {
      return Optional.of(BigDecimal.ZERO);
    }
    Matcher days = DAYS.matcher(f);
    if (days.find()) {
      return number(days.group(1));
    }
    Matcher hours = HOURS.matcher(f);
    if (hours.find()) {
      return number(hours.group(1))
          .map(h -> plain(h.divide(new BigDecimal(8), 2, RoundingMode.HALF_UP)));
    }
    return Optional.empty();
  }

  /** The number written, or none for a fraction over zero ("1/0 ngày" says no number of days). */
  private static Optional<BigDecimal> number(String n) {
    BigDecimal v;
    if (n.contains("/")) {
      String[] p = n.split("/");
      BigDecimal over = new BigDecimal(p[1]);
      if (over.signum() == 0) {
        return Optional.empty();
      }
      v = new BigDecimal(p[0]).divide(over, 2, RoundingMode.HALF_UP);
    } else {
      v = new BigDecimal(n.replace(',', '.'));
    }
    return Optional.of(plain(v));
  }

  /** Without trailing zeros and never in exponent form: 80 hours are 10 days, not 1E+1. */
  private static BigDecimal plain(BigDecimal v) {
    v = v.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
