package vn.quytrinh.tthc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

class TthcCodeTest {

  @ParameterizedTest
  @CsvSource({
    "1.001193, 1.001193, 1.001193",
    "2.000815.000.00.00.H55, 2.000815.000.00.00.H55, 2.000815",
    "2.000815.000.00.00.h55, 2.000815.000.00.00.H55, 2.000815",
    "'  1.001193\t', 1.001193, 1.001193",
    "3.000123.000.00.00.K01, 3.000123.000.00.00.K01, 3.000123",
  })
  void validCodes(String raw, String value, String national) {
    assertTrue(TthcCode.isValid(raw));
    TthcCode c = TthcCode.parse(raw);
    assertEquals(value, c.value());
    assertEquals(value, c.toString());
    assertEquals(national, c.national());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "1.00119",
        "1001193",
        "2.000815.H55",
        "1.0011930",
        "11.001193",
        "1.001193.",
        "1,001193",
        "2.000815.000.00.00",
        "2.000815.000.00.00.H5",
        "2.000815.000.00.00.555",
        "2.000815.00.00.00.H55",
        "2.000815.000.00.00.H55.1",
        "a.001193",
        "1.001193 1.001194",
      })
  void invalidCodes(String raw) {
    assertFalse(TthcCode.isValid(raw));
    InvalidInput e = assertThrows(InvalidInput.class, () -> TthcCode.parse(raw));
    assertEquals(400, e.status());
    assertEquals(List.of("tthcCode"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void constructorTakesOnlyTheCanonicalForm() {
    assertThrows(InvalidInput.class, () -> new TthcCode("2.000815.000.00.00.h55"));
    assertThrows(InvalidInput.class, () -> new TthcCode(" 1.001193"));
    assertEquals("1.001193", new TthcCode("1.001193").value());
  }

  @Test
  void refusalNamesTheCode() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> TthcCode.parse("1.00119"));
    assertTrue(e.detail().contains("1.00119"), e.detail());
  }

  @org.junit.jupiter.api.Test
  void aControlOrInvisibleCharacterInACodeIsRefusedNotDropped() {
    for (String raw : new String[] {"1.001\u0000193", "2.000815\u202E", "1.00\u200B1193"}) {
      org.junit.jupiter.api.Assertions.assertFalse(TthcCode.isValid(raw), raw);
      org.junit.jupiter.api.Assertions.assertThrows(
          vn.quytrinh.platform.problem.InvalidInput.class, () -> TthcCode.parse(raw), raw);
    }
  }

  @Test
  void aProvinceInstanceAnswersAlsoToItsNationalCode() {
    TthcCode national = new TthcCode("1.001193");
    TthcCode instance = new TthcCode("2.000815.000.00.00.H55");
    assertTrue(national.isNational());
    assertFalse(instance.isNational());
    assertEquals(List.of("1.001193"), national.withNational());
    assertEquals(List.of("2.000815.000.00.00.H55", "2.000815"), instance.withNational());
    assertEquals("2.000815", TthcCode.nationalOf("2.000815.000.00.00.H55"));
    assertEquals("1.001193", TthcCode.nationalOf("1.001193"));
    assertThrows(InvalidInput.class, () -> TthcCode.nationalOf("2.00081"), "not a stored code");
  }
}
