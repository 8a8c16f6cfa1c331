package vn.quytrinh.legal;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.text.Text;

/**
 * A document's number and symbol (số ký hiệu): {@code 123/2015/NĐ-CP} for legal norms, which carry
 * their year, or {@code 3218/QĐ-UBND} for administrative documents, which do not.
 *
 * <p>{@link #value()} is the number as the user wrote it, only compacted; two numbers are the same
 * document when their {@link #key()}s are equal, so "Số 123 / 2015 / nđ-cp", "123/2015/ND-CP" and
 * "0123/2015/NĐ-CP" are one document.
 */
public record LegalDocumentNumber(String value) {

  static final int MAX_LENGTH = 60;
  static final int MIN_YEAR = 1945;
  static final int MAX_YEAR = 2100;

  private static final Pattern PREFIX = LegalWords.NUMBER_PREFIX;
  private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}]+");
  // Word processors turn hyphens into dashes; the symbol is the same either way.
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  // Segments start with a letter (digits follow, as in QH13) and join with '-'; '&' only between
  // letters or digits, as in BKH&ĐT.
  private static final Pattern SYMBOL =
      Pattern.compile(
          "\\p{L}[\\p{L}\\p{N}]*(?:&[\\p{L}\\p{N}]+)*(?:-[\\p{L}\\p{N}]+(?:&[\\p{L}\\p{N}]+)*)*");
  private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

  /** Accepts only the compact form {@link #parse} produces: no blanks, no leading "số". */
  public LegalDocumentNumber {
    split(value);
  }

  /** Reads a number as users type or paste it; throws {@link InvalidInput} on field "number". */
  public static LegalDocumentNumber parse(String raw) {
    if (Text.hasControlOrInvisible(raw)) {
      throw invalid("validation.number.invisible");
    }
    String s = Text.cleanOrNull(raw);
    if (s == null) {
      return new LegalDocumentNumber(null);
    }
    s = PREFIX.matcher(s).replaceFirst("");
    s = BLANKS.matcher(s).replaceAll("");
    s = DASHES.matcher(s).replaceAll("-");
    return new LegalDocumentNumber(s);
  }

  /** Identity: folded, upper case, Đ as D, serial without leading zeros. */
  public String key() {
    Parts p = split(value);
    return p.serial + (p.year == null ? "" : "/" + p.year) + "/" + fold(p.symbol);
  }

  public int serial() {
    return split(value).serial;
  }

  /** The year of issue, {@code null} for administrative documents numbered without it. */
  public Integer year() {
    return split(value).year;
  }

  public boolean hasYear() {
    return year() != null;
  }

  /** The symbol (ký hiệu) as written: {@code NĐ-CP}, {@code QĐ-UBND}, {@code QH13}. */
  public String symbol() {
    return split(value).symbol;
  }

  /**
   * The kind of document, folded: {@code ND} for NĐ-CP, {@code QD}, {@code TT}, {@code TTLT}; the
   * legislature's term is dropped, so QH13 and QH14 are both {@code QH}.
   */
  public String typeCode() {
    String symbol = symbol();
    int dash = symbol.indexOf('-');
    String first = dash < 0 ? symbol : symbol.substring(0, dash);
    return TRAILING_DIGITS.matcher(fold(first)).replaceFirst("");
  }

  /**
   * Who issued it, folded: {@code CP}, {@code TTG}, {@code BKHCN}, {@code BTC-BTP} for a joint
   * circular. A symbol without '-' names its issuer alone, as laws and resolutions of the National
   * Assembly do (QH13), so the issuer is then the {@link #typeCode()}.
   */
  public String issuerCode() {
    String symbol = symbol();
    int dash = symbol.indexOf('-');
    return dash < 0 ? typeCode() : fold(symbol.substring(dash + 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LegalDocumentNumber other && key().equals(other.key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  private static String fold(String s) {
    return Text.fold(s).toUpperCase(Locale.ROOT);
  }

  private record Parts(int serial, Integer year, String symbol) {}

  // One place that knows the grammar, so each kind of mistake gets its own message.
  private static Parts split(String value) {
    if (value == null || value.isBlank()) {
      throw invalid("validation.number.required");
    }
    if (value.length() > MAX_LENGTH) {
      throw invalid("validation.number.tooLong", MAX_LENGTH);
    }
    if (BLANKS.matcher(value).find()) {
      throw invalid("validation.number.blanks");
    }
    String[] parts = value.split("/", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw invalid("validation.number.form");
    }
    int serial = serial(parts[0]);
    Integer year = parts.length == 3 ? year(parts[1]) : null;
    String symbol = parts[parts.length - 1];
    if (symbol.isEmpty() || (parts.length == 2 && DIGITS.matcher(symbol).matches())) {
      throw invalid("validation.number.symbolMissing");
    }
    if (!SYMBOL.matcher(symbol).matches()) {
      throw invalid("validation.number.symbol", symbol);
    }
    return new Parts(serial, year, symbol);
  }

  private static int serial(String s) {
    if (!DIGITS.matcher(s).matches()) {
      throw invalid("validation.number.serialDigits");
    }
    String significant = s.replaceFirst("^0+", "");
    if (significant.isEmpty() || significant.length() > 9) {
      throw invalid("validation.number.serialRange", 1, 999999999);
    }
    return Integer.parseInt(significant);
  }

  private static int year(String s) {
    if (!YEAR.matcher(s).matches()) {
      throw invalid("validation.number.yearDigits");
    }
    int year = Integer.parseInt(s);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw invalid("validation.number.yearRange", MIN_YEAR, MAX_YEAR);
    }
    return year;
  }

  private static InvalidInput invalid(String key, Object... args) {
    return new InvalidInput("number", key, args);
  }
}
