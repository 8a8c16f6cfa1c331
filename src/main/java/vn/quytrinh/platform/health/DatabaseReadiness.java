package vn.quytrinh.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} says DOWN while this instance cannot read its database: no connection, or
 * the schema's history cannot be read within {@link #TIMEOUT_SECONDS}. The schema's version is
 * shown beside, so an operator sees which instances run on an upgraded schema.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final int TIMEOUT_SECONDS = 5;

  private DataSource dataSource;

  @Inject
  public DatabaseReadiness(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** For the CDI client proxy only. */
  protected DatabaseReadiness() {}

  @Override
  public HealthCheckResponse call() {
    Map<String, Object> data = new LinkedHashMap<>();
    boolean up;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(TIMEOUT_SECONDS);
      data.put("database", c.getMetaData().getDatabaseProductName());
      try (ResultSet r =
          s.executeQuery(
              // Flyway's names are quoted lower case on H2 and PostgreSQL alike
              "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                  + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC"
                  + " FETCH FIRST 1 ROWS ONLY")) {
        up = r.next();
        data.put("schemaVersion", up ? r.getString(1) : "none");
      }
    } catch (SQLException | RuntimeException e) {
      up = false;
      data.put("problem", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return new HealthCheckResponse(
        "database",
        up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }
}
