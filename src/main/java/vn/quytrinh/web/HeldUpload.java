package vn.quytrinh.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.file.UploadedFile;
import vn.quytrinh.platform.upload.ImportLimiter;

/**
 * A file uploaded on a page and kept on disk between its check (a dry run) and its confirmation, so
 * that the person confirms exactly what was checked without sending it again; deleted when the page
 * is done with it. The imports page and a legal text's page keep theirs so.
 */
public final class HeldUpload implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String name;
  private final String type;

  private HeldUpload(Path path, String name, String type) {
    this.path = path.toString();
    this.name = name;
    this.type = type;
  }

  /**
   * The largest file a page takes ({@code quytrinh.import.max-bytes}, as the API): read from the
   * configuration when asked rather than injected, since a view-scoped bean may hold only
   * passivation-capable dependencies.
   */
  public static long maxBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue("quytrinh.import.max-bytes", Long.class)
        .orElse(20L * 1024 * 1024);
  }

  /** The same, in whole megabytes, for the pages' hints. */
  public static long maxMegabytes() {
    return maxBytes() / (1024 * 1024);
  }

  /**
   * One of the instance's import places for the run of a held file, as the API's uploads take
   * ({@link ImportLimiter}); when none is free the page says to try again shortly.
   */
  public static Optional<ImportLimiter.Permit> place(ImportLimiter limiter) {
    Optional<ImportLimiter.Permit> place = limiter.tryAcquire();
    if (place.isEmpty()) {
      Notices.error("imports.busy", ImportLimiter.RETRY_AFTER_SECONDS);
    }
    return place;
  }

  /**
   * Keeps the file, or says on the page why not (none chosen, over {@link #maxBytes}, unreadable)
   * and keeps nothing.
   */
  public static Optional<HeldUpload> keep(UploadedFile file, String prefix) {
    long maxBytes = maxBytes();
    if (file == null || file.getSize() <= 0) {
      Notices.error("imports.noFile");
      return Optional.empty();
    }
    if (file.getSize() > maxBytes) {
      Notices.error("imports.tooLarge", maxBytes / (1024 * 1024));
      return Optional.empty();
    }
    Path kept = null;
    try (InputStream in = file.getInputStream()) {
      kept = Files.createTempFile(prefix, ".upload");
      Files.copy(in, kept, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(new HeldUpload(kept, file.getFileName(), file.getContentType()));
    } catch (IOException e) {
      if (kept != null) {
        new HeldUpload(kept, null, null).delete();
      }
      Notices.error("imports.unreadable");
      return Optional.empty();
    }
  }

  public byte[] bytes() throws IOException {
    return Files.readAllBytes(Path.of(path));
  }

  /** The file's name as the person's computer gave it. */
  public String name() {
    return name;
  }

  /** The media type the browser declared. */
  public String type() {
    return type;
  }

  public void delete() {
    Path p = Path.of(path);
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      p.toFile().deleteOnExit();
    }
  }
}
