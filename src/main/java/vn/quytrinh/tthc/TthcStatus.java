package vn.quytrinh.tthc;

public enum TthcStatus {
  ACTIVE,
  AMENDED,
  REPLACED,
  ABOLISHED
}
