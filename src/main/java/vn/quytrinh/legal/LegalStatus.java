package vn.quytrinh.legal;

import vn.quytrinh.platform.i18n.Labelled;

/** Whether a document applies on a given day (tình trạng hiệu lực). */
public enum LegalStatus implements Labelled {
  NOT_YET_EFFECTIVE,
  IN_FORCE,
  PARTLY_EXPIRED,
  EXPIRED,
  SUSPENDED;
}
