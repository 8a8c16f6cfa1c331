package vn.quytrinh.impact;

import vn.quytrinh.platform.i18n.Labelled;

/** How surely a change hits a procedure. */
public enum Severity implements Labelled {
  /**
   * The cited article changed, the citation names no article, the whole text changed, or the TTHC
   * changed.
   */
  AFFECTED,
  /**
   * Only other articles changed, or the hit came through a chain: worth a look, maybe no change.
   */
  POSSIBLY_AFFECTED
}
