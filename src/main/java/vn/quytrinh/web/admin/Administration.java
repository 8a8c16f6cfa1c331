package vn.quytrinh.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.web.session.CurrentUser;

/**
 * Whether the layout offers the administrator's pages: {@link OrgService#mayAdminister}, a static
 * rule, so no page opens a transaction for it.
 */
@Named
@RequestScoped
public class Administration {

  @Inject CurrentUser user;

  private Boolean offered;

  public boolean isOffered() {
    if (offered == null) {
      offered = user.isSignedIn() && OrgService.mayAdminister(user.caller());
    }
    return offered;
  }
}
