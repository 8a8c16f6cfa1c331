package vn.quytrinh.org.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import vn.quytrinh.org.AppUser;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/** Request and response bodies of the org context. */
public final class OrgViews {

  private OrgViews() {}

  static final String CODE = vn.quytrinh.org.OrgService.CODE;
  static final String USERNAME = vn.quytrinh.org.OrgService.USERNAME;

  /** Request body: a class rather than a record, see {@link vn.quytrinh.platform.rest.Bodies}. */
  public static class UnitBody {
    public @NotBlank(message = "{validation.unit.code.required}") @Pattern(
        regexp = CODE,
        message = "{validation.unit.code.pattern}") String code;

    public @NotBlank(message = "{validation.unit.name.required}") @Size(
        max = OrgService.UNIT_NAME_MAX) String name;

    public @Pattern(regexp = CODE, message = "{validation.unit.parent.pattern}") String parentCode;

    public @NotNull(message = "{validation.unit.level.required}") UnitLevel level;
  }

  public record UnitView(String code, String name, String parentCode, UnitLevel level) {
    public static UnitView of(Unit u) {
      return new UnitView(u.code(), u.name(), u.parentCode(), u.level());
    }
  }

  /** Request body: a class rather than a record, see {@link vn.quytrinh.platform.rest.Bodies}. */
  public static class CreateUserBody {
    public @NotBlank(message = "{validation.user.username.required}") @Pattern(
        regexp = USERNAME,
        message = "{validation.user.username.pattern}") String username;

    public @NotBlank(message = "{validation.user.fullName.required}") @Size(
        max = OrgService.PERSON_TEXT_MAX) String fullName;

    public @Size(max = OrgService.PERSON_TEXT_MAX) String position;

    public @Pattern(regexp = CODE, message = "{validation.user.unit.pattern}") String unitCode;

    public @NotEmpty(message = "{validation.user.roles.required}") Set<@NotNull Role> roles;

    public @NotNull(message = "{validation.password.required}") @Size(max = 200) String password;
  }

  /** Request body: a class rather than a record, see {@link vn.quytrinh.platform.rest.Bodies}. */
  public static class UpdateUserBody {
    public @NotBlank(message = "{validation.user.fullName.required}") @Size(
        max = OrgService.PERSON_TEXT_MAX) String fullName;

    public @Size(max = OrgService.PERSON_TEXT_MAX) String position;

    public @Pattern(regexp = CODE, message = "{validation.user.unit.pattern}") String unitCode;

    public @NotEmpty(message = "{validation.user.roles.required}") Set<@NotNull Role> roles;

    public Boolean active;

    public @Size(max = 200) String password;
  }

  public record UserView(
      String username,
      String fullName,
      String position,
      String unitCode,
      List<Role> roles,
      boolean active) {
    public static UserView of(AppUser u) {
      return new UserView(
          u.username(),
          u.fullName(),
          u.position(),
          u.unitCode(),
          u.roles().stream().sorted().toList(),
          u.active());
    }
  }

  /**
   * The signed-in person: who they are, their read scope, and the interface language they chose
   * ({@code vi} or {@code en}).
   */
  public record MeView(
      String username,
      String fullName,
      String position,
      String unitCode,
      List<Role> roles,
      List<String> scope,
      boolean provinceWide,
      String language) {
    public static MeView of(Caller c, AppUser u) {
      return new MeView(
          c.username(),
          c.fullName(),
          c.position(),
          c.unitCode(),
          c.roles().stream().sorted().toList(),
          c.scope().stream().sorted().toList(),
          c.provinceWide(),
          u.language().tag());
    }
  }

  /** Request body of {@code PUT /me/language}: {@code vi} or {@code en}. */
  public static class LanguageBody {
    public @NotBlank(message = "{validation.user.language}") @Size(max = 8) String language;
  }

  /** Request body of {@code POST /me/password}. */
  public static class PasswordBody {
    public @NotNull(message = "{validation.password.required}") @Size(max = 1024) String
        currentPassword;

    public @NotNull(message = "{validation.password.required}") @Size(max = 1024) String
        newPassword;
  }
}
