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
import vn.quytrinh.platform.persistence.VersionedEntity;

/**
 * A legal document's text as imported: the original file kept as it came, the lines as read, what
 * stands before the first article and after the last one, the divisions and the parse report (the
 * articles and their wordings are {@link LegalArticle} and {@link ArticleWording}).
 */
@Entity
@Table(name = "legal_text")
@NamedQuery(
    name = "StoredText.ofDocument",
    query = "SELECT t FROM StoredText t WHERE t.documentId = :document")
public class StoredText extends VersionedEntity {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(nullable = false)
  private byte[] original;

  @Column(name = "original_bytes", nullable = false)
  private int originalBytes;

  @Column(name = "original_sha256", nullable = false)
  private String originalSha256;

  @Column(name = "lines_text", nullable = false)
  private String linesText;

  @Column(nullable = false)
  private String preamble;

  @Column(nullable = false)
  private String closing;

  @Column(name = "divisions_json", nullable = false)
  private String divisionsJson;

  @Column(name = "report_json", nullable = false)
  private String reportJson;

  @Column(name = "imported_by", nullable = false)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected StoredText() {}

  /** What an import brings: the file, its lines and the parts of the text around the articles. */
  public record Source(
      String fileName,
      String mediaType,
      byte[] original,
      String sha256,
      String lines,
      String preamble,
      String closing,
      String divisionsJson,
      String reportJson) {}

  public StoredText(long documentId, Source s, String by, Instant at) {
    this.documentId = documentId;
    replace(s, by, at);
  }

  /** A new import of the same document's text (the articles are replaced by the caller). */
  public final void replace(Source s, String by, Instant at) {
    this.fileName = s.fileName();
    this.mediaType = s.mediaType();
    this.original = s.original().clone();
    this.originalBytes = s.original().length;
    this.originalSha256 = s.sha256();
    this.linesText = s.lines();
    this.preamble = s.preamble();
    this.closing = s.closing();
    this.divisionsJson = s.divisionsJson();
    this.reportJson = s.reportJson();
    this.importedBy = by;
    this.importedAt = at;
  }

  public Long id() {
    return id;
  }

  public long documentId() {
    return documentId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] original() {
    return original.clone();
  }

  public int originalBytes() {
    return originalBytes;
  }

  public String originalSha256() {
    return originalSha256;
  }

  /** The lines as read from the file, one a line (the amendment reader reads these). */
  public String lines() {
    return linesText;
  }

  public String preamble() {
    return preamble;
  }

  public String closing() {
    return closing;
  }

  public String divisionsJson() {
    return divisionsJson;
  }

  public String reportJson() {
    return reportJson;
  }

  public String importedBy() {
    return importedBy;
  }

  public Instant importedAt() {
    return importedAt;
  }
}
