package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.quytrinh.legal.LegalDocumentNumber;

/**
 * Fuzz target of the citation recogniser (docs/testing.md): on any text it answers a list, never an
 * exception; every span lies within the text; a number it answers is a valid document number in its
 * compact form, and a number it cannot read is never invented.
 */
class CitationRecognizerFuzzTest {

  static final String CIVIL_STATUS = "60/2014/QH13";

  static final java.time.LocalDate ON = java.time.LocalDate.of(2024, 6, 1);

  final CitationRecognizer recognizer = new CitationRecognizer();

  @FuzzTest
  @DictionaryEntries({
    "Điều ",
    "khoản ",
    "Khoản ",
    "điểm ",
    "Điểm ",
    " và ",
    ", ",
    "Luật ",
    "Bộ luật ",
    " năm ",
    "Nghị định số ",
    "/2015/NĐ-CP",
    "/QĐ-UBND",
    "Thông tư ",
    " tại ",
    "; ",
    ". "
  })
  void find(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    CitationRecognizer.Registry registry =
        titles -> {
          assertNotNull(titles);
          for (String t : titles) {
            assertTrue(
                t.startsWith("luat ") || t.startsWith("bo luat ") || t.startsWith("phap lenh "), t);
            assertEquals(t, CitationRecognizer.blanksAsOne(t), "asked with blanks as one: " + t);
          }
          return titles.contains("luat ho tich")
              ? List.of(
                  new CitationRecognizer.Law(
                      CIVIL_STATUS, "Luật Hộ tịch", ON.minusYears(2), ON.minusYears(1), null))
              : List.of();
        };
    if (text.length() > CitationRecognizer.MAX_CHARS) {
      return;
    }
    List<CitationRecognizer.Found> found = recognizer.find(text, registry, ON);
    assertNotNull(found);
    for (CitationRecognizer.Found f : found) {
      assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), f::toString);
      if (f.kind() != CitationRecognizer.Kind.CITATION) {
        assertTrue(f.kind() == CitationRecognizer.Kind.UNREAD || f.number() == null, f::toString);
      } else if (f.lawName() == null) {
        assertNotNull(f.number(), f::toString);
        // the compact form of a valid number, never anything else
        assertEquals(f.number(), LegalDocumentNumber.parse(f.number()).value(), f::toString);
      } else {
        assertTrue(f.number() == null || f.number().equals(CIVIL_STATUS), f::toString);
        assertTrue(f.year() == null || (f.year() >= 1900 && f.year() <= 2099), f::toString);
      }
      if (f.article() == null) {
        // "điểm a khoản này": a place in the citing article itself, only of a SELF reference
        assertTrue(
            (f.clause() == null && f.point() == null) || f.kind() == CitationRecognizer.Kind.SELF,
            f::toString);
      } else {
        assertTrue(f.article().matches("\\d{1,3}[a-z]?"), f::toString);
      }
      if (f.clause() != null) {
        assertTrue(f.clause().matches("\\d{1,3}[a-z]?"), f::toString);
      }
      if (f.point() != null) {
        assertEquals(1, f.point().codePointCount(0, f.point().length()), f::toString);
        assertTrue(Character.isLetter(f.point().codePointAt(0)), f::toString);
      }
    }
    assertEquals(found, recognizer.find(text, registry, ON), "the same text reads the same");
    assertFalse(found.size() > text.length(), "no more citations than characters");
  }
}
