package vn.quytrinh.platform.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * An idempotent write that may race with its own repeat: two requests both find no record, both
 * insert it, and the database's unique constraint refuses the later one at flush or commit. The
 * loser is then a repeat, not a conflict: the attempt runs again in a fresh transaction, finds the
 * record the winner committed, and answers it as the repeat it is (200, nothing raised).
 *
 * <p>The attempt must start and end its own transaction (a call into a {@code @Transactional} bean
 * from outside one), and must look the record up before inserting it.
 */
public final class Repeats {

  /** Attempts in all: the first, and the repeats that find what a racing twin committed. */
  static final int ATTEMPTS = 3;

  private Repeats() {}

  /** Runs the attempt, again in a fresh transaction each time it lost a race to its own repeat. */
  public static <T> T settled(Supplier<T> attempt) {
    for (int i = 1; ; i++) {
      try {
        return attempt.get();
      } catch (RuntimeException e) {
        if (i >= ATTEMPTS || !lostARace(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Whether the failure is a racing twin's write: a unique-constraint violation (SQL state 23505),
   * a serialization failure or deadlock (class 40, H2's concurrent update 90131), a lock wait that
   * timed out (H2 50200) or a stale version of a row both changed (optimistic lock) anywhere in its
   * causes.
   */
  public static boolean lostARace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if ("23505".equals(state)
            || (state != null && state.startsWith("40"))
            || sql.getErrorCode() == 90131
            || sql.getErrorCode() == 50200) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
