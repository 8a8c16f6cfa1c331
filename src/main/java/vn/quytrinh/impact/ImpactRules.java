package vn.quytrinh.impact;

import java.time.LocalDate;
import java.util.List;
import vn.quytrinh.legal.Place;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.tthc.TthcChangeKind;

/**
 * The rules of impact in one place: how severe a hit is and the reason a coordinator reads (when
 * the revision is due is the flag's own rule, {@link RevisionFlag#dueOn}). The engine's query
 * encodes each hit as {@code severity × 10 + path} so that the largest code per document picks both
 * its severity and the reason to show.
 */
public final class ImpactRules {

  /** How a procedure was reached. Larger wins when a document is reached several ways. */
  public enum Path {
    CHAIN(1),
    TTHC_BASIS(2),
    DIRECT(3);

    final int rank;

    Path(int rank) {
      this.rank = rank;
    }
  }

  private ImpactRules() {}

  /**
   * How severe a hit is. Through a chain it is possible only; otherwise a citation is affected when
   * the whole document changed, when it cites the document without an article, or when one changed
   * place touches what it cites ({@link Place#touches}: the same article whole, or the same clause
   * and point); citing only other articles, or other clauses or points of a changed article, it is
   * possibly affected.
   *
   * @param changed the places the relation acts on ("5", "5.2", "5.2.a"); empty: the whole document
   */
  public static Severity severity(
      Path path, List<String> changed, String citedArticle, String citedClause, String citedPoint) {
    if (path == Path.CHAIN) {
      return Severity.POSSIBLY_AFFECTED;
    }
    if (changed.isEmpty()
        || citedArticle == null
        || changed.stream()
            .map(Place::parse)
            .anyMatch(p -> p.touches(citedArticle, citedClause, citedPoint))) {
      return Severity.AFFECTED;
    }
    return Severity.POSSIBLY_AFFECTED;
  }

  public static int code(Severity s, Path p) {
    return (s == Severity.AFFECTED ? 20 : 10) + p.rank;
  }

  public static Severity severityOf(int code) {
    return code >= 20 ? Severity.AFFECTED : Severity.POSSIBLY_AFFECTED;
  }

  /** The reason shown for a relation's hit, by the code the query kept for the document. */
  public static Message reason(
      int code,
      RelationKind kind,
      String actingNumber,
      String targetNumber,
      List<String> articles,
      LocalDate from) {
    return Message.of(reasonKey(code), change(kind, actingNumber, targetNumber, articles, from));
  }

  /** The key of the reason of a hit coded {@code code}; its one argument is {@link #change}. */
  public static String reasonKey(int code) {
    return switch (code) {
      case 23 -> "flag.reason.citesChangedArticle";
      case 22 -> "flag.reason.tthcBasisChanged";
      case 13 -> "flag.reason.citesOtherArticles";
      case 12 -> "flag.reason.tthcBasisOtherArticles";
      default -> "flag.reason.chain";
    };
  }

  /**
   * The key of the change of a flag raised before relations named clauses and points ("(Điều 5,
   * 17)"): no longer written, still read, since a flag keeps its reason's key and arguments as they
   * were raised ({@link #change} writes {@code flag.change.places}).
   */
  static final String CHANGE_OF_ARTICLES = "flag.change.articles";

  /** "X bị sửa đổi, bổ sung (khoản 2 Điều 5) bởi Y, có hiệu lực từ …", in the reader's language. */
  public static Message change(
      RelationKind kind,
      String actingNumber,
      String targetNumber,
      List<String> articles,
      LocalDate from) {
    return articles.isEmpty()
        ? Message.of("flag.change", targetNumber, kind, actingNumber, from)
        : Message.of(
            "flag.change.places", targetNumber, kind, actingNumber, from, Place.labels(articles));
  }

  public static Message reason(
      TthcChangeKind kind, String tthcCode, String decisionNumber, LocalDate from) {
    return Message.of("flag.reason.tthcChanged", tthcCode, kind, decisionNumber, from);
  }
}
