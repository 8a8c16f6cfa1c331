package vn.quytrinh.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One legal citation as stored for queries: the number as written, its key (how documents are
 * matched), and article, clause, point. Procedure versions and TTHC keep their legal basis as rows
 * of these, the edges of the citation graph.
 */
@Embeddable
public class CitationRow {

  @Column(nullable = false)
  private int seq;

  @Column(nullable = false)
  private String number;

  @Column(name = "number_key", nullable = false)
  private String numberKey;

  private String article;

  private String clause;

  private String point;

  protected CitationRow() {}

  public CitationRow(
      int seq, LegalDocumentNumber number, String article, String clause, String point) {
    this.seq = seq;
    this.number = number.value();
    this.numberKey = number.key();
    this.article = article;
    this.clause = clause;
    this.point = point;
  }

  public int seq() {
    return seq;
  }

  public String number() {
    return number;
  }

  public String numberKey() {
    return numberKey;
  }

  public String article() {
    return article;
  }

  public String clause() {
    return clause;
  }

  public String point() {
    return point;
  }
}
