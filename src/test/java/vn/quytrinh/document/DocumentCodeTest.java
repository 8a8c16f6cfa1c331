package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

class DocumentCodeTest {

  @Test
  void parseTrimsAndCollapsesBlanks() {
    assertEquals("QT-01/HT", DocumentCode.parse("  QT-01/HT \n").value());
    assertEquals("QT-01 / HT", DocumentCode.parse("QT-01   /\t HT").value());
    assertEquals("QT 01 HT", DocumentCode.parse("QT\n01\r\nHT").value());
  }

  @Test
  void parseComposesVietnameseLetters() {
    String nfd = Normalizer.normalize("QĐ-Hộ tịch.01", Normalizer.Form.NFD);
    assertEquals("QĐ-Hộ tịch.01", DocumentCode.parse(nfd).value());
  }

  @Test
  void keyIgnoresCaseSpacesAndDiacritics() {
    String key = DocumentCode.parse("QT-01/HT").key();
    assertEquals("QT-01/HT", key);
    assertEquals(key, DocumentCode.parse("qt-01/ht").key());
    assertEquals(key, DocumentCode.parse("QT-01 / HT").key());
    assertEquals(key, DocumentCode.parse(" Qt - 01 /  hT ").key());
    assertEquals("QD-HOTICH.01", DocumentCode.parse("QĐ-Hộ tịch.01").key());
    assertEquals(
        DocumentCode.parse("qđ-hộ tịch.01").key(), DocumentCode.parse("QD-HO TICH.01").key());
  }

  @Test
  void differentCodesHaveDifferentKeys() {
    assertNotEquals(DocumentCode.parse("QT-01/HT").key(), DocumentCode.parse("QT-02/HT").key());
    assertNotEquals(DocumentCode.parse("QT-01/HT").key(), DocumentCode.parse("QT.01/HT").key());
  }

  @Test
  void allowedCharacters() {
    for (String ok : List.of("QT-01/HT", "QT.HT.01", "BM_02", "1", "Quy trình 01", "ĐK-KS/2026")) {
      assertEquals(ok, DocumentCode.parse(ok).value());
      assertEquals(ok, DocumentCode.parse(ok).toString());
    }
  }

  @Test
  void sixtyCharactersAreAllowed() {
    String sixty = "Q" + "T".repeat(59);
    assertEquals(sixty, DocumentCode.parse(sixty).value());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "-abc", ".abc", "/HT", "a<b>", "QT#01", "QT-01;", "QT+01"})
  void invalidCodesAreInvalidInput(String raw) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> DocumentCode.parse(raw));
    assertEquals(400, e.status());
    assertEquals(List.of("code"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void sixtyOneCharactersAreTooMany() {
    String sixtyOne = "Q" + "T".repeat(60);
    assertThrows(InvalidInput.class, () -> DocumentCode.parse(sixtyOne));
  }

  @Test
  void constructorDoesNotClean() {
    assertThrows(InvalidInput.class, () -> new DocumentCode(" QT-01"));
    assertThrows(InvalidInput.class, () -> new DocumentCode("QT\n01"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "QT-71\u0000/X",
        "QT\u202Egpj.exe",
        "QT-01\u200B/HT",
        "QT\u2066-01\u2069",
      })
  void aControlOrInvisibleCharacterInACodeIsRefusedNotDropped(String raw) {
    org.junit.jupiter.api.Assertions.assertThrows(
        vn.quytrinh.platform.problem.InvalidInput.class, () -> DocumentCode.parse(raw));
  }
}
