package vn.quytrinh.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

class LegalDocumentNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # raw                  | serial | year | symbol        | type | issuer  | key
          123/2015/NĐ-CP         | 123    | 2015 | NĐ-CP         | ND   | CP      | 123/2015/ND-CP
          60/2014/QH13           | 60     | 2014 | QH13          | QH   | QH      | 60/2014/QH13
          19/2014/QĐ-TTg         | 19     | 2014 | QĐ-TTg        | QD   | TTG     | 19/2014/QD-TTG
          26/2014/TT-BKHCN       | 26     | 2014 | TT-BKHCN      | TT   | BKHCN   | 26/2014/TT-BKHCN
          01/2018/TT-VPCP        | 1      | 2018 | TT-VPCP       | TT   | VPCP    | 1/2018/TT-VPCP
          168/2025/NĐ-CP         | 168    | 2025 | NĐ-CP         | ND   | CP      | 168/2025/ND-CP
          04/2020/TT-BTP         | 4      | 2020 | TT-BTP        | TT   | BTP     | 4/2020/TT-BTP
          50/2015/TTLT-BTC-BTP   | 50     | 2015 | TTLT-BTC-BTP  | TTLT | BTC-BTP | 50/2015/TTLT-BTC-BTP
          12/2020/TT-BKH&ĐT      | 12     | 2020 | TT-BKH&ĐT     | TT   | BKH&DT  | 12/2020/TT-BKH&DT
          3218/QĐ-UBND           | 3218   |      | QĐ-UBND       | QD   | UBND    | 3218/QD-UBND
          8753/UBND-SKHCN        | 8753   |      | UBND-SKHCN    | UBND | SKHCN   | 8753/UBND-SKHCN
          101/QĐ-BKHCN           | 101    |      | QĐ-BKHCN      | QD   | BKHCN   | 101/QD-BKHCN
          """)
  void realNumbersParseIntoTheirParts(
      String raw, int serial, Integer year, String symbol, String type, String issuer, String key) {
    LegalDocumentNumber n = LegalDocumentNumber.parse(raw);

    assertEquals(raw, n.value());
    assertEquals(raw, n.toString());
    assertEquals(serial, n.serial());
    assertEquals(year, n.year());
    assertEquals(year != null, n.hasYear());
    assertEquals(symbol, n.symbol());
    assertEquals(type, n.typeCode());
    assertEquals(issuer, n.issuerCode());
    assertEquals(key, n.key());
  }

  @Test
  void administrativeDocumentsHaveNoYear() {
    LegalDocumentNumber n = LegalDocumentNumber.parse("3218/QĐ-UBND");

    assertNull(n.year());
    assertFalse(n.hasYear());
  }

  @Test
  void composedAndDecomposedUnicodeAreTheSameDocument() {
    String composed = Normalizer.normalize("19/2014/QĐ-TTg", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize("Số 19/2014/QĐ-TTg", Normalizer.Form.NFD);
    assertTrue(decomposed.contains("o\u0302\u0301"), "ố really is decomposed");

    LegalDocumentNumber a = LegalDocumentNumber.parse(composed);
    LegalDocumentNumber b = LegalDocumentNumber.parse(decomposed);

    assertEquals(a.key(), b.key());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    // the display is stored composed whatever came in
    assertEquals(composed, b.value());
    assertEquals("QĐ-TTg", b.symbol());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "123/2015/NĐ-CP",
        "123/2015/ND-CP",
        "123/2015/nđ-cp",
        "123/2015/nd-cp",
        "123 / 2015 / NĐ - CP",
        "  123/ 2015 /NĐ-CP  ",
        "1 23/20 15/N Đ-C P",
        "Số 123/2015/NĐ-CP",
        "số 123/2015/NĐ-CP",
        "SỐ 123/2015/NĐ-CP",
        "so 123/2015/ND-CP",
        "Số: 123/2015/NĐ-CP",
        "số:123/2015/NĐ-CP",
        "Số. 123/2015/NĐ-CP",
        "Số 123 / 2015 / nđ-cp",
        "0123/2015/NĐ-CP",
        "00123/2015/NĐ-CP",
        "123/2015/NĐ–CP",
        "123\u00a0/\u00a02015/NĐ-CP",
        "123\t/2015/NĐ-CP"
      })
  void spellingsOfOneNumberShareItsKey(String raw) {
    LegalDocumentNumber n = LegalDocumentNumber.parse(raw);

    assertEquals("123/2015/ND-CP", n.key());
    assertEquals(LegalDocumentNumber.parse("123/2015/NĐ-CP"), n);
    assertEquals(123, n.serial());
    assertEquals(2015, n.year());
    assertEquals("ND", n.typeCode());
    assertEquals("CP", n.issuerCode());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Số 123 / 2015 / NĐ - CP | 123/2015/NĐ-CP
          số: 3218/QĐ-UBND        | 3218/QĐ-UBND
          SỐ.101/qđ-bkhcn         | 101/qđ-bkhcn
          01/2018/TT-VPCP         | 01/2018/TT-VPCP
          123/2015/NĐ—CP          | 123/2015/NĐ-CP
          """)
  void displayKeepsWhatWasWrittenButCompacted(String raw, String value) {
    assertEquals(value, LegalDocumentNumber.parse(raw).value());
  }

  @Test
  void leadingZerosInTheSerialAreNotPartOfTheIdentity() {
    LegalDocumentNumber padded = LegalDocumentNumber.parse("01/2018/TT-VPCP");
    LegalDocumentNumber plain = LegalDocumentNumber.parse("1/2018/TT-VPCP");

    assertEquals(plain, padded);
    assertEquals(plain.hashCode(), padded.hashCode());
    assertEquals(1, padded.serial());
    assertEquals("01/2018/TT-VPCP", padded.value());
    assertEquals("1/2018/TT-VPCP", plain.value());
  }

  @Test
  void setsCollapseSpellingsOfOneDocument() {
    Set<LegalDocumentNumber> set =
        Set.copyOf(
            List.of(
                LegalDocumentNumber.parse("3218/QĐ-UBND"),
                LegalDocumentNumber.parse("3218/qd-ubnd"),
                LegalDocumentNumber.parse("Số: 3218 / QĐ - UBND"),
                LegalDocumentNumber.parse("3218/2020/QĐ-UBND")));
    // Set.copyOf keeps one of equal elements, so two distinct documents remain
    assertEquals(2, set.size());
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          123/2015/NĐ-CP  | 124/2015/NĐ-CP
          123/2015/NĐ-CP  | 123/2016/NĐ-CP
          123/2015/NĐ-CP  | 123/NĐ-CP
          123/2015/NĐ-CP  | 123/2015/QĐ-CP
          123/2015/NĐ-CP  | 123/2015/NĐ-TTg
          60/2014/QH13    | 60/2014/QH14
          10/2020/TT-BTC  | 100/2020/TT-BTC
          """)
  void differentDocumentsDiffer(String a, String b) {
    assertNotEquals(LegalDocumentNumber.parse(a), LegalDocumentNumber.parse(b));
    assertNotEquals(LegalDocumentNumber.parse(a).key(), LegalDocumentNumber.parse(b).key());
  }

  @Test
  void equalityIsByKeyNotByDisplay() {
    LegalDocumentNumber a = LegalDocumentNumber.parse("123/2015/NĐ-CP");
    LegalDocumentNumber b = LegalDocumentNumber.parse("123/2015/nd-cp");

    assertNotEquals(a.value(), b.value());
    assertEquals(a, b);
    assertNotEquals(a, "123/2015/NĐ-CP");
    assertNotEquals(null, a);
  }

  @ParameterizedTest(name = "[{0}]")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "Số",
        "Số:",
        "abc",
        "123",
        "NĐ-CP",
        "123/2015",
        "123/",
        "123/2015/",
        "/2015/NĐ-CP",
        "/NĐ-CP",
        "123//NĐ-CP",
        "12a/2015/NĐ-CP",
        "-5/2015/NĐ-CP",
        "0/2015/NĐ-CP",
        "000/QĐ-UBND",
        "1234567890/QĐ-UBND",
        "123/15/NĐ-CP",
        "123/20155/NĐ-CP",
        "123/1944/NĐ-CP",
        "123/2101/NĐ-CP",
        "123/NĐ-CP/2015",
        "1/2/2015/NĐ-CP",
        "123/2015/NĐ--CP",
        "123/2015/-CP",
        "123/2015/NĐ-",
        "123/2015/13QH",
        "123/2015/NĐ-CP!",
        "123/2015/NĐ_CP",
        "12/2020/TT-BKH&",
        "12/2020/TT-&ĐT",
        "Điều 123/2015/NĐ-CP",
        "số123/2015/NĐ-CP/"
      })
  void malformedNumbersAreRejectedOnTheNumberField(String raw) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> LegalDocumentNumber.parse(raw));

    assertNumberError(e);
  }

  @Test
  void numbersLongerThanSixtyCharactersAreRejected() {
    String sixty = "1/2015/" + "A".repeat(53);
    assertEquals(60, sixty.length());
    assertEquals(sixty, LegalDocumentNumber.parse(sixty).value());

    InvalidInput e = assertThrows(InvalidInput.class, () -> LegalDocumentNumber.parse(sixty + "B"));
    assertNumberError(e);
    assertTrue(e.detail().contains("60"), e.detail());
  }

  @Test
  void lengthIsCountedAfterBlanksAndTheWordSoAreRemoved() {
    String sixty = "1/2015/" + "A".repeat(53);

    assertEquals(sixty, LegalDocumentNumber.parse("Số:   " + sixty.replace("/", " / ")).value());
  }

  @Test
  void yearsAtTheEdgesOfTheRange() {
    assertEquals(1945, LegalDocumentNumber.parse("1/1945/SL").year());
    assertEquals(2100, LegalDocumentNumber.parse("1/2100/NĐ-CP").year());
  }

  @Test
  void eachMistakeGetsItsOwnMessage() {
    String year = message("123/15/NĐ-CP");
    String serial = message("12a/2015/NĐ-CP");
    String symbol = message("123/2015");
    String shape = message("abc");
    String range = message("123/1900/NĐ-CP");

    assertEquals(5, Set.of(year, serial, symbol, shape, range).size());
    assertTrue(year.contains("Năm ban hành"), year);
    assertTrue(range.contains("1945") && range.contains("2100"), range);
    assertTrue(symbol.contains("ký hiệu"), symbol);
  }

  @Test
  void theConstructorOnlyTakesTheCompactForm() {
    assertEquals("123/2015/NĐ-CP", new LegalDocumentNumber("123/2015/NĐ-CP").value());

    assertNumberError(
        assertThrows(InvalidInput.class, () -> new LegalDocumentNumber("123 / 2015/NĐ-CP")));
    assertNumberError(
        assertThrows(InvalidInput.class, () -> new LegalDocumentNumber("Số 123/2015/NĐ-CP")));
    assertNumberError(assertThrows(InvalidInput.class, () -> new LegalDocumentNumber(null)));
  }

  @Test
  void typeCodeDropsTheTermOfTheLegislatureAndTheIssuerDefaultsToIt() {
    LegalDocumentNumber law = LegalDocumentNumber.parse("60/2014/QH13");
    LegalDocumentNumber resolution = LegalDocumentNumber.parse("01/2021/NQ-HĐND");

    assertEquals("QH", law.typeCode());
    assertEquals("QH", law.issuerCode());
    assertEquals("NQ", resolution.typeCode());
    assertEquals("HDND", resolution.issuerCode());
  }

  private static String message(String raw) {
    return assertThrows(InvalidInput.class, () -> LegalDocumentNumber.parse(raw)).detail();
  }

  private static void assertNumberError(InvalidInput e) {
    assertEquals(400, e.status());
    assertEquals(1, e.errors().size());
    FieldError error = e.errors().get(0);
    assertEquals("number", error.field());
    // a key of the bundles, worded in both languages, the field's message the problem's detail
    assertTrue(error.key().startsWith("validation.number."), error.key());
    assertTrue(Messages.keys(Messages.VI).contains(error.key()), error.key());
    assertTrue(Messages.keys(Messages.EN).contains(error.key()), error.key());
    assertEquals(error.key(), e.key());
    assertEquals(error.message().toString(), e.detail());
    assertEquals(error.message().in(Messages.EN), e.detail(Messages.EN));
  }

  @org.junit.jupiter.api.Test
  void aControlOrInvisibleCharacterInANumberIsRefusedNotDropped() {
    for (String raw :
        new String[] {"123/2015\u0000/NĐ-CP", "123/2015/NĐ\u202E-CP", "1\u200D23/2015/NĐ-CP"}) {
      org.junit.jupiter.api.Assertions.assertThrows(
          vn.quytrinh.platform.problem.InvalidInput.class,
          () -> LegalDocumentNumber.parse(raw),
          raw);
    }
  }
}
