package vn.quytrinh.legal;

import java.util.Optional;
import vn.quytrinh.platform.i18n.Labelled;
import vn.quytrinh.platform.text.Text;

/** Loại văn bản, as the national legal database names them. */
public enum LegalDocumentType implements Labelled {
  HIEN_PHAP,
  BO_LUAT,
  LUAT,
  NGHI_QUYET,
  PHAP_LENH,
  LENH,
  NGHI_DINH,
  QUYET_DINH,
  CHI_THI,
  THONG_TU,
  THONG_TU_LIEN_TICH,
  CONG_VAN,
  KE_HOACH,
  KHAC;

  /**
   * The type a number's symbol says: NĐ-CP a decree, QĐ-… a decision, TT-… a circular, TTLT-… a
   * joint one, QH13 a law, NQ-… a resolution, CT-… a directive, KH-… a plan; an official letter
   * carries its issuer's symbol first (3218/UBND-VX, 15/BTP-HCTP); anything else is KHAC.
   */
  public static LegalDocumentType of(LegalDocumentNumber n) {
    return switch (n.typeCode()) {
      case "ND" -> NGHI_DINH;
      case "QD" -> QUYET_DINH;
      case "TT" -> THONG_TU;
      case "TTLT" -> THONG_TU_LIEN_TICH;
      case "QH" -> LUAT;
      case "NQ" -> NGHI_QUYET;
      case "CT" -> CHI_THI;
      case "KH" -> KE_HOACH;
      case "UBND", "BTP", "VPCP", "CV" -> CONG_VAN;
      default -> KHAC;
    };
  }

  /** The type a text names, "Nghị định" or "nghi dinh" (case and marks folded); none otherwise. */
  public static Optional<LegalDocumentType> named(String text) {
    String f = Text.fold(text).strip();
    if (f.isEmpty()) {
      return Optional.empty();
    }
    for (LegalDocumentType t : values()) {
      if (f.equals(Text.fold(t.label()))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
