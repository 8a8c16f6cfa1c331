package vn.quytrinh.platform.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A test clock: the system's time moved by the offset written in a file, read again when the file
 * changes. A test that runs several instances writes one file and every instance reaches the date
 * it wants (an approval scheduled for tomorrow takes effect) without a restart. The file holds an
 * ISO-8601 duration ({@code P1D}, {@code PT-2H}) or a date ({@code 2027-01-15}: midnight of that
 * day in Vietnam, from then on the clock runs); an empty or missing file means no offset, and a
 * file that cannot be read keeps the last offset read. Never configured in production ({@code
 * quytrinh.clock.offset-file}, see {@code docs/configuration.md}).
 */
public final class OffsetFileClock extends Clock {

  private static final long RECHECK_NANOS = 100_000_000L;

  private final Clock system;
  private final Path file;
  private final ZoneId zone;
  private volatile State state = new State(Duration.ZERO, -1, Long.MIN_VALUE);

  private record State(Duration offset, long modified, long checkedAt) {}

  public OffsetFileClock(Clock system, Path file) {
    this.system = system;
    this.file = file;
    this.zone = system.getZone();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new OffsetFileClock(system.withZone(other), file);
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset());
  }

  /** The offset now in force; the file is looked at no more than ten times a second. */
  Duration offset() {
    State s = state;
    long now = System.nanoTime();
    if (now - s.checkedAt() < RECHECK_NANOS && s.checkedAt() != Long.MIN_VALUE) {
      return s.offset();
    }
    long modified;
    try {
      modified = Files.getLastModifiedTime(file).toMillis();
    } catch (NoSuchFileException missing) {
      state = new State(Duration.ZERO, -1, now);
      return Duration.ZERO;
    } catch (IOException unreadable) {
      state = new State(s.offset(), s.modified(), now);
      return s.offset();
    }
    Duration offset = s.offset();
    if (modified != s.modified()) {
      try {
        offset = parse(Files.readString(file, StandardCharsets.UTF_8).strip());
      } catch (IOException | DateTimeParseException unreadable) {
        offset = s.offset();
      }
    }
    state = new State(offset, modified, now);
    return offset;
  }

  /** The offset a file's text asks for, against the system clock now. */
  Duration parse(String text) {
    if (text.isEmpty()) {
      return Duration.ZERO;
    }
    if (text.startsWith("P") || text.startsWith("-P")) {
      return Duration.parse(text);
    }
    Instant target = LocalDate.parse(text).atStartOfDay(TimeSource.VIETNAM).toInstant();
    return Duration.between(system.instant(), target);
  }
}
