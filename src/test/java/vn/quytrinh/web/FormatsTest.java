package vn.quytrinh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the pages write dates, times, working days and labels that stand alone. */
class FormatsTest {

  private final Formats fmt = new Formats();

  @Test
  void datesAndTimesReadAsOnThePrintedForms() {
    assertEquals("05/03/2025", fmt.date(LocalDate.of(2025, 3, 5)));
    assertEquals(
        "05/03/2025 07:30", fmt.dateTime(Instant.parse("2025-03-05T00:30:00Z")), "Hà Nội time");
    assertEquals("", fmt.date(null));
  }

  @Test
  void workingDaysHaveADecimalComma() {
    assertEquals("2,5", fmt.days(new BigDecimal("2.50")));
    assertEquals("1.234,25", fmt.days(new BigDecimal("1234.25")));
  }

  @Test
  void aLabelThatStandsAloneStartsWithACapitalWhateverItsFirstLetter() {
    assertEquals("Hết hiệu lực toàn bộ", fmt.capital("hết hiệu lực toàn bộ"));
    assertEquals("Đính chính", fmt.capital("đính chính"), "đ is a letter of its own");
    assertEquals("Ủy ban", fmt.capital("ủy ban"));
    assertEquals(
        "U\u0309y ban", fmt.capital("u\u0309y ban"), "a decomposed first letter keeps its mark");
    assertEquals("Cấp xã", fmt.capital("Cấp xã"), "a capital stays");
    assertEquals("", fmt.capital(null));
    assertEquals("", fmt.capital(""));
  }
}
