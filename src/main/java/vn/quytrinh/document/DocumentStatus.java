package vn.quytrinh.document;

/** A document is in use until it is withdrawn (thu hồi), after which it is kept as obsolete. */
public enum DocumentStatus {
  ACTIVE,
  OBSOLETE
}
