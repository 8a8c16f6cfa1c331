package vn.quytrinh.platform.config;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with Flyway before anything else touches the database. */
@ApplicationScoped
public class SchemaMigration {

  /** Startup order: migration, then bootstrap of people, then sample data, then schedulers. */
  public static final int MIGRATE = 100;

  public static final int BOOTSTRAP = 200;
  public static final int SAMPLE_DATA = 300;
  public static final int SCHEDULERS = 400;

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  void onStart(@Observes @Priority(MIGRATE) @Initialized(ApplicationScoped.class) Object event) {
    // the embedded database's folder is the owner's alone, also where the container resolved the
    // datasource's password before the application's config source was there to prepare it
    EmbeddedDatabase.tighten(
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue(EmbeddedDatabase.URL_KEY, String.class)
            .orElse(EmbeddedDatabase.DEFAULT_URL));
    MigrateResult r = migrate(dataSource, getClass().getClassLoader());
    LOG.info(
        () ->
            "Schema at version "
                + r.targetSchemaVersion
                + " ("
                + r.migrationsExecuted
                + " migrations applied)");
  }

  /**
   * The migrations written in Java, beside the SQL ones of {@code db/migration}: given by instance,
   * not found by scanning the class path, which differs between the container and a plain JVM.
   */
  public static final org.flywaydb.core.api.migration.JavaMigration[] JAVA_MIGRATIONS = {
    new V10__RevisionFlagsWithoutForeignKeys()
  };

  public static MigrateResult migrate(DataSource ds, ClassLoader loader) {
    return Flyway.configure(loader)
        .dataSource(ds)
        .locations("classpath:db/migration")
        .javaMigrations(JAVA_MIGRATIONS)
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
