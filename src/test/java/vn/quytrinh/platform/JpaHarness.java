package vn.quytrinh.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import vn.quytrinh.platform.config.SchemaMigration;

/**
 * The application's entities and Flyway schema on a fresh in-memory H2, outside the container: for
 * testing queries and conditional updates that only a real database can answer.
 */
public final class JpaHarness implements AutoCloseable {

  private final EntityManagerFactory emf;

  public JpaHarness() {
    String url = "jdbc:h2:mem:qt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    SchemaMigration.migrate(ds, getClass().getClassLoader());
    emf =
        Persistence.createEntityManagerFactory(
            "quytrinh-se",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
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
  }
}
