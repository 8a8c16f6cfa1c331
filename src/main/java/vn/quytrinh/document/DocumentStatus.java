package vn.quytrinh.document;

import vn.quytrinh.platform.i18n.Labelled;

/** A document is in use until it is withdrawn (thu hồi), after which it is kept as obsolete. */
public enum DocumentStatus implements Labelled {
  ACTIVE,
  OBSOLETE
}
