package vn.quytrinh.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;
import vn.quytrinh.platform.config.DataSourceConfig;

/**
 * The container's resources as CDI beans, so that repositories and services take them in their
 * {@code @Inject} constructor like any other collaborator (Jakarta EE 10 has no built-in bean for
 * them; this is the CDI "resource producer field" pattern). The entity manager is the container's
 * transaction-scoped one: the same proxy, safe to keep in an application-scoped bean. Tests pass
 * their own to the same constructors.
 */
@Dependent
public class ContainerResources {

  @Produces
  @PersistenceContext(unitName = "quytrinh")
  EntityManager entityManager;

  @Produces @Resource TransactionSynchronizationRegistry transactions;

  @Produces @Resource ManagedScheduledExecutorService executor;

  /** The application's datasource, for what works below JPA: readiness, backups. */
  @Produces
  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;
}
