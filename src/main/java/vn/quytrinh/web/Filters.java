package vn.quytrinh.web;

/** What the lists' filters share: a value in the address is a filter, not an order. */
public final class Filters {

  private Filters() {}

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
