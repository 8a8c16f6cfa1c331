package vn.quytrinh.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.problem.NotFound;

/**
 * The signed-in person as the rules see them: roles and read scope (the own unit and its sub-units;
 * every unit for OVERSIGHT and ADMIN). Immutable, cheap to pass around.
 */
public record Caller(
    String username,
    String fullName,
    String position,
    String unitCode,
    Set<Role> roles,
    Set<String> scope,
    boolean provinceWide) {

  public Caller {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    scope = Set.copyOf(scope);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Collection<Role> any) {
    return any.stream().anyMatch(roles::contains);
  }

  /** Whether the unit is inside what this person may read at all. */
  public boolean sees(String unit) {
    return provinceWide || scope.contains(unit);
  }

  /** Drafts, history, flags, findings and audit of a unit. */
  public boolean readsWorkOf(String unit) {
    return sees(unit) && hasAny(Role.READ_ALL);
  }

  /** Throws 403 unless the caller has one of the roles. */
  public void require(Role... anyOf) {
    if (!hasAny(Arrays.asList(anyOf))) {
      throw new Forbidden("problem.role.required", Arrays.toString(anyOf));
    }
  }

  /** Throws 403 unless the caller has one of the roles and the unit is in the caller's scope. */
  public void requireIn(String unit, Role... anyOf) {
    require(anyOf);
    if (!sees(unit)) {
      throw new Forbidden("problem.unit.outOfScope", unit);
    }
  }

  /**
   * Throws 404 for a unit outside the caller's read scope ({@code what}: its code), as if it did
   * not exist.
   */
  public void requireVisible(String unit, String what) {
    if (!sees(unit)) {
      throw new NotFound("problem.unit.notFound", what);
    }
  }
}
