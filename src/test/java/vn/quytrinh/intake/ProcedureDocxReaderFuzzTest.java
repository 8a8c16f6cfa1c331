package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.opentest4j.AssertionFailedError;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.legal.LegalDocumentNumber;

/**
 * Fuzz targets of the Word procedure reader (docs/testing.md): any upload answers a reading or a
 * {@link BadFile} (400, or 415 for what is no DOCX), never another exception; once a package opens,
 * what the reader cannot read is said in the reading, never thrown from its own code; a number of
 * days is what was written, never in exponent form; a cited number is a valid one.
 */
class ProcedureDocxReaderFuzzTest {

  /** A procedure whose body the fuzzer writes; its header holds code, issue and date. */
  static final byte[] PROCEDURE = procedure();

  final ProcedureDocxReader reader = new ProcedureDocxReader();

  /** A whole file as uploaded. */
  @FuzzTest
  void docx(byte[] data) {
    check(data);
  }

  /** The body (word/document.xml) inside a valid package, so that mutations reach the reading. */
  @FuzzTest
  @DictionaryEntries({
    "<w:p>",
    "</w:p>",
    "<w:r><w:t>",
    "</w:t></w:r>",
    "<w:tbl>",
    "</w:tbl>",
    "<w:tr>",
    "</w:tr>",
    "<w:tc>",
    "</w:tc>",
    "5.4 Thời hạn giải quyết",
    "5.9 Quy trình",
    "5.1 Cơ sở pháp lý",
    "Bước",
    "Nội dung",
    "Thời gian",
    " ngày",
    "QT-04/HT"
  })
  void docxBody(byte[] documentXml) {
    check(OoxmlParts.withEntry(PROCEDURE, "word/document.xml", documentXml));
  }

  void check(byte[] file) {
    ProcedureDocxReader.Reading r;
    try {
      r = reader.read(file);
    } catch (BadFile refused) {
      assertTrue(refused.status() == 400 || refused.status() == 415, refused::getMessage);
      ownCodeReadsWhatOpens(file);
      return;
    }
    assertNotNull(r.read());
    assertNotNull(r.unread());
    ProcedureContent c = r.content();
    assertNotNull(c);
    asWritten(c.timeLimitDays());
    c.steps().forEach(s -> asWritten(s.days()));
    for (ProcedureContent.Citation x : c.legalBasis()) {
      assertEquals(x.number(), LegalDocumentNumber.parse(x.number()).value());
    }
    assertNotNull(c.normalized());
  }

  static void asWritten(BigDecimal days) {
    if (days != null) {
      assertTrue(days.scale() >= 0, () -> "exponent form: " + days);
      assertTrue(days.precision() <= 1000, () -> "longer than any cell: " + days.precision());
    }
  }

  /**
   * A refused file that the package reader opens must have been refused by the package reader
   * itself (POI), not by an exception out of the procedure reader's own code: that would be a
   * readable Word file answered as unreadable.
   */
  void ownCodeReadsWhatOpens(byte[] file) {
    if (!TableReader.startsWith(file, TableReader.ZIP)) {
      return;
    }
    try {
      OoxmlLimits.check(file);
    } catch (BadFile tooBig) {
      return;
    }
    XWPFDocument d;
    try {
      d = new XWPFDocument(new ByteArrayInputStream(file));
    } catch (Exception | LinkageError notAPackage) {
      return;
    }
    try (d) {
      reader.read(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      Optional<StackTraceElement> origin =
          Arrays.stream(e.getStackTrace())
              .filter(f -> !f.getClassName().matches("(java|javax|jdk|sun)\\..*"))
              .findFirst();
      if (origin.isPresent() && origin.get().getClassName().startsWith("vn.quytrinh.")) {
        AssertionFailedError failure =
            new AssertionFailedError("the reader's own code threw on an open package");
        failure.initCause(e);
        throw failure;
      }
    }
  }

  private static byte[] procedure() {
    try (XWPFDocument d = new XWPFDocument()) {
      d.createHeader(HeaderFooterType.DEFAULT)
          .createParagraph()
          .createRun()
          .setText("Mã hiệu: QT-04/HT   Lần ban hành: 01   Ngày ban hành: 01/03/2024");
      d.createParagraph().createRun().setText("QT-04/HT – Quy trình đăng ký kết hôn");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
