package vn.quytrinh.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Every mutable entity carries an optimistic-lock counter; it is also what an ETag is made of. */
@MappedSuperclass
public abstract class VersionedEntity {

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  public long rowVersion() {
    return rowVersion;
  }
}
