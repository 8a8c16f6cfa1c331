package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzz target of the working-day time limits (docs/testing.md): any text of the national TTHC
 * database reads as a number of working days or as unknown, never as an exception; a number is
 * never negative, never in exponent form, and never longer than what was written.
 */
class TimeLimitsFuzzTest {

  @FuzzTest
  @DictionaryEntries({
    "ngày",
    "ngay",
    " ngày làm việc",
    "giờ làm việc",
    "gio lam viec",
    "Trong ngày",
    "tiếp theo",
    "Ngay sau khi",
    "Giải quyết ",
    "/",
    ",",
    "."
  })
  void workingDays(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Optional<BigDecimal> days = TimeLimits.workingDays(text);
    assertNotNull(days);
    if (days.isEmpty()) {
      return;
    }
    BigDecimal d = days.get();
    assertTrue(d.signum() >= 0, text);
    assertTrue(d.scale() >= 0, () -> "exponent form from " + text);
    assertTrue(d.precision() <= Math.max(3, text.length()), text);
    assertEquals(d, TimeLimits.workingDays(text).orElseThrow(), "the same text reads the same");
  }
}
