package vn.quytrinh.impact;

public enum FlagStatus {
  OPEN,
  RESOLVED,
  DISMISSED
}
