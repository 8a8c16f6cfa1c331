package vn.quytrinh.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.quytrinh.platform.rest.Params;

/** What the lists' filters share: a value in the address is a filter, not an order. */
public final class Filters {

  /** A day as the pages show it and people type it: 21/10/2019. */
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Filters() {}

  /**
   * A typed day (dd/MM/yyyy as shown, or yyyy-MM-dd), or null when absent, not a day, or outside
   * the years of the domain.
   */
  public static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      LocalDate d = t.contains("/") ? LocalDate.parse(t, DAY) : LocalDate.parse(t);
      return d.getYear() < Params.FIRST_YEAR || d.getYear() > Params.LAST_YEAR ? null : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The constant named, or null when absent or unknown: an unknown value is left out. */
  public static <E extends Enum<E>> E parse(Class<E> type, String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The text typed, stripped, or null when nothing was. */
  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
