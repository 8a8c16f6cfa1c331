package vn.quytrinh.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.quytrinh.org.AppUser;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.web.Filters;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * The administrator's list of people ({@code /app/users.xhtml?unit=&active=&q=&page=}): filters in
 * the address, filtered and paged by {@link OrgService#listUsers}, which refuses anyone else (403).
 */
@Named
@RequestScoped
public class PeopleList {

  static final int PAGE_SIZE = 25;

  /** One line of the list. */
  public record Row(
      String username,
      String fullName,
      String position,
      String unitCode,
      List<Role> roles,
      boolean active) {
    static Row of(AppUser u) {
      return new Row(
          u.username(),
          u.fullName(),
          u.position(),
          u.unitCode(),
          u.roles().stream().sorted().toList(),
          u.active());
    }
  }

  @Inject CurrentUser user;
  @Inject OrgService org;

  private String unit;
  private String active;
  private String q;
  private int page;
  private Page<Row> result;
  private List<UnitOutline.Line> outline;

  public void load() throws IOException {
    try {
      Boolean state = "true".equals(active) ? Boolean.TRUE : "false".equals(active) ? false : null;
      result =
          org.listUsers(
                  user.caller(),
                  new OrgService.People(unit, state, q),
                  new PageRequest(Math.max(page, 0), PAGE_SIZE))
              .map(Row::of);
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  public Page<Row> getResult() {
    return result;
  }

  /** The units as an indented outline, for the unit filter. */
  public List<UnitOutline.Line> getOutline() {
    if (outline == null) {
      outline = UnitOutline.of(org.listUnits());
    }
    return outline;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = Filters.blankToNull(unit);
  }

  public String getActive() {
    return active;
  }

  public void setActive(String active) {
    this.active = active;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = Filters.blankToNull(q);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
