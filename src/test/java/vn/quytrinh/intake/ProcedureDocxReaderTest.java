package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
      assertTrue(r.unread().contains("Mã hiệu"), r.unread().toString());
      assertTrue(r.unread().stream().anyMatch(x -> x.startsWith("5.9")), r.unread().toString());
    }
  }

  @Test
  void somethingThatIsNotWordIsRefused() {
    assertThrows(BadFile.class, () -> reader.read(new byte[] {0x50, 0x4B, 3, 4, 9, 9}));
  }
}
