package vn.quytrinh.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.problem.ProblemException;

/**
 * The signed-in person of this request, read again from the database on every request, so a changed
 * role or a deactivated account counts at once.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject HttpServletRequest request;
  @Inject OrgService org;

  private Caller caller;
  private String unitName;

  public Caller caller() {
    if (caller == null) {
      caller =
          SessionUser.of(request)
              .flatMap(org::caller)
              .orElseThrow(
                  () ->
                      new ProblemException(
                          401, "Chưa đăng nhập (Unauthorized)", "Cần đăng nhập lại."));
    }
    return caller;
  }

  public boolean isSignedIn() {
    return SessionUser.of(request).isPresent();
  }

  public String getName() {
    return caller().fullName();
  }

  public String getPosition() {
    return caller().position();
  }

  public String getUnitName() {
    if (unitName == null) {
      String code = caller().unitCode();
      unitName = code == null ? "" : org.unit(code).name();
    }
    return unitName;
  }

  public List<Role> getRoles() {
    return caller().roles().stream().sorted().toList();
  }

  /** Whether the person reads the work (drafts, flags, findings) of their units. */
  public boolean isWorkReader() {
    return caller().hasAny(Role.READ_ALL);
  }
}
