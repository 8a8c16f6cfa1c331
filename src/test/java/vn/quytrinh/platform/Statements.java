package vn.quytrinh.platform;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * How many statements reached the database while some work ran, from H2's own query statistics (so
 * the test needs no wrapper around the connections): the executions counted by {@code
 * INFORMATION_SCHEMA.QUERY_STATISTICS}, the statistics' own reads left out. H2 only; the caller
 * skips the check elsewhere.
 */
public final class Statements {

  private Statements() {}

  /** The work's result and the number of statements it sent. */
  public record Counted<T>(T result, long statements) {}

  public static <T> Counted<T> during(EntityManager em, Supplier<T> work) {
    em.createNativeQuery("SET QUERY_STATISTICS_MAX_ENTRIES 10000").executeUpdate();
    em.createNativeQuery("SET QUERY_STATISTICS TRUE").executeUpdate();
    long before = executed(em);
    T result = work.get();
    long after = executed(em);
    return new Counted<>(result, after - before);
  }

  private static long executed(EntityManager em) {
    Object n =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                    + " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")
            .getSingleResult();
    return ((Number) n).longValue();
  }
}
