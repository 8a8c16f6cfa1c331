package vn.quytrinh.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

  @ParameterizedTest
  @CsvSource({
    "10.00, 10",
    "10, 10",
    "100, 100",
    "1E+3, 1000",
    "0.50, 0.5",
    "0.25, 0.25",
    "1.750, 1.75",
    "0.00, 0",
    "3650.000, 3650",
  })
  void normalizeRemovesTrailingZerosWithoutExponent(String in, String out) {
    BigDecimal n = WorkingDays.normalize(new BigDecimal(in));

    assertEquals(out, n.toString(), "toString must not be in exponent form");
    assertTrue(n.scale() >= 0);
    assertEquals(0, n.compareTo(new BigDecimal(in)), "value unchanged");
  }

  @Test
  void normalizeMakesEqualValuesEqual() {
    assertEquals(
        WorkingDays.normalize(new BigDecimal("0.5")),
        WorkingDays.normalize(new BigDecimal("0.50")));
    assertEquals(
        WorkingDays.normalize(new BigDecimal("10")),
        WorkingDays.normalize(new BigDecimal("10.00")));
  }

  @Test
  void normalizeKeepsNull() {
    assertNull(WorkingDays.normalize(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.5", "0.25", "0.250", "1", "15", "3650", "3650.00", "-0.00"})
  void acceptedValues(String d) {
    assertEquals(Optional.empty(), WorkingDays.problem(new BigDecimal(d)));
  }

  @Test
  void nullIsNotAProblem() {
    assertEquals(Optional.empty(), WorkingDays.problem(null));
  }

  @Test
  void negativeIsRefused() {
    Optional<String> p = WorkingDays.problem(new BigDecimal("-0.5")).map(Object::toString);
    assertTrue(p.isPresent());
    assertTrue(p.get().contains("không được âm"), p.get());
  }

  @Test
  void moreThan3650IsRefused() {
    Optional<String> p = WorkingDays.problem(new BigDecimal("3650.01")).map(Object::toString);
    assertTrue(p.isPresent());
    assertTrue(p.get().contains("3650"), p.get());
    assertTrue(WorkingDays.problem(new BigDecimal("3651")).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.125", "1.001", "2.5001"})
  void moreThanTwoDecimalsIsRefused(String d) {
    Optional<String> p = WorkingDays.problem(new BigDecimal(d)).map(Object::toString);
    assertTrue(p.isPresent());
    assertTrue(p.get().contains("2 chữ số thập phân"), p.get());
  }
}
