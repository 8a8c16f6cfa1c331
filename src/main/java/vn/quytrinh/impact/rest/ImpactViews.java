package vn.quytrinh.impact.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.legal.LegalRelation;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.tthc.TthcChange;
import vn.quytrinh.tthc.TthcChangeKind;

public final class ImpactViews {

  private ImpactViews() {}

  public static class DismissBody {
    public String justification;
  }

  /**
   * The relation, with the flags it raised in the same request ({@code []} when repeated) in the
   * units whose work the caller reads, and how many it raised in other units.
   */
  public record RelationOutcomeView(
      long id,
      RelationKind kind,
      String kindLabel,
      long actingId,
      String actingNumber,
      long targetId,
      String targetNumber,
      List<String> articles,
      LocalDate effectiveFrom,
      List<FlagView> flagsRaised,
      int flagsElsewhere) {
    public static RelationOutcomeView of(
        LegalRelation r, List<FlagView> flags, int elsewhere, Locale locale) {
      return new RelationOutcomeView(
          r.id(),
          r.kind(),
          r.kind().label(locale),
          r.acting().id(),
          r.acting().number(),
          r.target().id(),
          r.target().number(),
          r.articles(),
          r.effectiveFrom(),
          flags.stream().map(f -> f.in(locale)).toList(),
          elsewhere);
    }
  }

  /** The TTHC change, with the flags it raised in the same request. */
  public record ChangeOutcomeView(
      long id,
      String tthcCode,
      TthcChangeKind kind,
      String kindLabel,
      String decisionNumber,
      LocalDate effectiveFrom,
      String replacedByCode,
      List<FlagView> flagsRaised,
      int flagsElsewhere) {
    public static ChangeOutcomeView of(
        TthcChange c, List<FlagView> flags, int elsewhere, Locale locale) {
      return new ChangeOutcomeView(
          c.id(),
          c.tthcCode(),
          c.kind(),
          c.kind().label(locale),
          c.decisionNumber(),
          c.effectiveFrom(),
          c.replacedByCode(),
          flags.stream().map(f -> f.in(locale)).toList(),
          elsewhere);
    }
  }
}
