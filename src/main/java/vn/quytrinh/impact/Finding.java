package vn.quytrinh.impact;

/** One consistency finding on a procedure version or a unit's TTHC coverage. */
public record Finding(
    String kind,
    String severity,
    Long documentId,
    String documentCode,
    Integer issueNo,
    String unitCode,
    String tthcCode,
    String detail) {

  public static final String ERROR = "ERROR";
  public static final String WARNING = "WARNING";

  public boolean blocking() {
    return ERROR.equals(severity);
  }
}
