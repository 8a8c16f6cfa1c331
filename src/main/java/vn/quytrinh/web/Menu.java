package vn.quytrinh.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quytrinh.audit.AuditService;
import vn.quytrinh.intake.ImportService;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.web.session.CurrentUser;

/**
 * What the navigation offers the signed-in person, each answer asked of the service that decides it
 * (the pages behind the links ask again, and the services refuse all the same).
 */
@Named
@RequestScoped
public class Menu {

  private CurrentUser user;

  @Inject
  public Menu(CurrentUser user) {
    this.user = user;
  }

  /** For the CDI client proxy only. */
  protected Menu() {}

  /**
   * Imports of the TTHC list, legal documents and Word procedures (a coordinator), or of the org
   * chart's units and people (an administrator).
   */
  public boolean isImports() {
    return ImportService.mayImport(user.caller()) || OrgService.mayAdminister(user.caller());
  }

  /** The audit trail of the person's units. */
  public boolean isAudit() {
    return AuditService.mayRead(user.caller());
  }
}
