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

/** One step of a version's workflow, as it happened. Never changed once written. */
@Entity
@Table(name = "version_event")
public class VersionEvent {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id")
  private DocumentVersion version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VersionAction action;

  @Column(nullable = false)
  private String actor;

  @Column(name = "actor_name")
  private String actorName;

  @Column(name = "actor_position")
  private String actorPosition;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private VersionStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private VersionStatus toStatus;

  private String comment;

  protected VersionEvent() {}

  VersionEvent(
      DocumentVersion version,
      VersionAction action,
      Actor by,
      Instant at,
      VersionStatus from,
      VersionStatus to,
      String comment) {
    this.version = version;
    this.action = action;
    this.actor = by.username();
    this.actorName = by.fullName();
    this.actorPosition = by.position();
    this.occurredAt = at;
    this.fromStatus = from;
    this.toStatus = to;
    this.comment = comment;
  }

  void touch(Instant at, Actor by) {
    this.occurredAt = at;
    this.actorName = by.fullName();
    this.actorPosition = by.position();
  }

  public VersionAction action() {
    return action;
  }

  public Actor actor() {
    return new Actor(actor, actorName, actorPosition);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public VersionStatus fromStatus() {
    return fromStatus;
  }

  public VersionStatus toStatus() {
    return toStatus;
  }

  public String comment() {
    return comment;
  }
}
