package vn.quytrinh.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.quytrinh.platform.persistence.VersionedEntity;

/** A unit of an agency: a department, a commune People's Committee, one of their offices. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "Unit.findAll", query = "SELECT u FROM Unit u ORDER BY u.code")
@NamedQuery(
    name = "Unit.countChildren",
    query = "SELECT COUNT(u) FROM Unit u WHERE u.parentCode = :code")
public class Unit extends VersionedEntity {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "parent_code")
  private String parentCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UnitLevel level;

  protected Unit() {}

  public Unit(String code, String name, String parentCode, UnitLevel level) {
    this.code = code;
    this.name = name;
    this.parentCode = parentCode;
    this.level = level;
  }

  public void rename(String name, UnitLevel level) {
    this.name = name;
    this.level = level;
  }

  public void moveUnder(String parentCode) {
    this.parentCode = parentCode;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String parentCode() {
    return parentCode;
  }

  public UnitLevel level() {
    return level;
  }
}
