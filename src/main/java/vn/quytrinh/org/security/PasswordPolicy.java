package vn.quytrinh.org.security;

import java.util.Optional;
import vn.quytrinh.platform.i18n.Message;

/** What a password must be: at least 10 characters, at most 200, not only blanks. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  /** The reason the password is refused; empty when acceptable. */
  public static Optional<Message> problem(String password) {
    if (password == null || password.isBlank()) {
      return Optional.of(Message.of("validation.password.required"));
    }
    String nfc = java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFC);
    int length = nfc.codePointCount(0, nfc.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Message.of("validation.password.tooShort", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Message.of("validation.password.tooLong", MAX_LENGTH));
    }
    return Optional.empty();
  }
}
