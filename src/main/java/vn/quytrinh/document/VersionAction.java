package vn.quytrinh.document;

/** What happened to a version, in the order it happened. */
public enum VersionAction {
  CREATED("Tạo dự thảo"),
  SAVED("Soạn thảo"),
  SUBMITTED("Trình xem xét"),
  ACCEPTED("Xem xét, chấp thuận"),
  RETURNED_AT_REVIEW("Trả lại khi xem xét"),
  APPROVED("Phê duyệt"),
  RETURNED_AT_APPROVAL("Trả lại khi phê duyệt"),
  EFFECTIVE("Có hiệu lực"),
  SUPERSEDED("Được thay thế"),
  WITHDRAWN("Thu hồi, hết hiệu lực");

  private final String label;

  VersionAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
