package vn.quytrinh.org;

import vn.quytrinh.platform.i18n.Labelled;

/** Administrative level of a unit; HUYEN is kept for documents older than 01/07/2025. */
public enum UnitLevel implements Labelled {
  TINH,
  SO,
  XA,
  PHONG,
  HUYEN,
  KHAC
}
