package vn.quytrinh.document;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.text.Text;

/**
 * A document's code (mã hiệu) such as {@code QT-01/HT} or {@code QT.HT.01}: letters, digits and
 * {@code - . / _}, unique within a unit regardless of case and spacing.
 */
public record DocumentCode(String value) {

  private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./_ -]{0,59}");

  public DocumentCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw invalid();
    }
  }

  private static InvalidInput invalid() {
    return new InvalidInput("code", "validation.document.code");
  }

  /** A code as typed; a control or invisible character in it is refused, never dropped. */
  public static DocumentCode parse(String raw) {
    if (Text.hasControlOrInvisible(raw)) {
      throw invalid();
    }
    String cleaned = Text.clean(raw);
    return new DocumentCode(cleaned == null ? null : cleaned.replaceAll("\\s+", " "));
  }

  /** The form two codes are compared in: "qt-01 / ht" and "QT-01/HT" are the same document. */
  public String key() {
    return Text.fold(value).replace(" ", "").toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
