package vn.quytrinh.platform.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys of {@code revision_flag} (to the document, the legal relation and the TTHC
 * change), whose names V2 left to each database; a Java migration because H2 and PostgreSQL named
 * them differently, so it asks the database for them.
 *
 * <p>Why: an impact run writes all its flags in one INSERT … SELECT, 181,000 of them for a national
 * decree (issue 12, point 6), and PostgreSQL checks each foreign key of each row by locking the row
 * it references ({@code FOR KEY SHARE}), which wrote to 181,000 document rows and took 2.3 s of the
 * run's 7.5 s. What the keys guarded cannot happen through the application: documents, legal
 * relations and TTHC changes are records of a controlled-document system and are never deleted
 * (nothing in the code deletes them), and every flag is written by the INSERT … SELECT from the
 * rows it names, in the same transaction. {@code docs/architecture.md} says so beside the schema.
 */
public class V10__RevisionFlagsWithoutForeignKeys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    DatabaseMetaData md = c.getMetaData();
    String table = md.storesUpperCaseIdentifiers() ? "REVISION_FLAG" : "revision_flag";
    List<String> keys = new ArrayList<>();
    try (ResultSet rs = md.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
      while (rs.next()) {
        String name = rs.getString("FK_NAME");
        if (!keys.contains(name)) {
          keys.add(name);
        }
      }
    }
    if (keys.size() != 3) {
      throw new IllegalStateException("revision_flag's foreign keys: " + keys);
    }
    try (Statement s = c.createStatement()) {
      for (String key : keys) {
        s.execute("ALTER TABLE revision_flag DROP CONSTRAINT \"" + key.replace("\"", "") + "\"");
      }
    }
  }
}
