package vn.quytrinh.org;

/**
 * The unit tree changed (a unit renamed or moved): read scopes computed before it are stale.
 * Observed after the commit, like {@link PersonChanged}.
 *
 * @param code the unit that changed
 */
public record UnitsChanged(String code) {}
