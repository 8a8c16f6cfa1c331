package vn.quytrinh.platform;

import java.util.function.Supplier;

/**
 * How many statements reached the database while some work ran, counted by the harness's {@link
 * CountingDataSource} ({@link JpaHarness#counting()}), on H2 and on PostgreSQL alike; commits and
 * rollbacks are not statements.
 */
public final class Statements {

  private Statements() {}

  /** The work's result and the number of statements it sent. */
  public record Counted<T>(T result, long statements) {}

  public static <T> Counted<T> during(JpaHarness db, Supplier<T> work) {
    long before = executed(db.statements());
    T result = work.get();
    return new Counted<>(result, executed(db.statements()) - before);
  }

  private static long executed(CountingDataSource counter) {
    return counter.calls().stream()
        .filter(c -> !c.kind().equals("commit") && !c.kind().equals("rollback"))
        .count();
  }
}
