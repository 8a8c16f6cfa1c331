package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quytrinh.document.ProcedureContent;

class ProcedureDocxReaderTest {

  final ProcedureDocxReader reader = new ProcedureDocxReader();

  /**
   * A sample procedure of sample-data, read whole: issue 1 of 1 March 2024, done the same day, on
   * the Law on Civil Status, its decree and its circular.
   */
  ProcedureContent sample(String file, String code, String title) throws Exception {
    ProcedureDocxReader.Reading r = reader.read(Files.readAllBytes(Path.of("sample-data", file)));
    assertEquals(code, r.code());
    assertEquals(title, r.title());
    assertEquals(1, r.issueNo());
    assertEquals(LocalDate.of(2024, 3, 1), r.issuedOn());
    assertEquals(
        List.of("60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"),
        r.content().legalBasis().stream().map(ProcedureContent.Citation::number).toList());
    assertEquals(0, BigDecimal.ZERO.compareTo(r.content().timeLimitDays()), "the same day");
    assertTrue(r.unread().isEmpty(), "all read: " + r.unread());
    return r.content();
  }

  @Test
  void aProcedureInTheStandardFormIsReadWhole() throws Exception {
    ProcedureContent c =
        sample("QT-04-HT-dang-ky-ket-hon.docx", "QT-04/HT", "Quy trình đăng ký kết hôn");
    assertTrue(
        c.purpose().startsWith("Quy định trình tự giải quyết thủ tục đăng ký kết hôn"),
        c.purpose());
    assertEquals("Áp dụng tại Ủy ban nhân dân xã Tân Hòa.", c.scope());
    assertEquals(4, c.steps().size());
    assertEquals(
        "Kiểm tra điều kiện kết hôn, ghi Sổ đăng ký kết hôn, trình ký", c.steps().get(1).action());
    assertEquals("Công chức Tư pháp – Hộ tịch", c.steps().get(1).responsible());
    assertEquals(0, new BigDecimal("0.25").compareTo(c.steps().get(1).days()));
    assertEquals(0, BigDecimal.ZERO.compareTo(c.steps().get(3).days()));
    assertEquals(2, c.dossier().size());
    assertEquals(1, c.dossier().get(0).copies());
    assertEquals("18", c.legalBasis().get(0).article());
    assertEquals("Miễn lệ phí", c.fee());
    assertEquals(3, c.forms().size());
    assertEquals("Sổ đăng ký kết hôn", c.records().get(0).name());
    assertEquals("Vĩnh viễn", c.records().get(0).retention());
    assertTrue(c.definitions().startsWith("UBND"), c.definitions());
    assertFalse(
        c.definitions().contains("NỘI DUNG QUY TRÌNH"),
        "the heading of section 5 is no definition: " + c.definitions());
  }

