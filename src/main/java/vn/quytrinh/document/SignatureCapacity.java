package vn.quytrinh.document;

import vn.quytrinh.platform.i18n.Labelled;

/** The capacity in which a version is signed: xem xét (review) or phê duyệt (approval). */
public enum SignatureCapacity implements Labelled {
  REVIEW,
  APPROVAL;
}
