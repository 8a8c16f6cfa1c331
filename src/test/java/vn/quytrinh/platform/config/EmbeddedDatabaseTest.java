package vn.quytrinh.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's folder is the owner's alone before the database opens a file, a new
 * installation gets a random password in an owner-only file, and one created with the old default
 * keeps opening.
 */
class EmbeddedDatabaseTest {

  @TempDir Path tmp;

  static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aNewInstallationGetsARandomPasswordInAnOwnerOnlyFolder() throws Exception {
    Path folder = tmp.resolve("data");
    Files.createDirectories(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path base = folder.resolve("quytrinh");
    String password = EmbeddedDatabase.prepare(base);
    assertNotEquals(EmbeddedDatabase.LEGACY_PASSWORD, password);
    assertTrue(password.length() >= 40, password);
    assertEquals("rwx------", mode(folder));
    assertEquals("rw-------", mode(folder.resolve("db-password")));
    String url = "jdbc:h2:" + base + ";WRITE_DELAY=0";
    try (Connection c = DriverManager.getConnection(url, "quytrinh", password)) {
      c.createStatement().execute("CREATE TABLE t (x INT)");
    }
    assertEquals(password, EmbeddedDatabase.prepare(base), "the same password on the next start");
    assertEquals("rw-------", mode(Path.of(base + ".mv.db")));
  }

  @Test
  void anInstallationCreatedWithTheOldDefaultStillOpensAndIsClosedToOthers() throws Exception {
    Path folder = tmp.resolve("old");
    Path base = folder.resolve("quytrinh");
    try (Connection c = DriverManager.getConnection("jdbc:h2:" + base, "quytrinh", "embedded")) {
      c.createStatement().execute("CREATE TABLE t (x INT)");
    }
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path db = Path.of(base + ".mv.db");
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(EmbeddedDatabase.LEGACY_PASSWORD, EmbeddedDatabase.prepare(base));
    assertEquals("rwx------", mode(folder));
    assertEquals("rw-------", mode(db));
  }

  @Test
  void onlyAnEmbeddedFileDatabaseIsPrepared() {
    assertEquals(
        Optional.of(Path.of("./data/quytrinh")),
        EmbeddedDatabase.databaseFile("jdbc:h2:./data/quytrinh;WRITE_DELAY=0"));
    assertEquals(
        Optional.of(Path.of("/srv/qt/db")),
        EmbeddedDatabase.databaseFile("jdbc:h2:file:/srv/qt/db"));
    assertEquals(
        Optional.empty(), EmbeddedDatabase.databaseFile("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"));
    assertEquals(Optional.empty(), EmbeddedDatabase.databaseFile("jdbc:h2:tcp://h/db"));
    assertEquals(
        Optional.empty(), EmbeddedDatabase.databaseFile("jdbc:postgresql://127.0.0.1/quytrinh"));
  }

  @Test
  void aStartClosesAFolderLeftOpen() throws Exception {
    Path folder = tmp.resolve("open");
    Files.createDirectories(folder);
    Path db = Files.createFile(folder.resolve("quytrinh.mv.db"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-rw-"));
    EmbeddedDatabase.tighten("jdbc:h2:file:" + folder.resolve("quytrinh") + ";WRITE_DELAY=0");
    assertEquals("rwx------", mode(folder));
    assertEquals("rw-------", mode(db));
  }
}
