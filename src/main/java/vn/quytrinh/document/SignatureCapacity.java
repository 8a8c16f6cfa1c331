package vn.quytrinh.document;

/** The capacity in which a version is signed: xem xét (review) or phê duyệt (approval). */
public enum SignatureCapacity {
  REVIEW("Xem xét"),
  APPROVAL("Phê duyệt");

  private final String label;

  SignatureCapacity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
