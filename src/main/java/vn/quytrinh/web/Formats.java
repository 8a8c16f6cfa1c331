package vn.quytrinh.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.quytrinh.platform.time.TimeSource;

/**
 * How the pages write dates and numbers, in both languages alike: dd/MM/yyyy, times in
 * Asia/Ho_Chi_Minh, working days with a decimal comma (2,5), as on the printed forms.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(TimeSource.VIETNAM);

  public String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  public String dateTime(Instant t) {
    return t == null ? "" : DATE_TIME.format(t);
  }

  public String days(BigDecimal d) {
    if (d == null) {
      return "";
    }
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VI));
    return f.format(d);
  }

  /**
   * A label that stands alone (a badge, a table cell, a choice in a list) with its first letter in
   * capitals: the bundles word statuses and kinds in lower case, as they read inside a sentence
   * ("đã được sửa đổi, bổ sung"), and a label that starts a line starts with a capital.
   */
  public String capital(String label) {
    if (label == null || label.isEmpty()) {
      return label == null ? "" : label;
    }
    int first = label.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(label, Character.charCount(first), label.length())
        .toString();
  }

  private static final Locale VI = Locale.forLanguageTag("vi");
}
