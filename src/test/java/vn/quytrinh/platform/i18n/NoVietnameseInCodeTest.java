package vn.quytrinh.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No words for a person are written in Java: a string or character literal with a Vietnamese letter
 * (a tone or vowel mark, or đ) outside the allow-list fails. Comments may name the law in its own
 * words. The allow-list holds the parsers' vocabularies — words the code reads, not words it says —
 * and the sample data.
 */
class NoVietnameseInCodeTest {

  /** Vocabularies the parsers recognise. Each entry says why. */
  static final Set<String> ALLOWED =
      Set.of(
          // citation words: "năm", "số" as they are written around a number in the law
          "vn/quytrinh/intake/CitationRecognizer.java",
          "vn/quytrinh/intake/CitationText.java",
          // the column headings of the national TTHC lists and Quyết định công bố annexes
          "vn/quytrinh/intake/Columns.java",
          // "Mã hiệu:", "Lần ban hành:", "Ngày ban hành:": the page header of the standard Word
          // form
          "vn/quytrinh/intake/FormWords.java",
          // "Số: 123/…", "Điều 5": the words around a legal number or an article
          "vn/quytrinh/legal/LegalWords.java",
          // a place as the law writes it ("điểm a khoản 2 Điều 5"), read where a relation's
          // articles are typed
          "vn/quytrinh/legal/Place.java",
          // the law's structure words ("Chương", "Điều 35a.", "đ1)") and the verbs of amending
          // instructions ("Sửa đổi, bổ sung", "Bãi bỏ", "Thay thế cụm từ", "như sau")
          "vn/quytrinh/legal/text/LawWords.java",
          "vn/quytrinh/legal/text/AmendmentReader.java",
          // folding đ and its look-alikes for comparison and search
          "vn/quytrinh/platform/text/Text.java",
          // the OpenAPI annotation (a compile-time constant) names the product, QuyTrình
          "vn/quytrinh/platform/rest/QuyTrinhApplication.java");

  /**
   * Files whose messages have not been moved to the bundles yet (issue 14, point 1). This list only
   * shrinks: a file that no longer needs it fails {@link #everyListedFileStillNeedsIt}.
   */
  static final Set<String> NOT_YET_MOVED = Set.of();

  /** True for a letter with a Vietnamese tone or vowel mark, or đ/Đ. */
  static boolean vietnamese(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c == 'đ' || c == 'Đ') {
        return true;
      }
      boolean mark =
          c == '\u0300' // huyền
              || c == '\u0301' // sắc
              || c == '\u0303' // ngã
              || c == '\u0309' // hỏi
              || c == '\u0323' // nặng
              || c == '\u0302' // â ê ô
              || c == '\u0306' // ă
              || c == '\u031B'; // ơ ư
      if (mark && i > 0 && Character.isLetter(d.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theCheckSeesVietnameseAndNothingElse() {
    assertTrue(vietnamese("Không tìm thấy"));
    assertTrue(vietnamese("Đ"));
    assertTrue(vietnamese("ư"));
    assertTrue(vietnamese("Nghi\u0323 đi\u0323nh")); // decomposed
    assertFalse(vietnamese("Not found – ≤ 3 × 2 → ©"));
    assertFalse(vietnamese("naïve Ångström")); // a diaeresis and a ring are not Vietnamese
  }

  @Test
  void noJavaSourceOutsideTheAllowListHasVietnameseText() {
    List<String> found = new ArrayList<>();
    for (Path f : Sources.files()) {
      String name = Sources.name(f);
      if (ALLOWED.contains(name) || NOT_YET_MOVED.contains(name)) {
        continue;
      }
      for (Sources.Literal l : Sources.literals(f)) {
        if (vietnamese(l.text())) {
          found.add(name + ":" + l.line() + " \"" + l.text() + "\"");
        }
      }
    }
    assertEquals(List.of(), found, "Vietnamese text in Java; move it to the message bundles");
  }

  @Test
  void everyAllowedFileExists() {
    Set<String> present = Set.copyOf(Sources.files().stream().map(Sources::name).toList());
    for (String a : ALLOWED) {
      assertTrue(present.contains(a), "allow-listed file no longer exists: " + a);
    }
  }
}
