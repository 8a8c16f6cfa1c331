package vn.quytrinh.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/** Who may read the trail, and what of it: the own scope's events and the shared registries'. */
@ApplicationScoped
public class AuditService {

  /** Sign-in failures name people; only those who check the whole trail read them. */
  static final Set<String> SECURITY_EVENTS = Set.of("SIGN_IN_FAILED");

  static final Set<Role> TRAIL_VERIFIERS = EnumSet.of(Role.AUDITOR, Role.OVERSIGHT, Role.ADMIN);

  private AuditTrail trail;

  @Inject
  public AuditService(AuditTrail trail) {
    this.trail = trail;
  }

  /** For the CDI client proxy only. */
  protected AuditService() {}

  public Page<AuditChain.Event> events(Caller c, String entity, String entityId, PageRequest page) {
    if (!c.hasAny(Role.READ_ALL)) {
      throw new vn.quytrinh.platform.problem.Forbidden("problem.audit.needsReadingRole");
    }
    List<AuditChain.Event> visible = new ArrayList<>();
    long after = 0;
    // filtered in pages: the trail is read in sequence order, scope applied to each event
    while (true) {
      List<AuditChain.Event> chunk = trail.page(entity, entityId, after, 2000);
      for (AuditChain.Event e : chunk) {
        if (SECURITY_EVENTS.contains(e.action()) && !c.hasAny(TRAIL_VERIFIERS)) {
          continue;
        }
        if (c.provinceWide() || e.unitCode() == null || c.scope().contains(e.unitCode())) {
          visible.add(e);
        }
      }
      if (chunk.size() < 2000 || visible.size() > page.offset() + page.size() + 10_000) {
        break;
      }
      after = chunk.get(chunk.size() - 1).seq();
    }
    return Page.slice(visible, page);
  }

  public AuditTrail.Verification verify(Caller c) {
    c.require(TRAIL_VERIFIERS.toArray(Role[]::new));
    return trail.verify();
  }
}
