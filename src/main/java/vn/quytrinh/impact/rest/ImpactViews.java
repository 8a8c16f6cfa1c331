package vn.quytrinh.impact.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
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
   * units whose work the caller reads, and how many it raised in other units. Above {@link
   * ImpactService#ANSWER_MAX_FLAGS} flags the list holds the first of them and {@code
   * flagsNotListed} counts the caller's others ({@code GET /flags?relationId=}).
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
      int flagsElsewhere,
      int flagsNotListed) {
    public static RelationOutcomeView of(ImpactService.RelationOutcome o, Locale locale) {
      LegalRelation r = o.relation();
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
          o.flagsRaised().stream().map(f -> f.in(locale)).toList(),
          o.flagsElsewhere(),
          o.flagsNotListed());
    }
  }

  /** The TTHC change, with the flags it raised in the same request ({@code tthcChangeId=}). */
  public record ChangeOutcomeView(
      long id,
      String tthcCode,
      TthcChangeKind kind,
      String kindLabel,
      String decisionNumber,
      LocalDate effectiveFrom,
      String replacedByCode,
      List<FlagView> flagsRaised,
      int flagsElsewhere,
      int flagsNotListed) {
    public static ChangeOutcomeView of(ImpactService.ChangeOutcome o, Locale locale) {
      TthcChange c = o.change();
      return new ChangeOutcomeView(
          c.id(),
          c.tthcCode(),
          c.kind(),
          c.kind().label(locale),
          c.decisionNumber(),
          c.effectiveFrom(),
          c.replacedByCode(),
          o.flagsRaised().stream().map(f -> f.in(locale)).toList(),
          o.flagsElsewhere(),
          o.flagsNotListed());
    }
  }
}
