package vn.quytrinh.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An electronic signature: who signed, in which capacity, when, and the SHA-256 of exactly the
 * content signed. A signature of a version that was later returned stays on record, withdrawn.
 */
@Entity
@Table(name = "version_signature")
public class Signature {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id")
  private DocumentVersion version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SignatureCapacity capacity;

  @Column(nullable = false)
  private String username;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  private String position;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  @Column(nullable = false)
  private boolean withdrawn;

  protected Signature() {}

  Signature(
      DocumentVersion version,
      SignatureCapacity capacity,
      Actor by,
      Instant at,
      String contentHash) {
    this.version = version;
    this.capacity = capacity;
    this.username = by.username();
    this.fullName = by.fullName();
    this.position = by.position();
    this.signedAt = at;
    this.contentHash = contentHash;
  }

  void withdraw() {
    this.withdrawn = true;
  }

  public Long id() {
    return id;
  }

  public SignatureCapacity capacity() {
    return capacity;
  }

  public Actor signer() {
    return new Actor(username, fullName, position);
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String contentHash() {
    return contentHash;
  }

  public boolean withdrawn() {
    return withdrawn;
  }
}
