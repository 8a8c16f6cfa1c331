package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A macro-enabled Word file (.docm) is never imported as a procedure: 415, however it is sent. */
class MacroRefusalTest {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static byte[] zip(String... namesAndContents) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aDocmIsRefusedByItsTypeItsVbaPartOrItsMainContentType() throws Exception {
    byte[] plain = Files.readAllBytes(Path.of("templates", "quy-trinh.docx"));
    assertEquals(
        415,
        assertThrows(
                BadFile.class,
                () ->
                    ProcedureImporter.refuseMacros(
                        plain, "application/vnd.ms-word.document.macroEnabled.12"))
            .status());
    byte[] vba =
        zip(
            "[Content_Types].xml",
            "<Types/>",
            "word/document.xml",
            "<w/>",
            "word/vbaProject.bin",
            "x");
    assertEquals(
        415, assertThrows(BadFile.class, () -> ProcedureImporter.refuseMacros(vba, DOCX)).status());
    byte[] declared =
        zip(
            "[Content_Types].xml",
            "<Types><Override PartName=\"/word/document.xml\" ContentType="
                + "\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
            "word/document.xml",
            "<w/>");
    assertEquals(
        415,
        assertThrows(
                BadFile.class,
                () -> ProcedureImporter.refuseMacros(declared, "application/octet-stream"))
            .status());
    assertDoesNotThrow(() -> ProcedureImporter.refuseMacros(plain, DOCX), "a .docx passes");
  }
}
