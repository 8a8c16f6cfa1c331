package vn.quytrinh.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.platform.config.H2Backup;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * Backups of a running installation on the embedded H2 database, on an administrator's request (a
 * scheduler calls the endpoint: {@code docs/operations.md}): a consistent archive in {@code
 * quytrinh.backup.dir}, the oldest beyond {@code quytrinh.backup.keep} removed, one {@code BACKUP}
 * event in the audit trail after it (so the archive holds the trail up to the event before). On
 * PostgreSQL the database's own tools take backups and this answers 409.
 */
@ApplicationScoped
public class BackupService {

  static final String PREFIX = "quytrinh-";
  static final Pattern NAME = Pattern.compile("quytrinh-\\d{8}T\\d{9}Z\\.zip");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private DataSource dataSource;
  private AuditTrail audit;
  private TimeSource time;
  private String url;
  private String dir;
  private int keep;

  @Inject
  public BackupService(
      DataSource dataSource,
      AuditTrail audit,
      TimeSource time,
      @ConfigProperty(name = "quytrinh.db.url") String url,
      @ConfigProperty(name = "quytrinh.backup.dir", defaultValue = "data/backups") String dir,
      @ConfigProperty(name = "quytrinh.backup.keep", defaultValue = "14") int keep) {
    this.dataSource = dataSource;
    this.audit = audit;
    this.time = time;
    this.url = url;
    this.dir = dir;
    this.keep = keep;
  }

  /** For the CDI client proxy only. */
  protected BackupService() {}

  /**
   * A backup written: its file name, size, time, and the older backups removed to keep the rest.
   */
  public record Backup(String file, long bytes, Instant createdAt, List<String> removed) {}

  /** Writes a backup now (ADMIN). */
  public Backup backup(Caller c) {
    c.require(Role.ADMIN);
    Optional<Path> database = H2Backup.databaseOf(url);
    if (database.isEmpty()) {
      throw new Conflict("problem.backup.notEmbedded");
    }
    Instant at = time.now();
    Path folder = Path.of(dir);
    String name = PREFIX + STAMP.format(at) + ".zip";
    if (Files.exists(folder.resolve(name))) {
      throw new Conflict("problem.backup.sameTime");
    }
    long bytes = H2Backup.write(dataSource, database.get(), folder.resolve(name));
    List<String> removed = prune(folder, Math.max(1, keep));
    audit.recordAlone(
        c.username(),
        "BACKUP",
        "INSTALLATION",
        name,
        null,
        Messages.vi("audit.backup.written", bytes, removed.size()));
    return new Backup(name, bytes, at, removed);
  }

  /** Removes the oldest backups (by name, which is by time) beyond the newest {@code keep}. */
  static List<String> prune(Path folder, int keep) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        if (NAME.matcher(n).matches() && Files.isRegularFile(f)) {
          names.add(n);
        }
      }
      names.sort(Comparator.reverseOrder());
      List<String> removed = new ArrayList<>();
      for (String old : names.subList(Math.min(keep, names.size()), names.size())) {
        Files.delete(folder.resolve(old));
        removed.add(old);
      }
      return removed;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prune backups in " + folder, e);
    }
  }
}
