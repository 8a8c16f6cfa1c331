package vn.quytrinh.tthc;

import vn.quytrinh.platform.i18n.Labelled;

public enum TthcStatus implements Labelled {
  ACTIVE,
  AMENDED,
  REPLACED,
  ABOLISHED
}
