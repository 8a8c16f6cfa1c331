package vn.quytrinh.intake;

import java.util.regex.Pattern;

/**
 * The words of the standard Word form of a procedure that {@link ProcedureDocxReader} looks for: a
 * vocabulary the code reads, not words it says (those are in the message bundles). The section
 * headings are matched folded ({@code Text.fold}) in the reader itself.
 */
final class FormWords {

  private FormWords() {}

  /** "Mã hiệu: QT-04/HT" in the page header. */
  static final Pattern CODE =
      Pattern.compile("(?iu)m[ãa]\\s*hi[ệe]u\\s*:?\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}./_-]{1,40})");

  /** "Lần ban hành: 02" in the page header. */
  static final Pattern ISSUE = Pattern.compile("(?iu)l[ầa]n\\s*ban\\s*h[àa]nh\\s*:?\\s*(\\d{1,3})");

  /** "Ngày ban hành: 01/02/2025" in the page header. */
  static final Pattern DATE =
      Pattern.compile("(?iu)ng[àa]y\\s*ban\\s*h[àa]nh\\s*:?\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** The unit after a step's time, "3 ngày làm việc", dropped to read the number. */
  static final String DAYS_AND_AFTER = "(?iu)ng[àa]y.*$";
}
