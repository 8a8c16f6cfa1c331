package vn.quytrinh.intake;

import java.util.List;

/**
 * What an import did, or would do: counts, each row's outcome, and every rejected row with its line
 * and reason. When anything is rejected nothing is written.
 */
public record ImportReport(
    boolean dryRun,
    int created,
    int updated,
    int unchanged,
    List<Item> items,
    List<Rejected> rejected,
    List<String> notes) {

  public record Item(int line, String key, String outcome) {}

  public record Rejected(int line, String reason) {}
}
