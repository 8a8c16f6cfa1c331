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

  /** Sign-in failures name people; only those who oversee the whole installation read them. */
  static final Set<String> SECURITY_EVENTS = Set.of("SIGN_IN_FAILED");

  /** The shared registries: no unit of their own, read by everyone who reads a unit's work. */
  static final Set<String> SHARED_REGISTRIES =
      Set.of("LEGAL_DOCUMENT", "LEGAL_RELATION", "TTHC", "TTHC_CHANGE");

  /** Events about a person: read by the auditors of that person's unit, not its other staff. */
  static final Set<String> PEOPLE = Set.of("USER");

  /** Who reads an event of no unit that is not a shared registry's (sign-ins, people, exports). */
  static final Set<Role> INSTALLATION_READERS = EnumSet.of(Role.OVERSIGHT, Role.ADMIN);

  static final Set<Role> PEOPLE_READERS = EnumSet.of(Role.AUDITOR, Role.OVERSIGHT, Role.ADMIN);

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
        if (visible(c, e)) {
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

  /**
   * Whether the caller may read the event (its role to read the trail at all is checked apart): a
   * shared registry's event is everyone's; an event of no unit otherwise (failed sign-ins, people
   * of no unit, exports of everything) is for OVERSIGHT and ADMIN only; an event about a person is
   * for the auditors of that person's unit; any other event for those who see its unit.
   */
  public static boolean visible(Caller c, AuditChain.Event e) {
    if (SECURITY_EVENTS.contains(e.action())) {
      return c.hasAny(INSTALLATION_READERS);
    }
    if (e.unitCode() == null) {
      return SHARED_REGISTRIES.contains(e.entity()) || c.hasAny(INSTALLATION_READERS);
    }
    if (PEOPLE.contains(e.entity()) && !c.hasAny(PEOPLE_READERS)) {
      return false;
    }
    return c.sees(e.unitCode());
  }

  public AuditTrail.Verification verify(Caller c) {
    c.require(TRAIL_VERIFIERS.toArray(Role[]::new));
    return trail.verify();
  }
}
