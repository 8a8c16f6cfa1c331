package vn.quytrinh.tthc;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.text.Text;

/**
 * A TTHC code of the national database, {@code 1.001193}, or a province's instance of it with its
 * suffix, {@code 2.000815.000.00.00.H55}.
 */
public record TthcCode(String value) {

  /** The length of a national code, {@code 1.001193}; a province's instance is longer. */
  public static final int NATIONAL_LENGTH = 8;

  private static final Pattern FORM =
      Pattern.compile("\\d\\.\\d{6}(\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})?");

  public TthcCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidInput("tthcCode", "validation.tthc.codeOf", value);
    }
  }

  public static TthcCode parse(String raw) {
    if (Text.hasControlOrInvisible(raw)) {
      return new TthcCode(null); // refused: a code with a control or invisible character
    }
    String s = Text.clean(raw);
    return new TthcCode(s == null ? null : s.toUpperCase(Locale.ROOT));
  }

  public static boolean isValid(String raw) {
    if (Text.hasControlOrInvisible(raw)) {
      return false;
    }
    String s = Text.clean(raw);
    return s != null && FORM.matcher(s.toUpperCase(Locale.ROOT)).matches();
  }

  /** The national code without a province's suffix. */
  public String national() {
    return value.substring(0, NATIONAL_LENGTH);
  }

  /** A code of the national database itself, not a province's instance of one. */
  public boolean isNational() {
    return value.length() == NATIONAL_LENGTH;
  }

  /**
   * The codes this one answers to: itself, and for a province's instance also the national code it
   * instantiates (a procedure written for {@code 2.000815.000.00.00.H55} implements 2.000815).
   */
  public List<String> withNational() {
    return isNational() ? List.of(value) : List.of(value, national());
  }

  /** The national code of a code as stored (already in its valid form). */
  public static String nationalOf(String code) {
    return new TthcCode(code).national();
  }

  @Override
  public String toString() {
    return value;
  }
}
