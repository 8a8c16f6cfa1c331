package vn.quytrinh.legal;

import vn.quytrinh.platform.i18n.Labelled;

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
}