  @Test
  void theSecondSampleProcedureIsReadWhole() throws Exception {
    ProcedureContent c =
        sample("QT-05-HT-dang-ky-khai-tu.docx", "QT-05/HT", "Quy trình đăng ký khai tử");
    assertEquals(
        List.of(
            "UBND: Ủy ban nhân dân; BPTN&TKQ: Bộ phận tiếp nhận và trả kết quả.",
            "Theo quy định của Luật Hộ tịch.",
            "Bộ phận tiếp nhận và trả kết quả, UBND xã Tân Hòa",
            "Miễn lệ phí đăng ký khai tử đúng hạn",
            "Công dân Việt Nam",
            "Trích lục khai tử"),
        List.of(c.definitions(), c.conditions(), c.place(), c.fee(), c.applicants(), c.result()),
        "sections 4, 5.2, 5.5 to 5.8");
    assertEquals("34", c.legalBasis().get(0).article());
    assertEquals(
        List.of(
            "Tờ khai đăng ký khai tử theo mẫu", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử"),
        c.dossier().stream().map(ProcedureContent.DossierItem::name).toList());
    assertEquals(4, c.steps().size());
    assertEquals("Ký Trích lục khai tử", c.steps().get(2).action());
    assertEquals(0, new BigDecimal("0.5").compareTo(c.steps().get(1).days()));
    assertEquals(0, BigDecimal.ONE.compareTo(c.totalStepDays()));
    assertEquals(3, c.forms().size());
    assertEquals("Mẫu 05", c.forms().get(1).code());
    assertEquals(1, c.records().size());
    assertEquals("Sổ đăng ký khai tử", c.records().get(0).name());
  }

  @Test
  void whatCannotBeReadIsSaid() throws Exception {
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("1. MỤC ĐÍCH");
      d.createParagraph().createRun().setText("Quy định trình tự.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      ProcedureDocxReader.Reading r = reader.read(out.toByteArray());
      assertEquals("Quy định trình tự.", r.content().purpose());
      assertEquals(null, r.code());
      assertTrue(
          r.unread().stream().anyMatch(x -> x.toString().equals("Mã hiệu")), r.unread().toString());
      assertTrue(
          r.unread().stream().anyMatch(x -> x.toString().startsWith("5.9")), r.unread().toString());
    }
  }

  @Test
  void aStepTimeInExponentFormIsSaidNotTakenAsANumber() throws Exception {
    // it was read as 1E+999999999 days, whose plain form (normalized(), which compares an import
    // with the stored version) has a billion digits
    ProcedureDocxReader.Reading r = reader.read(sampleWith("0,25", "1E999999999"));
    r.content()
        .steps()
        .forEach(s -> assertTrue(s.days() == null || s.days().scale() >= 0, s::toString));
    assertTrue(
        r.unread().stream().anyMatch(u -> u.toString().contains("1E999999999")),
        r.unread().toString());
    assertEquals(4, r.content().normalized().steps().size());
  }

  static byte[] sampleDocx() throws IOException {
    return Files.readAllBytes(Path.of("sample-data/QT-04-HT-dang-ky-ket-hon.docx"));
  }

  /** The sample QT-04 with one text of its main part replaced. */
  static byte[] sampleWith(String text, String replacement) throws IOException {
    byte[] docx = sampleDocx();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          assertTrue(xml.contains(text), text);
          return OoxmlParts.withEntry(
              docx,
              "word/document.xml",
              xml.replace(text, replacement).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    throw new IllegalStateException("no word/document.xml");
  }

  /** A Word file whose main part is one entry of 150 MB of blanks, compressed more than 100×. */
  static byte[] oneHugeEntry() throws IOException {
    byte[] huge = new byte[150 * 1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    return OoxmlParts.withEntry(sampleDocx(), "word/document.xml", huge);
  }

  /** A Word file with five extra parts of 50 MB each: each under the limit, together over it. */
  static byte[] manyEntriesOverTheTotal() throws IOException {
    byte[] part = new byte[50 * 1024 * 1024];
    byte[] docx = sampleDocx();
    for (int i = 1; i <= 5; i++) {
      docx = OoxmlParts.withEntry(docx, "word/media/filler" + i + ".bin", part);
    }
    return docx;
  }

  /** A Word file whose document.xml declares an external entity pointing at the secret file. */
  static byte[] xxe(Path secret) throws IOException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<!DOCTYPE w:document [<!ENTITY s SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>1. MỤC ĐÍCH</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>&s;</w:t></w:r></w:p></w:body></w:document>";
    return OoxmlParts.withEntry(
        sampleDocx(), "word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  static final byte[] ENCRYPTED = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
  };

  static byte[] randomBytes() {
    byte[] b = new byte[4096];
    new Random(5).nextBytes(b);
    return b;
  }

  @Test
  void aZipBombOfOneEntryIsRefused() throws IOException {
    BadFile e = assertThrows(BadFile.class, () -> reader.read(oneHugeEntry()));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }

  @Test
  void manyEntriesTogetherOverTheTotalAreRefused() throws IOException {
    BadFile e = assertThrows(BadFile.class, () -> reader.read(manyEntriesOverTheTotal()));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("tổng dung lượng"), e.getMessage());
  }

  @Test
  void anExternalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "BÍ-MẬT-42");
    byte[] file = xxe(secret);
    try {
      ProcedureDocxReader.Reading r = reader.read(file);
      assertFalse(r.toString().contains("BÍ-MẬT-42"), r.toString());
    } catch (BadFile e) {
      assertEquals(400, e.status());
      assertFalse(e.getMessage().contains("BÍ-MẬT-42"));
    }
  }

  @Test
  void encryptedOrLegacyWordAndRandomBytesAreRefused() {
    assertEquals(415, assertThrows(BadFile.class, () -> reader.read(ENCRYPTED)).status());
    assertEquals(415, assertThrows(BadFile.class, () -> reader.read(randomBytes())).status());
  }

  @Test
  void somethingThatIsNotWordIsRefused() {
    assertThrows(BadFile.class, () -> reader.read(new byte[] {0x50, 0x4B, 3, 4, 9, 9}));
  }
}
