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
    accepted("1234567890");
  }

  @Test
  void composedVietnameseLettersCountOneEach() {
    String ten = "mậtkhẩuđẹp";
    assertTrue(Normalizer.isNormalized(ten, Normalizer.Form.NFC));
    assertEquals(10, ten.length());
    accepted(ten);
    refused("mậtkhẩuđẹ", "ít nhất 10 ký tự");
  }

  @Test
  void codePointsAreCountedNotChars() {
    assertEquals(18, EMOJI.repeat(9).length());
    refused(EMOJI.repeat(9), "ít nhất 10 ký tự");
    accepted(EMOJI.repeat(10));
    accepted(EMOJI.repeat(200));
    refused(EMOJI.repeat(201), "200");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"          ", "\t\t\t\t\t\n\n\n\n\n\n"})
  void blankIsRefused(String blank) {
    refused(blank, "bắt buộc");
  }

  @Test
  void atMostTwoHundred() {
    accepted("a".repeat(200));
    refused("a".repeat(201), "200");
  }

  @Test
  void blanksInsideCount() {
    accepted("trăm năm  ");
    accepted("   Hà Nội ");
  }
}
