package vn.quytrinh.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** Text as users write it, stored NFC-normalised; and the folded form used for comparisons. */
public final class Text {

  /** The text of bytes that must be valid UTF-8; empty when they are not. */
  public static java.util.Optional<String> strictUtf8(byte[] bytes) {
    try {
      return java.util.Optional.of(
          java.nio.charset.StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  private Text() {}

  /** NFC, control characters (but tab and line breaks) removed, surrounding blanks trimmed. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\r') {
        continue;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      b.append(c);
    }
    return b.toString().strip();
  }

  /**
   * Bidirectional controls (U+061C, U+200E/F, U+202A–E, U+2066–9) and zero-width characters
   * (U+200B–D, U+2060–4, U+FEFF, U+180E): invisible, they make text read other than it is stored
   * ("QT\u202Egpj.exe" shows as "QTexe.jpg"). Vietnamese needs none of them; titles and content
   * lose them, codes and numbers holding one are refused.
   */
  public static boolean isInvisible(char c) {
    return c == 0x061C
        || c == 0x180E
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2064)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF;
  }

  /**
   * Whether the text holds a control character other than a blank (tab and line breaks are read as
   * blanks, as before) or an {@link #isInvisible invisible} one: a code or number with one is
   * refused rather than silently cleaned, so what is stored is what was typed.
   */
  public static boolean hasControlOrInvisible(String raw) {
    if (raw == null) {
      return false;
    }
    String s = raw.strip(); // blanks and line breaks around a pasted code are no part of it
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((Character.isISOControl(c) && !Character.isWhitespace(c)) || isInvisible(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #clean} that turns an empty result into {@code null}. */
  public static String cleanOrNull(String s) {
    String c = clean(s);
    return c == null || c.isEmpty() ? null : c;
  }

  /** Without diacritics, đ/Đ to d/D, the case kept: "Đơn vị" → "Don vi" (ASCII file names). */
  public static String withoutMarks(String s) {
    return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  /**
   * Lower case, without diacritics, đ (and its look-alike Ð) folded to d: "Chứng thực" and "chung
   * thuc" fold alike.
   */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      // Ð (U+00D0, eth) and Ɖ stand in for Đ in fonts and legacy encodings
      if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð' || c == 'ɖ' || c == 'Ɖ') {
        c = 'd';
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
