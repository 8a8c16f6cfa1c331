package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeLimitsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "03 ngày làm việc | 3",
        "05 ngày | 5",
        "Trong ngày | 0",
        "Ngay sau khi nhận đủ hồ sơ hợp lệ | 0",
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo | 0",
        "0,5 ngày làm việc | 0.5",
        "1/2 ngày | 0.5",
        "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ | 10",
        "15 ngày | 15",
        "TRONG 03 NGAY LAM VIEC | 3",
        "04 giờ làm việc | 0.5",
        "Giải quyết trong ngày | 0",
        "Ngay khi nhận đủ hồ sơ | 0",
        "Ngay khi nhận đủ hồ sơ hợp lệ | 0",
        "Trong ngày làm việc tiếp theo | 1",
        "Trong ngày làm việc tiếp theo kể từ ngày nhận đủ hồ sơ | 1",
        "Ngày làm việc kế tiếp | 1",
        "Trả kết quả trong ngày làm việc tiếp theo | 1",
        "Trong ngày cơ quan tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo | 0"
      })
  void readsWorkingDays(String text, String days) {
    assertEquals(Optional.of(new BigDecimal(days)), TimeLimits.workingDays(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Theo thỏa thuận", "' '", "02 tháng"})
  void leavesWhatItCannotReadUnknown(String text) {
    assertEquals(Optional.empty(), TimeLimits.workingDays(text));
  }

  @Test
  void aFractionOverZeroIsNoNumberOfDays() {
    // found writing its fuzz target (docs/testing.md): it threw ArithmeticException, a 500 for one
    // cell of an import
    assertEquals(Optional.empty(), TimeLimits.workingDays("1/0 ngày"));
    assertEquals(Optional.empty(), TimeLimits.workingDays("Trong 3/00 ngày làm việc"));
    assertEquals(Optional.of(new BigDecimal("1.5")), TimeLimits.workingDays("3/2 ngày"));
  }

  @Test
  void hoursThatMakeWholeDaysAreNeverInExponentForm() {
    // 80 hours were 1E+1 days
    assertEquals(Optional.of(new BigDecimal("10")), TimeLimits.workingDays("80 giờ làm việc"));
    assertEquals(Optional.of(new BigDecimal("2")), TimeLimits.workingDays("16 giờ làm việc"));
  }
}
