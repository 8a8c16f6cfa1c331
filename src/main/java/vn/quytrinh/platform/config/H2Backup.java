package vn.quytrinh.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * A backup of the running embedded H2 database: H2's {@code BACKUP TO}, which copies the database
 * file while the application goes on writing and is transactionally consistent (it reads a
 * snapshot), plus the database's password file ({@code db-password}), so that unzipping the archive
 * into an empty data folder gives a database the application opens as it was. The archive is
 * written beside as {@code .part} and renamed when complete, and is the owner's alone.
 */
public final class H2Backup {

  private H2Backup() {}

  /** The embedded H2 file database of a JDBC URL ({@code ./data/quytrinh}); empty for others. */
  public static Optional<Path> databaseOf(String url) {
    return EmbeddedDatabase.databaseFile(url);
  }

  /**
   * Writes the backup of the database at {@code base} (reached through {@code dataSource}) to
   * {@code target}, which must not exist; answers its size in bytes.
   */
  public static long write(DataSource dataSource, Path base, Path target) {
    Path folder = target.toAbsolutePath().normalize().getParent();
    Path part = folder.resolve(target.getFileName() + ".part");
    Path copy = folder.resolve(target.getFileName() + ".h2.part");
    try {
      Files.createDirectories(folder);
      EmbeddedDatabase.ownerOnly(folder);
      Files.deleteIfExists(copy);
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("BACKUP TO '" + copy.toString().replace("'", "''") + "'");
      }
      Path password =
          base.toAbsolutePath().normalize().getParent().resolve(EmbeddedDatabase.PASSWORD_FILE);
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(copy));
          ZipOutputStream out =
              new ZipOutputStream(
                  Files.newOutputStream(
                      part,
                      StandardOpenOption.CREATE,
                      StandardOpenOption.TRUNCATE_EXISTING,
                      StandardOpenOption.WRITE))) {
        Set<String> names = new HashSet<>();
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          names.add(e.getName());
          out.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(out);
          out.closeEntry();
        }
        if (Files.isRegularFile(password) && names.add(EmbeddedDatabase.PASSWORD_FILE)) {
          out.putNextEntry(new ZipEntry(EmbeddedDatabase.PASSWORD_FILE));
          Files.copy(password, out);
          out.closeEntry();
        }
      }
      Files.delete(copy);
      EmbeddedDatabase.ownerOnly(folder);
      Files.move(part, target);
      return Files.size(target);
    } catch (SQLException e) {
      throw new IllegalStateException("BACKUP TO " + copy + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Backup to " + target + " failed", e);
    } finally {
      try {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // a leftover .part file is named as such and never taken for a backup
      }
    }
  }
}
