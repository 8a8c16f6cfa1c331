package vn.quytrinh.legal.text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article of a legal document: its number as written ("5", "35a"), its place in the law's order
 * (35 before 35a before 36: an article added by an amendment sorts where it was inserted) and the
 * divisions it stands in. Its text is in its {@link ArticleWording}s, one per time it was worded.
 */
@Entity
@Table(name = "legal_article")
@NamedQuery(
    name = "LegalArticle.ofDocument",
    query = "SELECT a FROM LegalArticle a WHERE a.documentId = :document ORDER BY a.sortRank, a.id")
public class LegalArticle {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(nullable = false)
  private String number;

  @Column(name = "sort_rank", nullable = false)
  private int sortRank;

  /** Indexes into the text's divisions, outermost first, joined by commas. */
  @Column(nullable = false)
  private String divisions;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LegalArticle() {}

  public LegalArticle(
      long documentId, String number, List<Integer> divisions, String by, Instant at) {
    this.documentId = documentId;
    this.number = number;
    this.sortRank = rank(number);
    this.divisions = divisions.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.createdBy = by;
    this.createdAt = at;
  }

  /** The place of an article number in the law's order: 35 → 3500, 35a → 3501, 36 → 3600. */
  public static int rank(String number) {
    return LawWords.clauseRank(number);
  }

  public Long id() {
    return id;
  }

  public long documentId() {
    return documentId;
  }

  public String number() {
    return number;
  }

  public int sortRank() {
    return sortRank;
  }

  public List<Integer> divisions() {
    return divisions.isEmpty()
        ? List.of()
        : Arrays.stream(divisions.split(",")).map(Integer::valueOf).toList();
  }
}
