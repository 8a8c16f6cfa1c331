package vn.quytrinh.impact;

import java.time.LocalDate;
import java.util.List;
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
   * @param changedArticles the articles the relation acts on; empty: the whole document
   * @param citedArticle the article a citation names, null when it names none
   */
  public static Severity severity(Path path, List<String> changedArticles, String citedArticle) {
    if (path == Path.CHAIN) {
      return Severity.POSSIBLY_AFFECTED;
    }
    if (changedArticles.isEmpty()
        || citedArticle == null
        || changedArticles.contains(citedArticle)) {
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

  /** "X bị sửa đổi, bổ sung (Điều 5) bởi Y, có hiệu lực từ …", in the reader's language. */
  public static Message change(
      RelationKind kind,
      String actingNumber,
      String targetNumber,
      List<String> articles,
      LocalDate from) {
    return articles.isEmpty()
        ? Message.of("flag.change", targetNumber, kind, actingNumber, from)
        : Message.of(
            "flag.change.articles",
            targetNumber,
            kind,
            actingNumber,
            from,
            String.join(", ", articles));
  }

  public static Message reason(
      TthcChangeKind kind, String tthcCode, String decisionNumber, LocalDate from) {
    return Message.of("flag.reason.tthcChanged", tthcCode, kind, decisionNumber, from);
  }
}
