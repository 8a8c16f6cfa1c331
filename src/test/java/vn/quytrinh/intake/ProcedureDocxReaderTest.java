package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ProcedureContent;

class ProcedureDocxReaderTest {

  final ProcedureDocxReader reader = new ProcedureDocxReader();

  @Test
  void aProcedureInTheStandardFormIsReadWhole() throws Exception {
    byte[] file = Files.readAllBytes(Path.of("sample-data/QT-04-HT-dang-ky-ket-hon.docx"));
    ProcedureDocxReader.Reading r = reader.read(file);
    assertEquals("QT-04/HT", r.code());
    assertEquals("Quy trình đăng ký kết hôn", r.title());
    assertEquals(1, r.issueNo());
    assertEquals(LocalDate.of(2024, 3, 1), r.issuedOn());
    ProcedureContent c = r.content();
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
    assertEquals(
        List.of("60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"),
        c.legalBasis().stream().map(ProcedureContent.Citation::number).toList());
    assertEquals("18", c.legalBasis().get(0).article());
    assertEquals(0, BigDecimal.ZERO.compareTo(c.timeLimitDays()), "the same day");
    assertEquals("Miễn lệ phí", c.fee());
    assertEquals(3, c.forms().size());
    assertEquals("Sổ đăng ký kết hôn", c.records().get(0).name());
    assertEquals("Vĩnh viễn", c.records().get(0).retention());
    assertTrue(r.unread().isEmpty(), "all read: " + r.unread());
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
      assertTrue(r.unread().contains("Mã hiệu"), r.unread().toString());
      assertTrue(r.unread().stream().anyMatch(x -> x.startsWith("5.9")), r.unread().toString());
    }
  }

  @Test
  void somethingThatIsNotWordIsRefused() {
    assertThrows(BadFile.class, () -> reader.read(new byte[] {0x50, 0x4B, 3, 4, 9, 9}));
  }
}
