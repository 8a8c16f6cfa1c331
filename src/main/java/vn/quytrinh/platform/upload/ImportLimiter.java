package vn.quytrinh.platform.upload;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many imports this instance reads at once ({@code quytrinh.import.concurrent}, 1 unless
 * configured): spreadsheets and Word procedures, through the API or the pages, and the texts of
 * legal documents, which share the places. An import holds its file, the rows read from it and, in
 * its transaction, every entity it touches: about 200 MB for the largest file allowed (see
 * docs/configuration.md), so two at once already take most of a 512 MB heap. One more is refused at
 * once (429 with Retry-After) rather than queued, so that nothing waits holding an upload in
 * memory.
 */
@ApplicationScoped
public class ImportLimiter {

  /** What a refused caller is told to wait, in seconds: an import takes seconds to a minute. */
  public static final int RETRY_AFTER_SECONDS = 10;

  @Inject
  @ConfigProperty(name = "quytrinh.import.concurrent", defaultValue = "1")
  int concurrent;

  private Semaphore permits;

  public ImportLimiter() {}

  /** For tests and tools outside the container. */
  public ImportLimiter(int concurrent) {
    this.concurrent = concurrent;
    init();
  }

  @PostConstruct
  void init() {
    permits = new Semaphore(Math.max(1, concurrent));
  }

  /** A place for one import, to be closed when it ends, or empty when all are taken. */
  public Optional<Permit> tryAcquire() {
    return permits.tryAcquire() ? Optional.of(new Permit(permits)) : Optional.empty();
  }

  /** Places free now. */
  public int available() {
    return permits.availablePermits();
  }

  /** One import's place; closing it more than once gives it back once. */
  public static final class Permit implements AutoCloseable {
    private Semaphore permits;

    private Permit(Semaphore permits) {
      this.permits = permits;
    }

    @Override
    public synchronized void close() {
      if (permits != null) {
        permits.release();
        permits = null;
      }
    }
  }
}
