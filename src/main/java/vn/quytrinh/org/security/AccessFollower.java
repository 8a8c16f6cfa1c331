package vn.quytrinh.org.security;

import java.util.Set;
import java.util.function.LongFunction;
import vn.quytrinh.audit.AuditTrail;

/**
 * Follows the audit trail for changes to people and units, the way the search index follows it for
 * documents: every instance polls the events after the last one it saw (twice a second by default),
 * so a deactivation, new roles or a new password made on one instance take effect on every other
 * within a second. The read path pays nothing for it: HTTP Basic still answers from memory, and the
 * poll is one read of the head when nothing happened.
 */
public final class AccessFollower {

  /** The audit entities whose events touch what sign-in remembers. */
  public static final Set<String> ENTITIES = Set.of("USER", "UNIT");

  /** Who is told. */
  public interface Listener {
    /** The person changed; {@code seq} is the event that says so. */
    void personChanged(String username, long seq);

    void unitsChanged();
  }

  private final LongFunction<AuditTrail.Since> read;
  private final Listener listener;
  private long seen;

  /** Starts after {@code head}: what happened before this instance started cannot be cached. */
  public AccessFollower(LongFunction<AuditTrail.Since> read, long head, Listener listener) {
    this.read = read;
    this.seen = head;
    this.listener = listener;
  }

  /** Reads what happened since the last poll and tells the listener; returns how many events. */
  public synchronized int poll() {
    AuditTrail.Since since = read.apply(seen);
    for (AuditTrail.Touch t : since.touches()) {
      if ("USER".equals(t.entity()) && t.entityId() != null && !"CREATE".equals(t.action())) {
        listener.personChanged(t.entityId(), t.seq());
      } else if ("UNIT".equals(t.entity()) && !"CREATE".equals(t.action())) {
        listener.unitsChanged();
      }
    }
    seen = since.head();
    return since.touches().size();
  }

  public synchronized long seen() {
    return seen;
  }
}
