package vn.quytrinh.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.platform.i18n.Labelled;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.NativeSql;
import vn.quytrinh.platform.security.Caller;

/**
 * What a flag's change did to the words of the law: for each article concerned (those the flagged
 * version cites among those changed; else those changed), the wording the day before the change and
 * the one the changing document set from its day, from the stored texts; when one cannot be shown,
 * which text is missing.
 */
@ApplicationScoped
@Transactional
public class FlagChanges {

  /** Why a wording before or after a change cannot be shown. */
  public enum Missing implements Labelled {
    /** The changed document's text is not stored. */
    TARGET_TEXT,
    /** The stored text has no such article. */
    ARTICLE,
    /**
     * The changing document's new wording is not recorded (its text not imported, or its amendments
     * not confirmed).
     */
    NEW_WORDING,
    /** The change gives no new wording (a suspension, a replacement of the whole document). */
    NO_WORDING_CHANGE
  }

  /** One wording: its title and lines as the law prints them, and who set it from when. */
  public record Wording(
      String title, List<String> lines, boolean repealed, String setBy, LocalDate appliesFrom) {

    /** The article's wording, a clause or point repealed marked so in the reader's language. */
    static Wording of(LegalTextService.ArticleInForce a, Locale locale) {
      return new Wording(
          a.body().title(),
          a.body().lines(Messages.get(locale, "flag.wording.repealed")),
          a.repealed(),
          a.setByNumber(),
          a.appliesFrom());
    }
  }

  private ImpactService impact;
  private LegalTextService texts;
  private EntityManager em;

  @Inject
  public FlagChanges(ImpactService impact, LegalTextService texts, EntityManager em) {
    this.impact = impact;
    this.texts = texts;
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected FlagChanges() {}

  /** The flag (as {@link ImpactService#get} answers it) with the wordings of its change. */
  public FlagView view(Caller c, long id, Locale locale) {
    FlagView f = impact.get(c, id).in(locale);
    @SuppressWarnings("unchecked")
    List<Object[]> rel =
        new NativeSql()
            .append(
                "SELECT r.acting_id, r.target_id, r.effective_from, r.kind, t.number_key FROM"
                    + " revision_flag f JOIN legal_relation r ON r.id = f.relation_id JOIN"
                    + " legal_document t ON t.id = r.target_id WHERE f.id = ")
            .param(id)
            .on(em)
            .getResultList();
    if (rel.isEmpty()) {
      return f; // a TTHC change: no wording of the law to show
    }
    Object[] r = rel.get(0);
    long acting = ((Number) r[0]).longValue();
    long target = ((Number) r[1]).longValue();
    LocalDate from = FlagView.date(r[2]);
    boolean rewords = rewords(RelationKind.valueOf((String) r[3]), f.trigger().articles());
    @SuppressWarnings("unchecked")
    List<Object> cited =
        new NativeSql()
            .append(
                "SELECT c.article FROM version_citation c JOIN document_version v ON v.id ="
                    + " c.version_id WHERE v.document_id = ")
            .param(f.documentId())
            .append(" AND v.issue_no = ")
            .param(f.issueNo())
            .append(" AND c.number_key = ")
            .param((String) r[4])
            .on(em)
            .getResultList();
    List<ArticleChangeRow> rows = new ArrayList<>();
    Map<String, LegalTextService.Around> around =
        texts.around(target, concerned(cited, f.trigger().articles()), from, acting);
    for (Map.Entry<String, LegalTextService.Around> e : around.entrySet()) {
      String article = e.getKey();
      LegalTextService.Around a = e.getValue();
      Missing missing;
      if (!a.textKnown()) {
        missing = Missing.TARGET_TEXT;
      } else if (!rewords) {
        missing = Missing.NO_WORDING_CHANGE;
      } else if (a.before().isEmpty() && a.after().isEmpty()) {
        missing = Missing.ARTICLE;
      } else if (a.after().isEmpty()) {
        missing = Missing.NEW_WORDING;
      } else {
        missing = null;
      }
      rows.add(
          new ArticleChangeRow(
              article,
              a.before().map(w -> Wording.of(w, locale)).orElse(null),
              rewords ? a.after().map(w -> Wording.of(w, locale)).orElse(null) : null,
              missing));
    }
    return f.withWordings(
        rows.stream()
            .map(
                x ->
                    new FlagView.ArticleChange(
                        x.article(),
                        x.before(),
                        x.after(),
                        x.missing(),
                        x.missing() == null ? null : x.missing().label(locale)))
            .toList());
  }

  /**
   * Whether a change of this kind gives articles a new wording: an amendment does; a repeal does
   * when it names articles (a repealed article keeps its title, marked), not when it repeals the
   * whole document (nothing to enter: the applier answers {@code NO_WORDING_CHANGE}); a suspension,
   * a replacement or a guidance never does.
   */
  static boolean rewords(RelationKind kind, List<String> articles) {
    return kind == RelationKind.AMENDS || (kind == RelationKind.REPEALS && !articles.isEmpty());
  }

  private record ArticleChangeRow(String article, Wording before, Wording after, Missing missing) {}

  /**
   * The articles a flag concerns: those the version cites among those changed; when it cites none
   * of them (or the change names none), those changed, else those cited.
   */
  static List<String> concerned(List<Object> cited, List<String> changed) {
    Set<String> c = new LinkedHashSet<>();
    cited.stream()
        .filter(x -> x != null)
        .forEach(x -> c.add(x.toString().toLowerCase(Locale.ROOT)));
    if (changed.isEmpty()) {
      return List.copyOf(c);
    }
    // a changed place ("5.2.a") shows its article's wording
    List<String> articles =
        changed.stream()
            .map(p -> vn.quytrinh.legal.Place.parse(p).article().toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    List<String> both = articles.stream().filter(c::contains).toList();
    return both.isEmpty() ? articles : both;
  }
}
