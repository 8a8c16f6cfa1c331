package vn.quytrinh.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import vn.quytrinh.platform.persistence.NativeSql;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.problem.InvalidInput;
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

  /**
   * A page of the events the caller may read, newest first, filtered and counted in the database.
   *
   * @param beforeSeq only events before this sequence number (a cursor for deep pages), or null
   */
  @Transactional
  public Page<AuditChain.Event> events(
      Caller c, String entity, String entityId, Long beforeSeq, PageRequest page) {
    if (!mayRead(c)) {
      throw new Forbidden("problem.audit.needsReadingRole");
    }
    if (beforeSeq != null && beforeSeq < 1) {
      throw new InvalidInput("before", "problem.audit.before");
    }
    Consumer<NativeSql> filters =
        q -> {
          if (entity != null) {
            q.append(" AND entity = ").param(entity);
          }
          if (entityId != null) {
            q.append(" AND entity_id = ").param(entityId);
          }
          if (beforeSeq != null) {
            q.append(" AND seq < ").param(beforeSeq);
          }
        };
    List<Consumer<NativeSql>> branches = visibleTo(c, filters);
    return new Page<>(
        trail.select(branches, false, page.offset(), page.size()),
        trail.count(branches),
        page.page(),
        page.size());
  }

  /**
   * The events the caller may read (the export of the trail, whole or one unit's), oldest first
   * from {@code afterSeq}, {@code limit} at a time.
   */
  @Transactional
  public List<AuditChain.Event> forExport(Caller c, String unit, long afterSeq, int limit) {
    Consumer<NativeSql> filters =
        q -> {
          q.append(" AND seq > ").param(afterSeq);
          if (unit != null) {
            q.append(" AND unit_code = ").param(unit);
          }
        };
    return trail.select(visibleTo(c, filters), true, 0, limit);
  }

  /**
   * The events the caller may read, as the conditions of a {@code WHERE} over {@code audit_event}
   * (its role to read the trail at all is checked apart): a shared registry's event is everyone's;
   * an event of no unit otherwise (failed sign-ins, people of no unit, exports of everything) is
   * for OVERSIGHT and ADMIN only; an event about a person is for the auditors of that person's
   * unit; any other event for those who see its unit. Given as disjoint branches, each with the
   * {@code filters} after it, so that each is answered by one index — the events of no unit by
   * {@code (entity, entity_id)}, the units' by {@code (unit_code, seq)}; one condition over both
   * (an {@code OR}) made H2 read the whole trail for every page. A province-wide reader of
   * everything has one branch, the primary key.
   */
  static List<Consumer<NativeSql>> visibleTo(Caller c, Consumer<NativeSql> filters) {
    boolean installation = c.hasAny(INSTALLATION_READERS);
    if (installation && c.provinceWide()) {
      return List.of(q -> filters.accept(q.append("1 = 1")));
    }
    Consumer<NativeSql> noUnit =
        q -> {
          q.append("unit_code IS NULL");
          if (!installation) {
            q.append(" AND entity IN ").list(SHARED_REGISTRIES);
            q.append(" AND action NOT IN ").list(SECURITY_EVENTS);
          }
          filters.accept(q);
        };
    if (!c.provinceWide() && c.scope().isEmpty()) {
      return List.of(noUnit);
    }
    Consumer<NativeSql> units =
        q -> {
          if (c.provinceWide()) {
            q.append("unit_code IS NOT NULL");
          } else {
            q.append("unit_code IN ").list(new TreeSet<>(c.scope()));
          }
          if (!c.hasAny(PEOPLE_READERS)) {
            q.append(" AND entity NOT IN ").list(PEOPLE);
          }
          if (!installation) {
            q.append(" AND action NOT IN ").list(SECURITY_EVENTS);
          }
          filters.accept(q);
        };
    return List.of(noUnit, units);
  }

  /** Whether the caller reads the trail at all (the events of their scope). */
  public static boolean mayRead(Caller c) {
    return c.hasAny(Role.READ_ALL);
  }

  /** Whether the caller may verify the whole chain. */
  public static boolean mayVerify(Caller c) {
    return c.hasAny(TRAIL_VERIFIERS);
  }

  public AuditTrail.Verification verify(Caller c) {
    c.require(TRAIL_VERIFIERS.toArray(Role[]::new));
    return trail.verify();
  }
}
