package vn.quytrinh.org.security;

import java.util.Optional;

/** What a password must be: at least 10 characters, at most 200, not only blanks. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  /** The reason the password is refused, in Vietnamese and English; empty when acceptable. */
  public static Optional<String> problem(String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("Mật khẩu là bắt buộc (password required).");
    }
    String nfc = java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFC);
    int length = nfc.codePointCount(0, nfc.length());
    if (length < MIN_LENGTH) {
      return Optional.of("Mật khẩu phải có ít nhất 10 ký tự (at least 10 characters).");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("Mật khẩu dài quá 200 ký tự (at most 200 characters).");
    }
    return Optional.empty();
  }
}
