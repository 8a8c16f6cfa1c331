package vn.quytrinh.org.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.quytrinh.platform.i18n.Message;

/**
 * What a password must be: 10 to 200 characters, no control characters, not mostly combining marks,
 * not the username nor containing it, not one character or a short pattern repeated, and not easy
 * to guess — a common password, a word, a keyboard walk or a date (zxcvbn's lists and matchers,
 * score at least {@link #MIN_SCORE} of 4, i.e. more than 10⁸ guesses).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;
  static final int MIN_SCORE = 2;
  static final int MIN_DISTINCT = 4;

  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  private PasswordPolicy() {}

  /** The reason the password is refused; empty when acceptable. */
  public static Optional<Message> problem(String password) {
    return problem(password, null);
  }

  /** The same, also refusing a password that is or contains the username. */
  public static Optional<Message> problem(String password, String username) {
    if (password == null || password.isBlank()) {
      return Optional.of(Message.of("validation.password.required"));
    }
    String nfc = Normalizer.normalize(password, Normalizer.Form.NFC);
    if (nfc.codePoints().anyMatch(Character::isISOControl)) {
      return Optional.of(Message.of("validation.password.control"));
    }
    int length = nfc.codePointCount(0, nfc.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Message.of("validation.password.tooShort", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Message.of("validation.password.tooLong", MAX_LENGTH));
    }
    long marks = nfc.codePoints().filter(PasswordPolicy::isMark).count();
    if (marks * 2 >= length) {
      return Optional.of(Message.of("validation.password.marks"));
    }
    String folded = nfc.toLowerCase(Locale.ROOT);
    String user =
        username == null ? "" : Normalizer.normalize(username, Normalizer.Form.NFC).strip();
    if (user.length() >= 3 && folded.contains(user.toLowerCase(Locale.ROOT))) {
      return Optional.of(Message.of("validation.password.username"));
    }
    if (nfc.codePoints().distinct().count() < MIN_DISTINCT || repeatsAPattern(folded)) {
      return Optional.of(Message.of("validation.password.repeated"));
    }
    Strength strength = ZXCVBN.measure(nfc, user.isEmpty() ? List.of() : List.of(user));
    if (strength.getScore() < MIN_SCORE) {
      return Optional.of(Message.of("validation.password.guessable"));
    }
    return Optional.empty();
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  /** Whether the text is one shorter piece written two or more times ("abcabcabc"). */
  static boolean repeatsAPattern(String s) {
    return (s + s).indexOf(s, 1) < s.length();
  }
}
