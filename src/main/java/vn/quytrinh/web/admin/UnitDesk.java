package vn.quytrinh.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.web.Filters;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * The units for the administrator ({@code /app/units.xhtml}, {@code ?edit=code} to change one): the
 * whole tree as an indented outline, and one form that creates a unit or changes the one chosen
 * (name, level, the unit above it). {@link OrgService} refuses what is not allowed (a code taken, a
 * parent that would close a loop, a stale edit) and the page says why.
 */
@Named
@ViewScoped
public class UnitDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  private CurrentUser user;
  private OrgService org;

  private String edit;
  private boolean loaded;
  private boolean existing;
  private String etag;

  private String code;
  private String name;
  private String level;
  private String parentCode;

  @Inject
  public UnitDesk(CurrentUser user, OrgService org) {
    this.user = user;
    this.org = org;
  }

  /** For the CDI client proxy only. */
  protected UnitDesk() {}

  public void load() throws IOException {
    if (loaded) {
      return;
    }
    try {
      OrgService.requireAdministrator(user.caller());
      if (edit != null && !edit.isBlank()) {
        Unit u = org.unit(edit.strip());
        existing = true;
        code = u.code();
        name = u.name();
        level = u.level().name();
        parentCode = u.parentCode();
        etag = OrgService.etag(u);
      }
      loaded = true;
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  public String save() {
    try {
      OrgService.UnitData d =
          new OrgService.UnitData(
              existing ? code : Filters.blankToNull(code), name, parentCode, parseLevel());
      Unit u =
          existing
              ? org.updateUnit(user.caller(), code, d, etag)
              : org.createUnit(user.caller(), d);
      Notices.info(existing ? "units.saved" : "units.created", u.name());
      Notices.keepOverRedirect();
      return "/app/units?faces-redirect=true";
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    }
  }

  private UnitLevel parseLevel() {
    try {
      return level == null || level.isBlank() ? null : UnitLevel.valueOf(level);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---- what the page reads

  public List<UnitOutline.Line> getOutline() {
    return UnitOutline.of(org.listUnits());
  }

  /** The units a unit may be placed under: any but itself and those below it. */
  public List<UnitOutline.Line> getParents() {
    java.util.Set<String> below = existing ? org.tree().subtree(code) : java.util.Set.of();
    return getOutline().stream().filter(l -> !below.contains(l.unit().code())).toList();
  }

  public List<UnitLevel> getLevels() {
    return Arrays.asList(UnitLevel.values());
  }

  public boolean isExisting() {
    return existing;
  }

  public String getEdit() {
    return edit;
  }

  public void setEdit(String edit) {
    this.edit = edit;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    if (!existing) {
      this.code = code;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getParentCode() {
    return parentCode;
  }

  public void setParentCode(String parentCode) {
    this.parentCode = Filters.blankToNull(parentCode);
  }
}
