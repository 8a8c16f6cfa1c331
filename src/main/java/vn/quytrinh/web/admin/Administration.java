package vn.quytrinh.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.web.session.CurrentUser;

/** Whether the layout offers the administrator's pages: asked of {@link OrgService#administers}. */
@Named
@RequestScoped
public class Administration {

  @Inject CurrentUser user;
  @Inject OrgService org;

  private Boolean offered;

  public boolean isOffered() {
    if (offered == null) {
      offered = user.isSignedIn() && org.administers(user.caller());
    }
    return offered;
  }
}
