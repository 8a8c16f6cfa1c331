package vn.quytrinh.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Today" is the date in Asia/Ho_Chi_Minh, wherever the server runs. A test may start the
 * application with {@code quytrinh.clock.offset-file} to move its clock ({@link OffsetFileClock}).
 */
@ApplicationScoped
public class TimeSource {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Clock clock;

  public TimeSource() {
    this(Clock.system(VIETNAM));
  }

  @Inject
  public TimeSource(
      @ConfigProperty(name = "quytrinh.clock.offset-file") Optional<String> offsetFile) {
    this(
        offsetFile
            .filter(f -> !f.isBlank())
            .<Clock>map(f -> new OffsetFileClock(Clock.system(VIETNAM), Path.of(f)))
            .orElseGet(() -> Clock.system(VIETNAM)));
  }

  public TimeSource(Clock clock) {
    this.clock = clock.withZone(VIETNAM);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Instant now() {
    return clock.instant();
  }
}
