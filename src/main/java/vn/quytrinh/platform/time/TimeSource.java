package vn.quytrinh.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" is the date in Asia/Ho_Chi_Minh, wherever the server runs. */
@ApplicationScoped
public class TimeSource {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Clock clock;

  public TimeSource() {
    this(Clock.system(VIETNAM));
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
