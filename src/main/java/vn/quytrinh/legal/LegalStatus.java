package vn.quytrinh.legal;

/** Whether a document applies on a given day (tình trạng hiệu lực). */
public enum LegalStatus {
  NOT_YET_EFFECTIVE,
  IN_FORCE,
  PARTLY_EXPIRED,
  EXPIRED,
  SUSPENDED;

  /** Vietnamese label, as the national legal database words it. */
  public String label() {
    return switch (this) {
      case NOT_YET_EFFECTIVE -> "chưa có hiệu lực";
      case IN_FORCE -> "còn hiệu lực";
      case PARTLY_EXPIRED -> "hết hiệu lực một phần";
      case EXPIRED -> "hết hiệu lực toàn bộ";
      case SUSPENDED -> "ngưng hiệu lực";
    };
  }
}
