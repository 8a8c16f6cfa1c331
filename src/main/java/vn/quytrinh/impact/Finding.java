package vn.quytrinh.impact;

import java.util.Locale;
import vn.quytrinh.platform.i18n.Localized;
import vn.quytrinh.platform.i18n.Message;

/** One consistency finding on a procedure version or a unit's TTHC coverage. */
public record Finding(
    String kind,
    String severity,
    Long documentId,
    String documentCode,
    Integer issueNo,
    String unitCode,
    String tthcCode,
    Message detail)
    implements Localized {

  public static final String ERROR = "ERROR";
  public static final String WARNING = "WARNING";

  public boolean blocking() {
    return ERROR.equals(severity);
  }

  /** The finding as the API shows it, its detail in the reader's language. */
  public record View(
      String kind,
      String severity,
      Long documentId,
      String documentCode,
      Integer issueNo,
      String unitCode,
      String tthcCode,
      String detail,
      String detailKey) {}

  @Override
  public View in(Locale locale) {
    return new View(
        kind,
        severity,
        documentId,
        documentCode,
        issueNo,
        unitCode,
        tthcCode,
        detail.in(locale),
        detail.key());
  }
}
