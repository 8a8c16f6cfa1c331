package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which articles a flag shows the wording of. */
class FlagChangesTest {

  @Test
  void theCitedArticlesAmongThoseChangedElseThoseChangedElseThoseCited() {
    assertEquals(List.of("4"), FlagChanges.concerned(List.of("4", "9"), List.of("4", "7a", "15")));
    assertEquals(
        List.of("4", "7a"),
        FlagChanges.concerned(List.of("2"), List.of("4", "7a")),
        "cites only other articles (possibly affected): the articles changed");
    assertEquals(
        List.of("4", "7a"),
        FlagChanges.concerned(Arrays.asList((Object) null), List.of("4", "7a")),
        "cites the whole document");
    assertEquals(
        List.of("5"),
        FlagChanges.concerned(List.of("5", "5"), List.of()),
        "the whole document changed: the articles cited");
    assertEquals(List.of(), FlagChanges.concerned(Arrays.asList((Object) null), List.of()));
  }
}
