package vn.quytrinh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.text.Text;

class SnippetsTest {

  @Test
  void aMatchMarksTheWordsItWasFoundIn() {
    String text = "Thủ tục chứng thực bản sao từ bản chính tại Ủy ban nhân dân xã.";
    assertEquals(
        "Thủ tục <mark>chứng</mark> <mark>thực</mark> bản sao từ bản chính tại Ủy ban nhân dân xã.",
        Snippets.of(List.of("chung", "thuc"), "t", text));
  }

  /**
   * Stacked marks NFC cannot compose fold to fewer characters: the marked words drifted ahead of
   * the match, by as many characters as were dropped before it.
   */
  @Test
  void marksThatDoNotComposeDoNotMoveTheMatch() {
    String stacked = "ạ\u0301\u0302\u0303\u0309 ";
    String text = "Mục đích " + stacked.repeat(60) + "đoạn cuối có từ Timkiemxyz ở đây, hết.";
    String snippet = Snippets.of(List.of("timkiemxyz"), "t", text);
    assertTrue(snippet.contains("<mark>Timkiemxyz</mark> ở đây"), snippet);
    assertEquals(1, snippet.split("<mark>", -1).length - 1, snippet);
  }

  /** A passage starts and ends between whole characters: never half an emoji, never a bare mark. */
  @Test
  void aPassageIsCutBetweenWholeCharacters() {
    String text = "😀 ".repeat(60) + "Timkiemxyz " + "😀 ".repeat(60);
    String snippet = Snippets.of(List.of("timkiemxyz"), "t", text);
    assertTrue(snippet.contains("<mark>Timkiemxyz</mark>"), snippet);
    String inner = snippet.replace("…", "");
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(
            i + 1 < inner.length() && Character.isLowSurrogate(inner.charAt(i + 1)), snippet);
      }
      if (Character.isLowSurrogate(c)) {
        assertTrue(i > 0 && Character.isHighSurrogate(inner.charAt(i - 1)), snippet);
      }
    }
    String marks = "a\u0301\u0323".repeat(100);
    String cut = Snippets.of(List.of("nothing"), marks, null);
    assertFalse(
        Character.getType(cut.replace("…", "").codePointAt(0)) == Character.NON_SPACING_MARK);
    assertTrue(cut.endsWith("…"), cut);
    assertEquals(0, (cut.length() - 1) % 3, "whole letters, each with its two marks: " + cut);
  }

  @Test
  void foldingOneCodePointAtATimeIsFoldingTheText() {
    String text =
        "Đăng ký KHAI SINH; Ủy ban nhân dân xã Tân Hòa ĐƯỢC ÐÆ İ ß ǅ ạ\u0301\u0302 😀 ǈ Ꭰ";
    assertEquals(Text.fold(text), Snippets.Folded.of(text).text());
  }
}
