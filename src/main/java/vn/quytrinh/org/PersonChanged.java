package vn.quytrinh.org;

/**
 * A person's account changed (roles, unit, active, password): fired by {@link OrgService} and
 * observed after the commit by whoever remembers something about that person (the sign-in cache,
 * the throttle, the person's web sessions). Other instances learn the same from the audit trail.
 *
 * @param username whose account changed
 */
public record PersonChanged(String username) {}
