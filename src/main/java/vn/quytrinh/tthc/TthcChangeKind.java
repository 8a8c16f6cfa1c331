package vn.quytrinh.tthc;

import vn.quytrinh.platform.i18n.Labelled;

/** What a Quyết định công bố does to a TTHC. */
public enum TthcChangeKind implements Labelled {
  AMENDED(TthcStatus.AMENDED),
  REPLACED(TthcStatus.REPLACED),
  ABOLISHED(TthcStatus.ABOLISHED);

  private final TthcStatus result;

  TthcChangeKind(TthcStatus result) {
    this.result = result;
  }

  public TthcStatus result() {
    return result;
  }
}
