package vn.quytrinh.legal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.legal.text.Amendment;
import vn.quytrinh.legal.text.ArticleBody;
import vn.quytrinh.legal.text.LegalText;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.legal.text.ParseIssue;

/** Response bodies of a legal document's text: the import's report, the text as in force. */
public final class LegalTextViews {

  private LegalTextViews() {}

  public record IssueView(int line, ParseIssue.Kind kind, String excerpt, String message) {
    static IssueView of(ParseIssue i, Locale locale) {
      return new IssueView(i.line(), i.kind(), i.excerpt(), i.message().in(locale));
    }
  }

  public record DivisionView(LegalText.Level level, String number, String title, int line) {
    static DivisionView of(LegalText.Division d) {
      return new DivisionView(d.level(), d.number(), d.title(), d.line());
    }
  }

  public record PointView(String label, String text, boolean repealed) {}

  public record ClauseView(String number, String text, List<PointView> points, boolean repealed) {

    static List<ClauseView> of(ArticleBody b) {
      return b.clauses().stream()
          .map(
              c ->
                  new ClauseView(
                      c.number(),
                      c.text(),
                      c.points().stream()
                          .map(p -> new PointView(p.label(), p.text(), p.repealed()))
                          .toList(),
                      c.repealed()))
          .toList();
    }
  }

  /** An article as the parser read it, with the line it starts on. */
  public record ParsedArticleView(
      String number,
      String title,
      int line,
      List<Integer> divisions,
      String intro,
      List<ClauseView> clauses) {}

  public record StructureView(
      List<String> preamble,
      List<DivisionView> divisions,
      List<ParsedArticleView> articles,
      List<String> closing) {

    static StructureView of(LegalText t) {
      return new StructureView(
          t.preamble(),
          t.divisions().stream().map(DivisionView::of).toList(),
          t.articles().stream()
              .map(
                  a ->
                      new ParsedArticleView(
                          a.number(),
                          a.title(),
                          a.line(),
                          a.within().stream().map(t.divisions()::indexOf).toList(),
                          a.intro(),
                          ClauseView.of(ArticleBody.of(a))))
              .toList(),
          t.closing());
    }
  }

  /** An amending instruction read from the text, proposed for a person to confirm or correct. */
  public record ProposalView(
      int index,
      Amendment.Kind kind,
      String target,
      List<String> places,
      String wording,
      String oldPhrase,
      String newPhrase,
      boolean quoted,
      String instruction,
      int line) {

    public static List<ProposalView> of(List<Amendment> proposals) {
      java.util.ArrayList<ProposalView> out = new java.util.ArrayList<>();
      for (int i = 0; i < proposals.size(); i++) {
        Amendment a = proposals.get(i);
        out.add(
            new ProposalView(
                i,
                a.kind(),
                a.target(),
                a.places().stream().map(Amendment.Place::toString).toList(),
                a.wording(),
                a.oldPhrase(),
                a.newPhrase(),
                a.quoted(),
                a.instruction(),
                a.line()));
      }
      return out;
    }
  }

  /** What an import read, and whether it stored it. */
  public record ImportView(
      long documentId,
      String number,
      boolean dryRun,
      boolean stored,
      boolean replaced,
      int articleCount,
      int clauseCount,
      int pointCount,
      List<IssueView> report,
      StructureView structure,
      List<ProposalView> proposals) {

    static ImportView of(LegalTextService.Imported i, boolean dryRun, Locale locale) {
      LegalText t = i.text();
      int clauses = t.articles().stream().mapToInt(a -> a.clauses().size()).sum();
      int points =
          t.articles().stream()
              .flatMap(a -> a.clauses().stream())
              .mapToInt(c -> c.points().size())
              .sum();
      return new ImportView(
          i.document().id(),
          i.document().number(),
          dryRun,
          i.stored(),
          i.replaced(),
          t.articles().size(),
          clauses,
          points,
          t.report().stream().map(x -> IssueView.of(x, locale)).toList(),
          StructureView.of(t),
          ProposalView.of(i.proposals()));
    }
  }

  /** The document that set an article's wording. */
  public record SetByView(long id, String number) {}

  /** An article as in force on the day asked. */
  public record ArticleView(
      String number,
      String title,
      List<Integer> divisions,
      String intro,
      List<ClauseView> clauses,
      boolean repealed,
      boolean amended,
      SetByView lastChangedBy,
      LocalDate appliesFrom) {}

  /** A document's text as in force on a day, article by article. */
  public record ConsolidatedView(
      long documentId,
      String number,
      String title,
      LocalDate asOf,
      LegalStatus status,
      String statusLabel,
      String fileName,
      Instant importedAt,
      List<String> preamble,
      List<DivisionView> divisions,
      List<ArticleView> articles,
      List<String> closing) {

    static ConsolidatedView of(LegalTextService.Consolidated c, Locale locale) {
      List<LegalText.Division> divisions = c.divisions();
      return new ConsolidatedView(
          c.document().id(),
          c.document().number(),
          c.document().title(),
          c.asOf(),
          c.status(),
          c.status().label(locale),
          c.text().fileName(),
          c.text().importedAt(),
          lines(c.text().preamble()),
          divisions.stream().map(DivisionView::of).toList(),
          c.articles().stream()
              .map(
                  a ->
                      new ArticleView(
                          a.number(),
                          a.body().title(),
                          a.within().stream().map(divisions::indexOf).toList(),
                          a.body().intro(),
                          ClauseView.of(a.body()),
                          a.repealed(),
                          a.setById() != c.document().id(),
                          new SetByView(a.setById(), a.setByNumber()),
                          a.appliesFrom()))
              .toList(),
          lines(c.text().closing()));
    }
  }

  static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n", -1));
  }
}
