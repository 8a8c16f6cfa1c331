package vn.quytrinh.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {

  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z"); // 10:00 in Hà Nội
  private final Clock system = Clock.fixed(NOW, TimeSource.VIETNAM);

  @TempDir Path dir;

  @Test
  void withoutTheFileTheClockIsTheSystems() {
    OffsetFileClock clock = new OffsetFileClock(system, dir.resolve("missing"));
    assertEquals(NOW, clock.instant());
  }

  @Test
  void aDurationInTheFileMovesTheClock() throws Exception {
    Path file = Files.writeString(dir.resolve("offset"), "P1D\n");
    TimeSource time = new TimeSource(new OffsetFileClock(system, file));
    assertEquals(LocalDate.of(2026, 12, 3), time.today());
  }

  @Test
  void aDateInTheFileIsMidnightOfThatDayInVietnam() throws Exception {
    Path file = Files.writeString(dir.resolve("offset"), "2027-01-15");
    OffsetFileClock clock = new OffsetFileClock(system, file);
    assertEquals(Instant.parse("2027-01-14T17:00:00Z"), clock.instant());
  }

  @Test
  void aChangedFileIsReadAgain() throws Exception {
    Path file = Files.writeString(dir.resolve("offset"), "PT0S");
    OffsetFileClock clock = new OffsetFileClock(system, file);
    assertEquals(Duration.ZERO, clock.offset());
    Files.writeString(file, "PT2H");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    Thread.sleep(150); // the file is looked at ten times a second at most
    assertEquals(Duration.ofHours(2), clock.offset());
  }

  @Test
  void anUnreadableOffsetKeepsTheLastOne() throws Exception {
    Path file = Files.writeString(dir.resolve("offset"), "PT3H");
    OffsetFileClock clock = new OffsetFileClock(system, file);
    assertEquals(Duration.ofHours(3), clock.offset());
    Files.writeString(file, "ngày mai");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    Thread.sleep(150);
    assertEquals(Duration.ofHours(3), clock.offset());
  }
}
