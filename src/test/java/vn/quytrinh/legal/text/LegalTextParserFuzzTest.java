package vn.quytrinh.legal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Fuzz target of the legal text parser (docs/testing.md): any text reads as a structure, never as
 * an exception; article numbers are unique and have their shape; clauses and points stand in the
 * law's order; every issue of the report names a line of the input; the same text reads the same.
 */
class LegalTextParserFuzzTest {

  final LegalTextParser parser = new LegalTextParser();

  @FuzzTest
  @DictionaryEntries({
    "Điều ",
    "Điều 35a. ",
    "Chương II",
    "Mục 1",
    "Phần thứ nhất",
    "1. ",
    "3a. ",
    "a) ",
    "đ1) ",
    "b.2) ",
    "“",
    "”",
    "\"",
    "Nơi nhận:",
    "./.",
    "Nghị định 1/2025/NĐ-CP. "
  })
  void parse(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    LegalText t = parser.parse(text);
    assertNotNull(t);
    int lines = text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1).length;
    Set<String> numbers = new HashSet<>();
    for (LegalText.Article a : t.articles()) {
      assertTrue(a.number().matches("\\d{1,4}[a-zđ]?"), a::number);
      assertTrue(numbers.add(a.number()), a::number);
      assertTrue(a.line() >= 1 && a.line() <= lines);
      int clause = -1;
      for (LegalText.Clause c : a.clauses()) {
        assertTrue(LawWords.clauseRank(c.number()) > clause, c::number);
        clause = LawWords.clauseRank(c.number());
        int point = -1;
        for (LegalText.Point p : c.points()) {
          assertTrue(LawWords.pointRank(p.label()) > point, p::label);
          point = LawWords.pointRank(p.label());
        }
      }
    }
    for (ParseIssue i : t.report()) {
      assertTrue(i.line() >= 1 && i.line() <= lines, i::toString);
      assertTrue(i.excerpt().length() <= ParseIssue.EXCERPT + 1);
    }
    assertEquals(t, parser.parse(text), "the same text reads the same");
  }
}
