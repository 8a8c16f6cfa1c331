package vn.quytrinh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

  @Test
  void onlyChangedFieldsWithBeforeAndAfter() {
    String s =
        Changes.of()
            .field("tên", "Quy trình đăng ký khai sinh", "Quy trình đăng ký khai sinh (sửa đổi)")
            .field("chu kỳ rà soát", 12, 12)
            .field("TTHC", List.of("1.001193"), List.of("1.001193", "1.000894"))
            .toString();
    assertEquals(
        "tên: Quy trình đăng ký khai sinh → Quy trình đăng ký khai sinh (sửa đổi); TTHC: [1.001193] → [1.001193, 1.000894]",
        s);
  }

  @Test
  void nothingChangedSaysSo() {
    assertEquals("không thay đổi", Changes.of().field("a", null, null).toString());
  }

  @Test
  void longValuesAreShortened() {
    assertEquals(198, Changes.shorten("x".repeat(500)).length());
  }
}
