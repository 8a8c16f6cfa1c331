package vn.quytrinh.legal;

/** Loại văn bản, as the national legal database names them. */
public enum LegalDocumentType {
  HIEN_PHAP("Hiến pháp"),
  BO_LUAT("Bộ luật"),
  LUAT("Luật"),
  NGHI_QUYET("Nghị quyết"),
  PHAP_LENH("Pháp lệnh"),
  LENH("Lệnh"),
  NGHI_DINH("Nghị định"),
  QUYET_DINH("Quyết định"),
  CHI_THI("Chỉ thị"),
  THONG_TU("Thông tư"),
  THONG_TU_LIEN_TICH("Thông tư liên tịch"),
  CONG_VAN("Công văn"),
  KE_HOACH("Kế hoạch"),
  KHAC("Khác");

  private final String label;

  LegalDocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
