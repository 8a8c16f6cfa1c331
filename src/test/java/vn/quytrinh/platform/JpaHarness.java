package vn.quytrinh.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import vn.quytrinh.platform.config.SchemaMigration;

/**
 * The application's entities and Flyway schema on a fresh database, outside the container: for
 * testing queries and conditional updates that only a real database can answer.
 *
 * <p>Which database is chosen by configuration alone: the system property {@code quytrinh.test.db}
 * (set by the Maven profile {@code postgresql}) is {@code h2} (the default: a fresh in-memory H2)
 * or {@code postgresql}: a fresh schema, named at random, in the database of {@code
 * quytrinh.test.pg.url} (user {@code quytrinh.test.pg.user}, password {@code
 * quytrinh.test.pg.password}; environment variables {@code QUYTRINH_TEST_PG_URL} and so on), made
 * the connection's current schema, migrated by the same Flyway scripts, and dropped on {@link
 * #close()}. Harnesses never see each other's rows, and creating one costs a migration of an empty
 * schema, not a new database.
 */
public final class JpaHarness implements AutoCloseable {

  /** The databases a harness can open. */
  public enum Db {
    H2,
    POSTGRESQL;

    /** The database of this run: {@code quytrinh.test.db}, H2 when unset. */
    public static Db configured() {
      String v = setting("quytrinh.test.db", "h2").trim().toUpperCase(Locale.ROOT);
      return v.isEmpty() ? H2 : Db.valueOf(v);
    }
  }

  private final Db db;
  private final EntityManagerFactory emf;
  private final String schema;
  private final CountingDataSource counting;

  /** A harness on the database this run is configured for. */
  public JpaHarness() {
    this(Db.configured());
  }

  /** A harness on the named database, whatever the run is configured for. */
  public JpaHarness(Db db) {
    this(db, false);
  }

  /**
   * A harness on the database this run is configured for whose every statement is counted: see
   * {@link #statements()}.
   */
  public static JpaHarness counting() {
    return new JpaHarness(Db.configured(), true);
  }

  private JpaHarness(Db db, boolean count) {
    this.db = db;
    if (db == Db.H2) {
      schema = null;
      String url = "jdbc:h2:mem:qt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(url);
      ds.setUser("sa");
      SchemaMigration.migrate(ds, getClass().getClassLoader());
      counting = count ? new CountingDataSource(ds) : null;
      emf = open(url, "sa", "", "org.h2.Driver", counting);
    } else {
      schema = "qt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
      String base = pgUrl();
      execute(pgDataSource(base), "CREATE SCHEMA " + schema);
      String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      try {
        SchemaMigration.migrate(pgDataSource(url), getClass().getClassLoader());
      } catch (RuntimeException e) {
        dropSchema();
        throw e;
      }
      counting = count ? new CountingDataSource(pgDataSource(url)) : null;
      emf = open(url, pgUser(), pgPassword(), "org.postgresql.Driver", counting);
    }
  }

  private static EntityManagerFactory open(
      String url, String user, String password, String driver, DataSource counted) {
    if (counted != null) {
      return Persistence.createEntityManagerFactory(
          "quytrinh-se", Map.of("jakarta.persistence.nonJtaDataSource", counted));
    }
    return Persistence.createEntityManagerFactory(
        "quytrinh-se",
        Map.of(
            "jakarta.persistence.jdbc.url", url,
            "jakarta.persistence.jdbc.user", user,
            "jakarta.persistence.jdbc.password", password,
            "jakarta.persistence.jdbc.driver", driver));
  }

  /** The statements counted so far (a harness made by {@link #counting()}). */
  public CountingDataSource statements() {
    if (counting == null) {
      throw new IllegalStateException("not a counting harness: use JpaHarness.counting()");
    }
    return counting;
  }

  /** Which database this harness runs on. */
  public Db db() {
    return db;
  }

  public EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /** Runs the work in its own entity manager and transaction, committing if it returns. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    emf.close();
    if (schema != null) {
      dropSchema();
    }
  }

  private void dropSchema() {
    execute(pgDataSource(pgUrl()), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void execute(DataSource ds, String statement) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(
          statement + " failed on " + pgUrl() + " as " + pgUser() + ": " + e.getMessage(), e);
    }
  }

  private static PGSimpleDataSource pgDataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(pgUser());
    ds.setPassword(pgPassword());
    return ds;
  }

  static String pgUrl() {
    return setting("quytrinh.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/quytrinh_test");
  }

  static String pgUser() {
    return setting("quytrinh.test.pg.user", "quytrinh_test");
  }

  static String pgPassword() {
    return setting("quytrinh.test.pg.password", "quytrinh_test");
  }

  /** A system property, else its environment variable (upper case, dots as underscores). */
  static String setting(String key, String fallback) {
    String v = System.getProperty(key);
    if (v == null || v.isBlank()) {
      v = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return v == null || v.isBlank() ? fallback : v;
  }
}
