package vn.quytrinh.platform.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource. URL, user and password come from MicroProfile Config, so {@code
 * QUYTRINH_DB_URL}, {@code QUYTRINH_DB_USER}, {@code QUYTRINH_DB_PASSWORD} (and {@code
 * QUYTRINH_DB_DATASOURCE_CLASS} for PostgreSQL: {@code org.postgresql.ds.PGSimpleDataSource}) point
 * the same build at another database.
 *
 * <p>The pool's bounds are fixed here (1 to 32 connections per instance): the annotation's pool
 * sizes are numbers, which MicroProfile Config's {@code ${MPCONFIG=…}} cannot fill, so there is no
 * key for them. With N instances on one PostgreSQL, keep its {@code max_connections} above 32 × N.
 */
@DataSourceDefinition(
    name = DataSourceConfig.JNDI_NAME,
    className = "${MPCONFIG=quytrinh.db.datasource-class}",
    url = "${MPCONFIG=quytrinh.db.url}",
    user = "${MPCONFIG=quytrinh.db.user}",
    password = "${MPCONFIG=quytrinh.db.password}",
    minPoolSize = 1,
    maxPoolSize = 32,
    initialPoolSize = 1,
    isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED)
@ApplicationScoped
public class DataSourceConfig {

  public static final String JNDI_NAME = "java:app/jdbc/quytrinh";
}
