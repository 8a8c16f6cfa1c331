package vn.quytrinh.legal.text;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One wording of an article: the document that set it, the day from which it applies (none: the
 * wording as issued, from the start), repealed or not, and its body. Never changed once recorded:
 * an amendment adds a wording, the older one stays ({@link ArticleHistory} says which is in force).
 */
@Entity
@Table(name = "legal_article_wording")
@NamedQuery(
    name = "ArticleWording.ofDocument",
    query =
        "SELECT w FROM ArticleWording w WHERE w.articleId IN (SELECT a.id FROM LegalArticle a"
            + " WHERE a.documentId = :document) ORDER BY w.articleId, w.recordedAt, w.id")
public class ArticleWording {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(name = "set_by_id", nullable = false)
  private long setById;

  @Column(name = "applies_from")
  private LocalDate appliesFrom;

  @Column(nullable = false)
  private boolean repealed;

  private String title;

  @Column(name = "body_json", nullable = false)
  private String bodyJson;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ArticleWording() {}

  public ArticleWording(
      long articleId,
      long setById,
      LocalDate appliesFrom,
      boolean repealed,
      ArticleBody body,
      String by,
      Instant at) {
    this.articleId = articleId;
    this.setById = setById;
    this.appliesFrom = appliesFrom;
    this.repealed = repealed;
    this.title = body.title();
    this.bodyJson = JSONB.toJson(body);
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long id() {
    return id;
  }

  public long articleId() {
    return articleId;
  }

  public long setById() {
    return setById;
  }

  public LocalDate appliesFrom() {
    return appliesFrom;
  }

  public boolean repealed() {
    return repealed;
  }

  public ArticleBody body() {
    return JSONB.fromJson(bodyJson, ArticleBody.class);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** This wording as {@link ArticleHistory} reads it. */
  public ArticleHistory.Entry<ArticleWording> entry() {
    return new ArticleHistory.Entry<>(
        appliesFrom, recordedAt.toEpochMilli(), id == null ? 0 : id, setById, repealed, this);
  }
}
