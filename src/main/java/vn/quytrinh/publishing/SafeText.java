package vn.quytrinh.publishing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * User text made safe for an XML-based file: what XML 1.0 forbids (C0 controls other than tab and
 * line feed, lone surrogates, U+FFFE, U+FFFF) and C1 controls are dropped, line ends become {@code
 * \n}, the result is NFC. Escaping is separate: {@link #escape}.
 */
final class SafeText {

  static final String DASH = "—";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private SafeText() {}

  /** The text without characters XML cannot hold, NFC; {@code null} stays {@code null}. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean keep;
      int width = 1;
      if (Character.isHighSurrogate(c)) {
        keep = i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
        width = keep ? 2 : 1;
      } else if (Character.isLowSurrogate(c)) {
        keep = false;
      } else if (c == '\r') {
        // \r\n and a lone \r both end a line
        if (b == null) {
          b = new StringBuilder(n).append(s, 0, i);
        }
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          continue;
        }
        b.append('\n');
        continue;
      } else {
        keep = c == '\t' || c == '\n' || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c < 0xFFFE);
      }
      if (keep) {
        if (b != null) {
          b.append(s, i, i + width);
        }
      } else if (b == null) {
        b = new StringBuilder(n).append(s, 0, i);
      }
      i += width - 1;
    }
    String out = b == null ? s : b.toString();
    return Normalizer.isNormalized(out, Normalizer.Form.NFC)
        ? out
        : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** {@link #clean} on one line: line breaks and tabs become spaces (headers, cell titles). */
  static String oneLine(String s) {
    String c = clean(s);
    return c == null ? null : c.replace('\n', ' ').replace('\t', ' ').strip();
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** The cleaned text, or "—" when there is none. */
  static String orDash(String s) {
    String c = clean(s);
    return c == null || c.isBlank() ? DASH : c;
  }

  static String date(LocalDate d) {
    return d == null ? DASH : DATE.format(d);
  }

  /** Working days as Vietnamese write them: "0,5", "10", "0,25". */
  static String days(BigDecimal d) {
    if (d == null) {
      return DASH;
    }
    String plain = d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    return plain.replace('.', ',');
  }

  /** Escapes for XML text and attribute values (the text must be {@link #clean}ed already). */
  static void escape(CharSequence s, Appendable out) throws java.io.IOException {
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      String rep;
      switch (s.charAt(i)) {
        case '&' -> rep = "&amp;";
        case '<' -> rep = "&lt;";
        case '>' -> rep = "&gt;";
        case '"' -> rep = "&quot;";
        default -> rep = null;
      }
      if (rep != null) {
        out.append(s, start, i).append(rep);
        start = i + 1;
      }
    }
    out.append(s, start, n);
  }
}
