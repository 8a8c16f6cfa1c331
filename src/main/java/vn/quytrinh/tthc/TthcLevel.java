package vn.quytrinh.tthc;

/** Cấp thực hiện. HUYEN is kept for TTHC announced before 01/07/2025. */
public enum TthcLevel {
  TRUNG_UONG,
  TINH,
  XA,
  HUYEN,
  NHIEU_CAP
}
