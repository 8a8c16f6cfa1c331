package vn.quytrinh.legal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.quytrinh.legal.LegalDocumentNumber;

/**
 * Fuzz target of the amendment reader (docs/testing.md): any text reads as a list of proposals,
 * never as an exception; a target is a valid document number in its compact form; places have the
 * shapes of article, clause and point; a phrase proposal carries its phrase; every proposal names a
 * line of the input; the same text reads the same.
 */
class AmendmentReaderFuzzTest {

  final AmendmentReader reader = new AmendmentReader();

  @FuzzTest
  @DictionaryEntries({
    "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP",
    "Sửa đổi, bổ sung ",
    "Bổ sung ",
    "Bãi bỏ ",
    "Thay thế cụm từ ",
    " bằng cụm từ ",
    " vào sau ",
    " như sau:",
    "khoản ",
    "điểm ",
    "Điều ",
    " tại ",
    "“",
    "”",
    "a) ",
    "1. ",
    "; "
  })
  void read(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    List<Amendment> found = reader.read(text);
    assertNotNull(found);
    int lines = text.split("\\r\\n|\\r|\\n", -1).length;
    for (Amendment a : found) {
      assertNotNull(a.kind());
      assertTrue(a.line() >= 1 && a.line() <= lines, a::toString);
      if (a.target() != null) {
        assertEquals(a.target(), LegalDocumentNumber.parse(a.target()).value(), a::toString);
      }
      for (Amendment.Place p : a.places()) {
        assertTrue(
            p.other() != null || p.article() != null || p.clause() != null || p.point() != null);
        assertTrue(p.article() == null || p.article().matches("\\d{1,4}[a-zđ]?"), a::toString);
        assertTrue(p.clause() == null || p.clause().matches("\\d{1,4}[a-zđ]?"), a::toString);
        assertTrue(p.point() == null || p.point().matches("[a-zđ]\\d{0,2}"), a::toString);
      }
      switch (a.kind()) {
        case REPLACE_PHRASE, ADD_PHRASE -> {
          assertNotNull(a.oldPhrase(), a::toString);
          assertNotNull(a.newPhrase(), a::toString);
        }
        case REMOVE_PHRASE -> assertNotNull(a.oldPhrase(), a::toString);
        default -> {}
      }
    }
    assertEquals(found, reader.read(text), "the same text reads the same");
  }
}
