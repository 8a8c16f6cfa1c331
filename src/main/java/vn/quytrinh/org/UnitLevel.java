package vn.quytrinh.org;

/** Administrative level of a unit; HUYEN is kept for documents older than 01/07/2025. */
public enum UnitLevel {
  TINH,
  SO,
  XA,
  PHONG,
  HUYEN,
  KHAC
}
