package vn.quytrinh.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Form.NFD);
  }

  // ---- clean

  @Test
  void cleanComposesDecomposedVietnamese() {
    String composed = "Quy trình đăng ký khai sinh cho trẻ em";
    String decomposed = nfd(composed);
    assertNotEquals(composed, decomposed, "test input must really be decomposed");

    String cleaned = Text.clean(decomposed);

    assertEquals(composed, cleaned);
    assertTrue(Normalizer.isNormalized(cleaned, Form.NFC));
  }

  @Test
  void cleanRemovesControlCharactersButKeepsNewlineAndTab() {
    String raw = "Bước 1:\tTiếp\u0000 nhận\nBước 2:\u0007 Thẩm\u001b định\u007f\u0085 hồ sơ";

    assertEquals("Bước 1:\tTiếp nhận\nBước 2: Thẩm định hồ sơ", Text.clean(raw));
  }

  @Test
  void cleanRemovesCarriageReturns() {
    assertEquals("Dòng một\nDòng hai", Text.clean("Dòng một\r\nDòng hai\r"));
    assertEquals("ab", Text.clean("a\rb"));
  }

  @Test
  void cleanStripsSurroundingBlanksOnly() {
    assertEquals("Hồ sơ  gồm", Text.clean(" \t\n Hồ sơ  gồm \n\t "));
    assertEquals("Hồ sơ", Text.clean("\u0000  Hồ sơ\u0001 "));
  }

  @Test
  void cleanKeepsNullAndEmpty() {
    assertNull(Text.clean(null));
    assertEquals("", Text.clean(""));
    assertEquals("", Text.clean(" \u0002\r\n "));
  }

  @Test
  void cleanOrNullTurnsEmptyResultIntoNull() {
    assertNull(Text.cleanOrNull(null));
    assertNull(Text.cleanOrNull(""));
    assertNull(Text.cleanOrNull("   \t\n\r\u0000 "));
    assertEquals("Xã Tân Phú", Text.cleanOrNull("  Xã Tân Phú "));
    assertEquals("Xã Tân Phú", Text.cleanOrNull(nfd(" Xã Tân Phú")));
  }

  // ---- fold

  @Test
  void theLookAlikesOfĐFoldToD() {
    assertEquals("nd-cp nd-cp qd", Text.fold("NĐ-CP N\u00D0-CP Q\u00F0"));
  }

  @Test
  void foldRemovesEveryToneMarkOnBrevedAndCircumflexA() {
    assertEquals("aaaaa aaaaa", Text.fold("ắằẳẵặ ẤẦẨẪẬ"));
  }

  @ParameterizedTest
  @CsvSource({
    "aàáảãạ ăằắẳẵặ âầấẩẫậ, aaaaaa aaaaaa aaaaaa",
    "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ, aaaaaa aaaaaa aaaaaa",
    "eèéẻẽẹ êềếểễệ, eeeeee eeeeee",
    "EÈÉẺẼẸ ÊỀẾỂỄỆ, eeeeee eeeeee",
    "iìíỉĩị IÌÍỈĨỊ, iiiiii iiiiii",
    "oòóỏõọ ôồốổỗộ ơờớởỡợ, oooooo oooooo oooooo",
    "OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ, oooooo oooooo oooooo",
    "uùúủũụ ưừứửữự UÙÚỦŨỤ ƯỪỨỬỮỰ, uuuuuu uuuuuu uuuuuu uuuuuu",
    "yỳýỷỹỵ YỲÝỶỸỴ, yyyyyy yyyyyy",
  })
  void foldRemovesToneMarksFromComposedVowels(String composed, String folded) {
    assertEquals(
        folded.length(), composed.length(), "every letter of the input is one composed char");
    assertEquals(folded, Text.fold(composed));
    assertEquals(folded, Text.fold(nfd(composed)), "decomposed input folds the same");
  }

  @Test
  void foldHandlesEveryToneOnEveryVowelBuiltFromCombiningMarks() {
    String bases = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    for (char base : bases.toCharArray()) {
      String plain = nfd(String.valueOf(base)).substring(0, 1).toLowerCase(Locale.ROOT);
      for (String tone : tones) {
        String letter = Normalizer.normalize(base + tone, Form.NFC);
        assertEquals(1, letter.length(), "composes to one char: " + letter);
        assertEquals(plain, Text.fold(letter), "fold of " + letter);
        assertEquals(plain, Text.fold(base + tone), "fold of decomposed " + letter);
      }
    }
  }

  @Test
  void foldTurnsDStrokeIntoD() {
    assertEquals("dong dang duong", Text.fold("Đồng Đăng đường"));
    assertEquals("dd", Text.fold("đĐ"));
  }

  @Test
  void foldIsCaseInsensitive() {
    assertEquals("chung thuc ban sao", Text.fold("CHỨNG THỰC BẢN SAO"));
    assertEquals(Text.fold("Chứng thực"), Text.fold("chung thuc"));
    assertEquals(Text.fold("ĐĂNG KÝ KHAI SINH"), Text.fold("đăng ký khai sinh"));
  }

  @Test
  void foldGivesTheSameResultForComposedDecomposedAndPartlyComposedInput() {
    String composed = "Nghệ An – Hướng dẫn thủ tục";
    // ệ as ê + dot below: composed base, decomposed tone
    String partly = "Nghê\u0323 An – Hướng dẫn thủ tục";
    assertNotEquals(composed, partly);

    String expected = "nghe an – huong dan thu tuc";
    assertEquals(expected, Text.fold(composed));
    assertEquals(expected, Text.fold(nfd(composed)));
    assertEquals(expected, Text.fold(partly));
  }

  @Test
  void foldOfNullIsEmpty() {
    assertEquals("", Text.fold(null));
  }

  // ---- invisible characters

  @Test
  void cleanStripsBidiOverridesAndZeroWidthCharacters() {
    assertEquals("QTgpj.exe", Text.clean("QT\u202Egpj.exe"));
    assertEquals(
        "Quy trình chứng thực",
        Text.clean("\u2066Quy\u200B trình\u200D chứng\uFEFF thực\u2069\u200F\u061C"));
    assertEquals("dòng 1\ndòng 2", Text.clean("dòng 1\ndòng\u202A 2\u202C"));
  }

  @Test
  void controlAndInvisibleCharactersInsideAreFound() {
    assertTrue(Text.hasControlOrInvisible("QT-71\u0000/X"));
    assertTrue(Text.hasControlOrInvisible("QT\u202Egpj.exe"));
    assertTrue(Text.hasControlOrInvisible("1.001\u200B193"));
    assertTrue(Text.hasControlOrInvisible("QT-01\u0085/HT"));
    assertEquals(false, Text.hasControlOrInvisible("QT-01\t/ HT"), "blanks are blanks");
    assertEquals(false, Text.hasControlOrInvisible("  QT-01/HT \n"));
    assertEquals(false, Text.hasControlOrInvisible("Quy trình đăng ký"));
    assertEquals(false, Text.hasControlOrInvisible(null));
  }
}
