package vn.quytrinh.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded H2 database's folder and password, settled when the datasource first asks for its
 * password, so before it opens a file: the data folder is made the owner's alone ({@code rwx------}
 * on the folder, {@code rw-------} on every file in it), and the password is the one in the
 * owner-only file {@code db-password} of that folder, written at random on the first start of a new
 * installation. An installation created before (a database file and no password file) keeps opening
 * with the old default {@code embedded}, with a warning saying how to change it.
 *
 * <p>A MicroProfile Config source (ordinal 150): a password given as a system property or an
 * environment variable ({@code QUYTRINH_DB_PASSWORD}) wins, and nothing is given for a database
 * that is not an embedded H2 file (PostgreSQL, H2 over TCP or in memory).
 */
public class EmbeddedDatabase implements ConfigSource {

  static final String PASSWORD_KEY = "quytrinh.db.password";
  static final String URL_KEY = "quytrinh.db.url";
  static final String DEFAULT_URL = "jdbc:h2:./data/quytrinh;WRITE_DELAY=0";
  static final String LEGACY_PASSWORD = "embedded";
  static final String PASSWORD_FILE = "db-password";
  static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

  private volatile String password;

  @Override
  public int getOrdinal() {
    return 150;
  }

  @Override
  public String getName() {
    return "quytrinh-embedded-database";
  }

  @Override
  public Set<String> getPropertyNames() {
    return databaseFile(configuredUrl()).isPresent() ? Set.of(PASSWORD_KEY) : Set.of();
  }

  @Override
  public Map<String, String> getProperties() {
    String v = getValue(PASSWORD_KEY);
    return v == null ? Map.of() : Map.of(PASSWORD_KEY, v);
  }

  @Override
  public String getValue(String key) {
    if (!PASSWORD_KEY.equals(key)) {
      return null;
    }
    String p = password;
    if (p == null) {
      synchronized (this) {
        if (password == null) {
          password = databaseFile(configuredUrl()).map(EmbeddedDatabase::prepare).orElse(null);
        }
        p = password;
      }
    }
    return p;
  }

  /** The database URL as configured where a config source can read it before the others. */
  static String configuredUrl() {
    String v = System.getProperty(URL_KEY);
    if (v == null || v.isBlank()) {
      v = System.getenv("QUYTRINH_DB_URL");
    }
    return v == null || v.isBlank() ? DEFAULT_URL : v.trim();
  }

  /**
   * The base path of an embedded H2 file database ({@code ./data/quytrinh} for {@code
   * jdbc:h2:./data/quytrinh;…}); empty for any other database.
   */
  static Optional<Path> databaseFile(String url) {
    if (url == null || !url.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    String rest = url.substring("jdbc:h2:".length());
    int semicolon = rest.indexOf(';');
    if (semicolon >= 0) {
      rest = rest.substring(0, semicolon);
    }
    for (String remote : new String[] {"mem:", "tcp:", "ssl:", "zip:"}) {
      if (rest.startsWith(remote)) {
        return Optional.empty();
      }
    }
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    if (rest.startsWith("~")) {
      rest = System.getProperty("user.home") + rest.substring(1);
    }
    return rest.isBlank() ? Optional.empty() : Optional.of(Path.of(rest));
  }

  /**
   * Makes the database's folder and files the owner's alone and answers the password to open it
   * with: the password file's, the old default for an installation created without one, or a new
   * random one written to a new owner-only file.
   */
  static String prepare(Path base) {
    Path folder = base.toAbsolutePath().normalize().getParent();
    try {
      Files.createDirectories(folder);
      ownerOnly(folder);
      Path file = folder.resolve(PASSWORD_FILE);
      if (Files.isRegularFile(file)) {
        String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!stored.isEmpty()) {
          return stored;
        }
      }
      Path database = Path.of(base.toAbsolutePath().normalize() + ".mv.db");
      if (Files.exists(database)) {
        LOG.warning(
            () ->
                "The embedded database "
                    + database
                    + " was created with the old default password; it still opens with it."
                    + " To change it, see docs/configuration.md (ALTER USER … SET PASSWORD,"
                    + " then the new password in "
                    + file
                    + ").");
        return LEGACY_PASSWORD;
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.deleteIfExists(file);
      if (posix()) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, fresh + "\n", StandardCharsets.UTF_8);
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the data folder " + folder, e);
    }
  }

  /**
   * Makes the folder of the embedded file database at {@code url} the owner's alone, if it exists;
   * nothing for another database. A failure is logged, never fatal.
   */
  static void tighten(String url) {
    databaseFile(url)
        .map(base -> base.toAbsolutePath().normalize().getParent())
        .filter(Files::isDirectory)
        .ifPresent(
            folder -> {
              try {
                ownerOnly(folder);
              } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "Cannot make " + folder + " the owner's alone: " + e);
              }
            });
  }

  /** The folder {@code rwx------} and each file in it {@code rw-------}, on a POSIX file system. */
  static void ownerOnly(Path folder) throws IOException {
    if (!posix()) {
      return;
    }
    Files.setPosixFilePermissions(folder, OWNER_FOLDER);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(f, OWNER_FILE);
        }
      }
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
