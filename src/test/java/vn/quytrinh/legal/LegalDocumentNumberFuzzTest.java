package vn.quytrinh.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import vn.quytrinh.platform.problem.InvalidInput;

/**
 * Fuzz target of the document number (docs/testing.md): whatever a user types or pastes, {@link
 * LegalDocumentNumber#parse} answers a number or {@link InvalidInput} on field "number", and a
 * number it answers reads back as itself.
 */
class LegalDocumentNumberFuzzTest {

  @FuzzTest
  @DictionaryEntries({
    "/", "-", "&", "NĐ-CP", "QĐ-UBND", "QH13", "TTLT", "Số: ", "2015", "\u2013", "Đ", "0"
  })
  void parse(byte[] data) {
    String raw = new String(data, StandardCharsets.UTF_8);
    LegalDocumentNumber n;
    try {
      n = LegalDocumentNumber.parse(raw);
    } catch (InvalidInput refused) {
      assertEquals(400, refused.status());
      assertEquals("number", refused.errors().get(0).field());
      return;
    }
    String v = n.value();
    assertNotNull(v);
    assertTrue(v.length() <= LegalDocumentNumber.MAX_LENGTH, v);
    assertFalse(v.codePoints().anyMatch(Character::isWhitespace), v);

    // parse → format → parse: the compact form is a fixed point and the same document
    LegalDocumentNumber again = LegalDocumentNumber.parse(v);
    assertEquals(v, again.value());
    assertEquals(n, again);
    assertEquals(n.hashCode(), again.hashCode());
    assertEquals(n, new LegalDocumentNumber(v));
    // as printed in a document's header: "Số: 123/2015/NĐ-CP"
    assertEquals(n.key(), LegalDocumentNumber.parse("Số: " + v).key());

    assertTrue(n.serial() >= 1 && n.serial() <= 999_999_999, v);
    Integer year = n.year();
    assertTrue(
        year == null
            || (year >= LegalDocumentNumber.MIN_YEAR && year <= LegalDocumentNumber.MAX_YEAR),
        v);
    assertEquals(year != null, n.hasYear());
    assertEquals(v.substring(v.lastIndexOf('/') + 1), n.symbol());
    assertFalse(n.typeCode().isEmpty(), v);
    assertFalse(n.issuerCode().isEmpty(), v);
    assertTrue(n.key().startsWith(n.serial() + "/"), n.key());
  }
}
