package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.text.LegalText;

class LegalTextDocxReaderTest {

  static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument d = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        d.createParagraph().createRun().setText(p);
      }
      d.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void theParagraphsOfAWordFileReadAsTheLinesOfTheText() throws IOException {
    LegalText t =
        new LegalTextDocxReader()
            .read(
                docx(
                    "NGHỊ ĐỊNH",
                    "Chương I",
                    "QUY ĐỊNH CHUNG",
                    "Điều 5. Thẩm quyền chứng thực",
                    "1. Phòng Tư pháp cấp huyện có thẩm quyền:",
                    "a) Chứng thực bản sao từ bản chính;",
                    "đ) Chứng thực chữ ký;",
                    "Điều 35a. Chứng thực điện tử"));
    assertEquals(
        List.of("5", "35a"), t.articles().stream().map(LegalText.Article::number).toList());
    assertEquals(
        List.of("a", "đ"),
        t.article("5").orElseThrow().clause("1").orElseThrow().points().stream()
            .map(LegalText.Point::label)
            .toList());
    assertEquals("QUY ĐỊNH CHUNG", t.divisions().get(0).title());
  }

  @Test
  void whatIsNoDocxIsRefused() {
    BadFile legacy =
        assertThrows(
            BadFile.class,
            () ->
                new LegalTextDocxReader()
                    .read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}));
    assertEquals(415, legacy.status());
    BadFile text =
        assertThrows(
            BadFile.class,
            () -> new LegalTextDocxReader().read("Điều 1.".getBytes(StandardCharsets.UTF_8)));
    assertEquals(415, text.status());
    BadFile broken =
        assertThrows(
            BadFile.class,
            () -> new LegalTextDocxReader().read(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}));
    assertEquals(400, broken.status());
  }
}
