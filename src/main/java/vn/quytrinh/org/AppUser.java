package vn.quytrinh.org;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.quytrinh.platform.persistence.VersionedEntity;
import vn.quytrinh.platform.security.Role;

/** A person who signs in: a coordinator, a leader who reviews or approves, an auditor… */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "AppUser.findByUsername",
    query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = "AppUser.count", query = "SELECT COUNT(u) FROM AppUser u")
@NamedQuery(
    name = "AppUser.countInUnit",
    query = "SELECT COUNT(u) FROM AppUser u WHERE u.unitCode = :code")
public class AppUser extends VersionedEntity {

  @Id
  @SequenceGenerator(name = "qt_seq", sequenceName = "qt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qt_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  private String position;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "ui_language", nullable = false)
  private InterfaceLanguage language = InterfaceLanguage.VI;

  protected AppUser() {}

  public AppUser(
      String username,
      String fullName,
      String position,
      String unitCode,
      Set<Role> roles,
      String passwordHash,
      Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.createdAt = createdAt;
    update(fullName, position, unitCode, roles, true);
  }

  public void update(
      String fullName, String position, String unitCode, Set<Role> roles, boolean active) {
    this.fullName = fullName;
    this.position = position;
    this.unitCode = unitCode;
    this.roles = roles.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(roles));
    this.active = active;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** The person's own choice of language for the interface. */
  public void chooseLanguage(InterfaceLanguage language) {
    this.language = java.util.Objects.requireNonNull(language);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public String position() {
    return position;
  }

  public String unitCode() {
    return unitCode;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public InterfaceLanguage language() {
    return language;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
