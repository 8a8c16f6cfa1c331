package vn.quytrinh.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {

  static XSSFWorkbook render(Register r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().register(r, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void writesTitleHeadersNumbersDatesAndVietnameseText() throws Exception {
    Register r =
        new Register(
            "Danh muc",
            "DANH MỤC TÀI LIỆU – Ủy ban nhân dân xã Tân Hòa",
            List.of("STT", "Mã hiệu", "Tên tài liệu", "Ngày hiệu lực"),
            List.of(
                List.of(1, "QT-01/HT", "Quy trình đăng ký khai sinh", LocalDate.of(2026, 11, 28))));
    try (XSSFWorkbook wb = render(r)) {
      Sheet s = wb.getSheetAt(0);
      assertEquals(
          "DANH MỤC TÀI LIỆU – Ủy ban nhân dân xã Tân Hòa",
          s.getRow(0).getCell(0).getStringCellValue());
      assertEquals("Tên tài liệu", s.getRow(2).getCell(2).getStringCellValue());
      Row row = s.getRow(3);
      assertEquals(1.0, row.getCell(0).getNumericCellValue());
      assertEquals("Quy trình đăng ký khai sinh", row.getCell(2).getStringCellValue());
      assertTrue(DateUtil.isCellDateFormatted(row.getCell(3)));
      assertEquals(
          LocalDate.of(2026, 11, 28), row.getCell(3).getLocalDateTimeCellValue().toLocalDate());
    }
  }

  @Test
  void userTextThatLooksLikeAFormulaStaysText() throws Exception {
    List<String> evil =
        List.of(
            "=HYPERLINK(\"http://x\",\"bấm\")",
            "+1+1",
            "-2",
            "@SUM(A1)",
            "＝1+1",
            "\t=1",
            "bình thường");
    Register r =
        new Register("X", "T", List.of("A"), evil.stream().map(s -> List.<Object>of(s)).toList());
    try (XSSFWorkbook wb = render(r)) {
      Sheet s = wb.getSheetAt(0);
      for (int i = 0; i < evil.size(); i++) {
        Cell c = s.getRow(3 + i).getCell(0);
        assertEquals(CellType.STRING, c.getCellType(), evil.get(i));
        assertEquals(evil.get(i), c.getStringCellValue());
        if (i < evil.size() - 1) {
          assertTrue(c.getCellStyle().getQuotePrefixed(), evil.get(i));
        }
      }
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertNotEquals(CellType.FORMULA, cell.getCellType());
          }
        }
      }
    }
  }

  @Test
  void controlCharactersAndHugeTextCannotBreakTheFile() throws Exception {
    Register r =
        new Register(
            "Bad/Name?*",
            "T\u0000\u0007",
            List.of("A"),
            List.of(List.of("x\u0001y\uFFFE" + "z".repeat(40_000))));
    try (XSSFWorkbook wb = render(r)) {
      String v = wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue();
      assertTrue(v.startsWith("xyz"));
      assertTrue(v.length() <= 32_001);
    }
  }
}
