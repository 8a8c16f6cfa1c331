package vn.quytrinh.org;

/**
 * A person's account changed (roles, unit, active, password): fired by {@link OrgService} and
 * observed after the commit by whoever remembers something about that person (the sign-in cache,
 * the throttle, the person's web sessions). Other instances learn the same from the audit trail.
 *
 * @param username whose account changed
 * @param keepSession the web session that made the change itself (a person changing their own
 *     password stays signed in there), or null: every session of the person ends
 * @param seq the audit event that records the change, when {@code keepSession} is given: the
 *     session is kept through that event, also when the trail's follower reads it
 */
public record PersonChanged(String username, String keepSession, long seq) {

  public PersonChanged(String username) {
    this(username, null, Long.MAX_VALUE);
  }
}
