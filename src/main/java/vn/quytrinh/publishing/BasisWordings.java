package vn.quytrinh.publishing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.Place;
import vn.quytrinh.legal.text.ArticleBody;
import vn.quytrinh.legal.text.LegalTextService.ArticleInForce;
import vn.quytrinh.platform.i18n.Messages;

/**
 * The wordings in force of the places a procedure's legal basis cites, for a manual to print under
 * its legal basis (issue 13, point 8): the clause cited (with its points), or the whole article;
 * each said with the document that last set it. Plain Java: the registry and the stored texts are
 * passed in.
 */
public final class BasisWordings {

  private BasisWordings() {}

  /**
   * @param registered a citation's number key → the one registered document, when there is one
   * @param articles a registered document's id → its articles in force on {@code on}, when its text
   *     is stored
   */
  public static List<ProcedureSheet.Quote> of(
      List<CitationRow> cited,
      Function<String, Optional<LegalDocument>> registered,
      Function<Long, Optional<List<ArticleInForce>>> articles,
      LocalDate on) {
    List<ProcedureSheet.Quote> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (CitationRow c : cited) {
      if (c.article() == null) {
        continue;
      }
      Optional<LegalDocument> doc = registered.apply(c.numberKey());
      if (doc.isEmpty()) {
        continue;
      }
      Optional<List<ArticleInForce>> text = articles.apply(doc.get().id());
      if (text.isEmpty()) {
        continue;
      }
      Place place = new Place(c.article(), c.clause(), null);
      if (!seen.add(doc.get().id() + "|" + place)) {
        continue;
      }
      String where = place.label().in(Messages.VI);
      String heading =
          Messages.vi(
              "form.basis.quote",
              Character.toUpperCase(where.charAt(0)) + where.substring(1),
              doc.get().type().label(),
              doc.get().number());
      Optional<ArticleInForce> a =
          text.get().stream().filter(x -> x.number().equalsIgnoreCase(c.article())).findFirst();
      if (a.isEmpty()) {
        out.add(
            new ProcedureSheet.Quote(
                heading,
                Messages.vi("form.basis.quoteMissing", SheetBuilder.VN_DATE.format(on)),
                List.of()));
        continue;
      }
      out.add(
          new ProcedureSheet.Quote(
              heading,
              Messages.vi(
                  "form.basis.quoteSource",
                  SheetBuilder.VN_DATE.format(on),
                  a.get().setByNumber(),
                  a.get().appliesFrom() == null
                      ? "—"
                      : SheetBuilder.VN_DATE.format(a.get().appliesFrom())),
              lines(a.get(), c.clause())));
    }
    return out;
  }

  /** The clause cited with its points, or the whole article; what is repealed said so. */
  static List<String> lines(ArticleInForce a, String clause) {
    String repealed = Messages.vi("form.basis.repealed");
    if (a.repealed()) {
      return List.of(Messages.vi("form.basis.article", a.number(), repealed));
    }
    ArticleBody body = a.body();
    if (clause != null) {
      Optional<ArticleBody.ClauseBody> c = body.clause(clause.toLowerCase(Locale.ROOT));
      if (c.isPresent()) {
        return new ArticleBody(null, null, List.of(c.get())).lines(repealed);
      }
    }
    List<String> out = new ArrayList<>();
    out.add(
        Messages.vi(
            "form.basis.article", a.number(), body.title() == null ? "" : body.title().strip()));
    out.addAll(body.lines(repealed));
    return out;
  }
}
