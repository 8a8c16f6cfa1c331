package vn.quytrinh.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Gives every deployment an empty database, as the in-memory H2 of the default run does: when the
 * server runs on PostgreSQL (the profile {@code postgresql} sets {@code it.db.schema}), the schema
 * is dropped and created again before each deployment, so each suite starts from Flyway's first
 * migration and the suites never see each other's rows. Without {@code it.db.schema} it only waits
 * for the previous server (below).
 *
 * <p>The Payara Micro container starts a server in {@code deploy} and ends it in {@code undeploy}
 * with {@code Process.destroy()}, without waiting: the server of the previous test class may still
 * be shutting down (its pool connected to the schema, its background work running, its search index
 * open in the same directory) when the next class deploys. So before anything else this waits until
 * no server started by this JVM is alive, and only then empties the schema: the schema is never
 * emptied under a running server.
 */
public class FreshDatabase implements LoadableExtension {

  private static final Logger LOG = Logger.getLogger(FreshDatabase.class.getName());

  /** How long a previous server may take to stop before it is killed. */
  static final Duration STOP_WAIT = Duration.ofSeconds(120);

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(FreshDatabase.class);
  }

  public void beforeDeploy(@Observes BeforeDeploy event) throws SQLException {
    awaitPreviousServers();
    String schema = System.getProperty("it.db.schema", "");
    if (schema.isBlank()) {
      return;
    }
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("it.db.schema must be a plain lower-case name: " + schema);
    }
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("quytrinh.test.pg.url"),
                System.getProperty("quytrinh.test.pg.user"),
                System.getProperty("quytrinh.test.pg.password"));
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
  }

  /** Waits for the Payara Micro processes this JVM started to end, killing any that will not. */
  static void awaitPreviousServers() {
    List<ProcessHandle> servers =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
            .toList();
    for (ProcessHandle p : servers) {
      long started = System.nanoTime();
      try {
        p.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        LOG.warning("server " + p.pid() + " still running after " + STOP_WAIT + ": killed");
        p.destroyForcibly();
        p.onExit().join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for server " + p.pid(), e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e);
      }
      LOG.info(
          "previous server "
              + p.pid()
              + " ended "
              + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)
              + " ms after the next deployment began");
    }
  }
}
