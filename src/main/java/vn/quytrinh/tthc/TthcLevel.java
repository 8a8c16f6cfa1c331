package vn.quytrinh.tthc;

import vn.quytrinh.platform.i18n.Labelled;

/** Cấp thực hiện. HUYEN is kept for TTHC announced before 01/07/2025. */
public enum TthcLevel implements Labelled {
  TRUNG_UONG,
  TINH,
  XA,
  HUYEN,
  NHIEU_CAP
}
