package vn.quytrinh.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.quytrinh.platform.problem.InvalidInput;

/**
 * Query parameters read the same way everywhere, with 400 for bad values. Paging is {@link
 * PageParams}, bodies are {@link Bodies}, ETags and {@code If-Match} are {@link Preconditions}.
 */
public final class Params {

  private Params() {}

  /** An enum value by name, any case; null when absent; 400 naming the allowed values otherwise. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new InvalidInput(field, "problem.param.enum", allowed);
    }
  }

  /**
   * {@code true} or {@code false}, any case; null when absent; 400 naming the field otherwise
   * ({@code maybe} is not taken for false, as {@code Boolean.valueOf} would).
   */
  public static Boolean bool(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidInput(field, "problem.param.enum", "true, false");
    };
  }

  /**
   * A whole number written in ASCII digits, with an optional sign; null when absent; 400 naming the
   * field otherwise. Taken as text and read here rather than converted by the runtime, whose failed
   * conversion inside a {@code @BeanParam} logged three stack traces (23 KB) a request.
   */
  public static Integer integer(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    if (!s.matches("[+-]?[0-9]{1,10}")) {
      throw new InvalidInput(field, "problem.param.wrongType", field);
    }
    long n = Long.parseLong(s);
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw new InvalidInput(field, "problem.param.wrongType", field);
    }
    return (int) n;
  }

  /** The years a date in this domain can fall in: laws from 1900, plans to 2199. */
  public static final int FIRST_YEAR = 1900;

  public static final int LAST_YEAR = 2199;

  /**
   * A date {@code YYYY-MM-DD} between {@link #FIRST_YEAR} and {@link #LAST_YEAR}; null when absent.
   */
  public static LocalDate date(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "problem.param.date");
    }
    if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
      throw new InvalidInput(field, "problem.param.year", FIRST_YEAR, LAST_YEAR);
    }
    return d;
  }
}
