package vn.quytrinh.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.quytrinh.org.AppUser;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.web.Filters;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * One person for the administrator ({@code /app/user.xhtml}, a new person; {@code ?u=username}, an
 * existing one): name, position, unit from the unit outline, roles as checkboxes; the initial
 * password of a new person; a new password for an existing one; deactivation after a confirmation
 * and reactivation. Every change goes through {@link OrgService}, whose refusals (the password
 * rule, the last active administrator, a stale edit) are shown in the person's language.
 */
@Named
@ViewScoped
public class PersonForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private CurrentUser user;
  private OrgService org;

  private String username;
  private boolean loaded;
  private boolean existing;
  private String etag;
  private boolean active = true;

  private String newUsername;
  private String fullName;
  private String position;
  private String unitCode;
  private List<String> roles = new ArrayList<>();
  private String password;
  private boolean confirmingDeactivation;

  @Inject
  public PersonForm(CurrentUser user, OrgService org) {
    this.user = user;
    this.org = org;
  }

  /** For the CDI client proxy only. */
  protected PersonForm() {}

  public void load() throws IOException {
    if (loaded) {
      return;
    }
    try {
      OrgService.requireAdministrator(user.caller());
      if (username != null && !username.isBlank()) {
        AppUser u = org.user(user.caller(), username.strip());
        existing = true;
        username = u.username();
        fullName = u.fullName();
        position = u.position();
        unitCode = u.unitCode();
        roles = new ArrayList<>(u.roles().stream().sorted().map(Role::name).toList());
        active = u.active();
        etag = OrgService.etag(u);
      }
      loaded = true;
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  // ---- actions

  /** Creates the person, or saves name, position, unit and roles of an existing one. */
  public String save() {
    try {
      if (existing) {
        org.updateUser(user.caller(), username, data(active), null, etag);
        Notices.info("people.saved", fullName);
        return shown(username);
      }
      AppUser u =
          org.createUser(
              user.caller(),
              new OrgService.UserData(
                  Filters.blankToNull(newUsername), fullName, position, unitCode, roleSet(), true),
              password);
      Notices.info("people.created", u.fullName(), u.username());
      return shown(u.username());
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    } finally {
      password = null;
    }
  }

  /** Sets a new password, which the person is told by the administrator. */
  public String resetPassword() {
    try {
      org.updateUser(user.caller(), username, data(active), password, etag);
      Notices.info("people.passwordReset", fullName);
      return shown(username);
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    } finally {
      password = null;
    }
  }

  public void askDeactivate() {
    confirmingDeactivation = true;
  }

  public void cancel() {
    confirmingDeactivation = false;
  }

  public String deactivate() {
    confirmingDeactivation = false;
    return setActive(false, "people.deactivated");
  }

  public String reactivate() {
    return setActive(true, "people.reactivated");
  }

  private String setActive(boolean to, String notice) {
    try {
      org.updateUser(user.caller(), username, data(to), null, etag);
      Notices.info(notice, fullName);
      return shown(username);
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    }
  }

  private OrgService.UserData data(boolean activeNow) {
    return new OrgService.UserData(username, fullName, position, unitCode, roleSet(), activeNow);
  }

  private Set<Role> roleSet() {
    Set<Role> out = EnumSet.noneOf(Role.class);
    for (String r : roles == null ? List.<String>of() : roles) {
      out.add(Role.valueOf(r));
    }
    return out;
  }

  private static String shown(String username) {
    Notices.keepOverRedirect();
    return "/app/user?faces-redirect=true&u=" + username;
  }

  // ---- what the page reads

  /** The units as an indented outline, for the unit drop-down. */
  public List<UnitOutline.Line> getOutline() {
    return UnitOutline.of(org.listUnits());
  }

  public List<Role> getAllRoles() {
    return Arrays.asList(Role.values());
  }

  public boolean isExisting() {
    return existing;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isConfirmingDeactivation() {
    return confirmingDeactivation;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = Filters.blankToNull(unitCode);
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
