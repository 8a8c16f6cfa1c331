package vn.quytrinh.tthc;

/** What a Quyết định công bố does to a TTHC. */
public enum TthcChangeKind {
  AMENDED("sửa đổi, bổ sung", TthcStatus.AMENDED),
  REPLACED("thay thế", TthcStatus.REPLACED),
  ABOLISHED("bãi bỏ", TthcStatus.ABOLISHED);

  private final String label;
  private final TthcStatus result;

  TthcChangeKind(String label, TthcStatus result) {
    this.label = label;
    this.result = result;
  }

  public String label() {
    return label;
  }

  public TthcStatus result() {
    return result;
  }
}
