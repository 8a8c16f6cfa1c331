package vn.quytrinh.impact;

/** How surely a change hits a procedure. */
public enum Severity {
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
