package vn.quytrinh.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Gives every deployment an empty database, as the in-memory H2 of the default run does: when the
 * server runs on PostgreSQL (the profile {@code postgresql} sets {@code it.db.schema}), the schema
 * is dropped and created again before each deployment, so each suite starts from Flyway's first
 * migration and the suites never see each other's rows. Without {@code it.db.schema} it does
 * nothing.
 */
public class FreshDatabase implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(FreshDatabase.class);
  }

  public void beforeDeploy(@Observes BeforeDeploy event) throws SQLException {
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
}
