package vn.quytrinh.intake;

import java.util.List;
import java.util.Locale;
import vn.quytrinh.platform.i18n.Localized;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.problem.ProblemException;

/**
 * What an import did, or would do: counts, each row's outcome, and every rejected row with its line
 * and reason. When anything is rejected nothing is written. Reasons and notes are messages, put
 * into words in the reader's language when the report is answered ({@link #in}).
 */
public record ImportReport(
    boolean dryRun,
    int created,
    int updated,
    int unchanged,
    List<Item> items,
    List<Rejected> rejected,
    List<Message> notes)
    implements Localized {

  public record Item(int line, String key, String outcome) {}

  /** A refused row and why. */
  public record Rejected(int line, Message reason) implements Localized {

    /** The row refused by a problem: its detail is the reason. */
    public static Rejected of(int line, ProblemException e) {
      return new Rejected(line, new Message(e.key(), e.args()));
    }

    @Override
    public Shown in(Locale locale) {
      return new Shown(line, reason.in(locale), reason.key());
    }

    /** As answered: the reason in words, and its key beside it. */
    public record Shown(int line, String reason, String reasonKey) {}
  }

  @Override
  public Shown in(Locale locale) {
    return new Shown(
        dryRun,
        created,
        updated,
        unchanged,
        items,
        rejected.stream().map(r -> r.in(locale)).toList(),
        notes.stream().map(n -> n.in(locale)).toList());
  }

  /** The report as answered, in one language: the shape of {@code docs/api.md}. */
  public record Shown(
      boolean dryRun,
      int created,
      int updated,
      int unchanged,
      List<Item> items,
      List<Rejected.Shown> rejected,
      List<String> notes) {}
}
