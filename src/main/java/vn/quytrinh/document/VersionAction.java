package vn.quytrinh.document;

import vn.quytrinh.platform.i18n.Labelled;

/** What happened to a version, in the order it happened. */
public enum VersionAction implements Labelled {
  CREATED,
  SAVED,
  SUBMITTED,
  ACCEPTED,
  RETURNED_AT_REVIEW,
  APPROVED,
  RETURNED_AT_APPROVAL,
  EFFECTIVE,
  SUPERSEDED,
  WITHDRAWN;
}
