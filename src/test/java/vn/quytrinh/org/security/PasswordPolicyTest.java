package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.i18n.Message;

class PasswordPolicyTest {

  private static final String EMOJI = "\uD83D\uDE00"; // one code point, two chars

  private static void refused(String password, String because) {
    Optional<String> p = PasswordPolicy.problem(password).map(Message::toString);
    assertTrue(p.isPresent(), "should be refused: " + password);
    assertTrue(p.get().contains(because), p.get());
  }

  private static void accepted(String password) {
    assertEquals(Optional.empty(), PasswordPolicy.problem(password));
  }

  @Test
  void nineCharactersAreTooFew() {
    refused("123456789", "ít nhất 10 ký tự");
  }

  @Test
  void tenCharactersAreEnough() {
    // was "1234567890", which is now refused as one of the commonest passwords
    accepted("q7#Vx2!mLp");
  }

  @Test
  void composedVietnameseLettersCountOneEach() {
    String ten = "mậtkhẩuđẹp";
    assertTrue(Normalizer.isNormalized(ten, Normalizer.Form.NFC));
    assertEquals(10, ten.length());
    accepted(ten);
    refused("mậtkhẩuđẹ", "ít nhất 10 ký tự");
  }

  /** {@code n} different emoji: one code point, two chars each (no longer one repeated). */
  private static String emoji(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(0x1F400 + i);
    }
    return b.toString();
  }

  @Test
  void codePointsAreCountedNotChars() {
    assertEquals(EMOJI.length() * 9, emoji(9).length());
    refused(emoji(9), "ít nhất 10 ký tự");
    accepted(emoji(10));
    accepted(emoji(200));
    refused(emoji(201), "200");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"          ", "\t\t\t\t\t\n\n\n\n\n\n"})
  void blankIsRefused(String blank) {
    refused(blank, "bắt buộc");
  }

  /** A long password without repeats: letters and digits from a fixed walk. */
  private static String varied(int n) {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder b = new StringBuilder();
    long x = 12345;
    for (int i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      b.append(alphabet.charAt((int) (x % alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void atMostTwoHundred() {
    accepted(varied(200));
    refused(varied(201), "200");
  }

  // ---- beyond length (issue 10, point 14)

  @Test
  void oneCharacterRepeatedIsRefused() {
    refused("aaaaaaaaaa", "lặp lại");
    refused("a".repeat(200), "lặp lại");
    refused(EMOJI.repeat(10), "lặp lại");
  }

  @Test
  void aShortPatternRepeatedIsRefused() {
    refused("abcabcabcabc", "lặp lại");
    refused("Tr4ngTr4ngTr4ng", "lặp lại");
    refused("ababababab", "lặp lại");
  }

  @Test
  void theUsernameIsRefusedAloneOrInside() {
    refused("nguyen.van.an", "tên đăng nhập", "nguyen.van.an");
    refused("Nguyen.Van.An#2026!", "tên đăng nhập", "nguyen.van.an");
    accepted("q7#Vx2!mLp-Hà", "nguyen.van.an");
  }

  @Test
  void controlCharactersAreRefused() {
    refused("\u0000".repeat(10), "điều khiển");
    refused("q7#Vx2!mLp\u0000", "điều khiển");
    refused("q7#Vx2!\u0007mLp", "điều khiển");
  }

  @Test
  void mostlyCombiningMarksAreRefused() {
    refused("\u0301".repeat(10), "dấu kết hợp");
    // after NFC these stay marks: nothing composes with a digit
    refused("12" + "\u0334\u0335\u0336\u0337\u0338".repeat(2), "dấu kết hợp");
  }

  @Test
  void vietnameseDecomposedIsNotMarks() {
    String decomposed = Normalizer.normalize("Mưa rơi trên phố Hội", Normalizer.Form.NFD);
    accepted(decomposed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password123", "1234567890", "qwertyuiop", "iloveyou12", "Password1!"})
  void commonPasswordsAreRefused(String common) {
    refused(common, "dễ đoán");
  }

  private static void refused(String password, String because, String username) {
    Optional<String> p = PasswordPolicy.problem(password, username).map(Message::toString);
    assertTrue(p.isPresent(), "should be refused: " + password);
    assertTrue(p.get().contains(because), p.get());
  }

  private static void accepted(String password, String username) {
    assertEquals(Optional.empty(), PasswordPolicy.problem(password, username));
  }

  @Test
  void blanksInsideCount() {
    accepted("trăm năm  ");
    accepted("   Hà Nội ");
  }
}
