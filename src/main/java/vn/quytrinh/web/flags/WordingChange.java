package vn.quytrinh.web.flags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.quytrinh.impact.FlagChanges;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.legal.text.LawWords;
import vn.quytrinh.legal.text.WordDiff;

/**
 * One cited article's change as the flag's page shows it: the wording before and the wording after
 * side by side, each headed by the document that set it and the day it applies from, the words
 * removed and added marked ({@link WordDiff}, the heading "Điều N. title" compared too, so a new
 * title is marked); when a side is not known, that side is shown unmarked or not at all, and the
 * page says which text is missing and offers the legal document whose text is to be imported.
 *
 * @param article the article's number as written ("4", "7a")
 * @param before the wording the day before the change, or null (no such article then, or unknown)
 * @param after the wording the changing document set, or null
 * @param marked whether the words were compared (both sides known, neither too long)
 * @param missing why a side cannot be shown, or null
 * @param missingLabel {@code missing} in the reader's words
 * @param importNumber the document whose text would fill what is missing (the document changed for
 *     its text or article, the changing one for its new wording), or null
 * @param importId that document's id when it is registered once, else null
 */
public record WordingChange(
    String article,
    Side before,
    Side after,
    boolean marked,
    FlagChanges.Missing missing,
    String missingLabel,
    String importNumber,
    Long importId) {

  /** One side: who set the wording, from when (null: as issued), repealed or not, its lines. */
  public record Side(
      String setBy, LocalDate appliesFrom, boolean repealed, List<WordDiff.Line> lines) {}

  /**
   * The changes of a flag's wordings, in their order.
   *
   * @param trigger what raised the flag (its acting and target numbers)
   * @param idOf the id of the document a number names, or null when none or several
   */
  public static List<WordingChange> of(
      List<FlagView.ArticleChange> changes, FlagView.Trigger trigger, Function<String, Long> idOf) {
    List<WordingChange> out = new ArrayList<>();
    if (changes == null) {
      return out;
    }
    for (FlagView.ArticleChange c : changes) {
      FlagChanges.Wording b = c.before();
      FlagChanges.Wording a = c.after();
      List<String> lb = b == null ? null : lines(c.article(), b);
      List<String> la = a == null ? null : lines(c.article(), a);
      boolean both = lb != null && la != null;
      WordDiff.Sides sides = both ? WordDiff.of(lb, la) : null;
      String number = importNumber(c.missing(), trigger);
      out.add(
          new WordingChange(
              c.article(),
              b == null ? null : side(b, both ? sides.before() : unmarked(lb)),
              a == null ? null : side(a, both ? sides.after() : unmarked(la)),
              both && sides.compared(),
              c.missing(),
              c.missingLabel(),
              number,
              number == null ? null : idOf.apply(number)));
    }
    return out;
  }

  private static Side side(FlagChanges.Wording w, List<WordDiff.Line> lines) {
    return new Side(w.setBy(), w.appliesFrom(), w.repealed(), lines);
  }

  /** One side alone, nothing marked. */
  private static List<WordDiff.Line> unmarked(List<String> lines) {
    return WordDiff.of(lines, lines).before();
  }

  /** The document whose text is to be imported for what is missing. */
  static String importNumber(FlagChanges.Missing m, FlagView.Trigger t) {
    if (m == null || t == null) {
      return null;
    }
    return switch (m) {
      case TARGET_TEXT, ARTICLE -> t.targetNumber();
      case NEW_WORDING -> t.number();
      case NO_WORDING_CHANGE -> null;
    };
  }

  /** The article as the law prints it: "Điều 4. Title", then its lines. */
  static List<String> lines(String article, FlagChanges.Wording w) {
    List<String> out = new ArrayList<>();
    String title = w.title() == null ? "" : w.title().strip();
    out.add(LawWords.article(article) + (title.isEmpty() ? "" : " " + title));
    if (w.lines() != null) {
      out.addAll(w.lines());
    }
    return out;
  }
}
