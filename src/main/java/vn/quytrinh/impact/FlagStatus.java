package vn.quytrinh.impact;

import vn.quytrinh.platform.i18n.Labelled;

public enum FlagStatus implements Labelled {
  OPEN,
  RESOLVED,
  DISMISSED
}
