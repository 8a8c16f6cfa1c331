package vn.quytrinh.legal.text;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The wordings of one article over time, and which one is in force on a date: the latest to apply
 * on or before it (the wording as issued applies from the start); of two that apply from the same
 * day, the one recorded later. An article added by an amendment (Điều 35a) has no wording before
 * the day its first one applies: on such a day the article is not part of the text. Pure: the
 * caller loads the wordings.
 */
public final class ArticleHistory {

  /**
   * One wording as the history reads it.
   *
   * @param appliesFrom null for the wording as issued (from the start)
   * @param recorded when it was recorded (milliseconds): of two that apply from the same day, the
   *     later recorded is in force
   * @param seq what orders two recorded in the same millisecond (the row's id)
   * @param setBy the id of the document that set it
   */
  public record Entry<T>(
      LocalDate appliesFrom, long recorded, long seq, long setBy, boolean repealed, T wording) {}

  private static final Comparator<Entry<?>> ORDER =
      Comparator.comparing(
              (Entry<?> e) -> e.appliesFrom(), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingLong(Entry::recorded)
          .thenComparingLong(Entry::seq);

  private ArticleHistory() {}

  /** The wording in force on {@code date}, if the article exists then. */
  public static <T> Optional<Entry<T>> inForce(List<Entry<T>> wordings, LocalDate date) {
    return wordings.stream()
        .filter(e -> e.appliesFrom() == null || !e.appliesFrom().isAfter(date))
        .max(ORDER);
  }

  /**
   * Whether a wording that applies from {@code date} may be added: not when a wording set by
   * another document already applies from a later day, since that one was written from the wording
   * before and would not carry this change (the amendments are to be recorded in the order they
   * take effect).
   */
  public static <T> boolean laterWordingBy(List<Entry<T>> wordings, LocalDate date, long setBy) {
    return wordings.stream()
        .anyMatch(
            e -> e.appliesFrom() != null && e.appliesFrom().isAfter(date) && e.setBy() != setBy);
  }
}
