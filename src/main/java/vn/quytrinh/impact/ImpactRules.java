package vn.quytrinh.impact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.tthc.TthcChangeKind;

/**
 * The rules of impact in one place: how severe a hit is, when the revision is due, and the reason a
 * coordinator reads. The engine's query encodes each hit as {@code severity × 10 + path} so that
 * the largest code per document picks both its severity and the reason to show.
 */
public final class ImpactRules {

  /** QĐ 19/2014/QĐ-TTg Art. 4: legal changes enter the QMS within 3 months of taking effect. */
  public static final int MONTHS_TO_REVISE = 3;

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

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ImpactRules() {}

  public static LocalDate dueOn(LocalDate changeEffectiveFrom) {
    return changeEffectiveFrom.plusMonths(MONTHS_TO_REVISE);
  }

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
  public static String reason(
      int code,
      RelationKind kind,
      String actingNumber,
      String targetNumber,
      List<String> articles,
      LocalDate from) {
    String change =
        targetNumber
            + " bị "
            + kind.label()
            + (articles.isEmpty() ? "" : " (Điều " + String.join(", ", articles) + ")")
            + " bởi "
            + actingNumber
            + ", có hiệu lực từ "
            + from.format(VN_DATE);
    return switch (code) {
      case 23 -> "Quy trình trích dẫn điều khoản bị tác động: " + change + ".";
      case 22 -> "Căn cứ pháp lý của TTHC mà quy trình thực hiện bị tác động: " + change + ".";
      case 13 ->
          "Quy trình trích dẫn văn bản bị tác động nhưng không trích dẫn các điều thay đổi: "
              + change
              + "; cần rà soát.";
      case 12 ->
          "Căn cứ pháp lý của TTHC trích dẫn văn bản bị tác động ở điều khác: "
              + change
              + "; cần rà soát.";
      default ->
          "Quy trình trích dẫn văn bản hướng dẫn hoặc căn cứ vào văn bản bị tác động: "
              + change
              + "; cần rà soát.";
    };
  }

  public static String reason(
      TthcChangeKind kind, String tthcCode, String decisionNumber, LocalDate from) {
    return "TTHC "
        + tthcCode
        + " mà quy trình thực hiện được "
        + kind.label()
        + " theo Quyết định công bố "
        + decisionNumber
        + ", có hiệu lực từ "
        + from.format(VN_DATE)
        + ".";
  }
}
