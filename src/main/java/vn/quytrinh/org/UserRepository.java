package vn.quytrinh.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.quytrinh.platform.persistence.NativeSql;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.text.SqlFold;
import vn.quytrinh.platform.text.Text;

@ApplicationScoped
public class UserRepository {

  private EntityManager em;

  @Inject
  public UserRepository(EntityManager em) {
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected UserRepository() {}

  public Optional<AppUser> findByUsername(String username) {
    return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** What a list of people is narrowed by; {@code units} empty: nobody, null: every unit. */
  public record Filter(List<String> units, Boolean active, String q) {}

  /**
   * A page of people in username order and how many the filter finds, both from one WHERE. The
   * filter is said in SQL (EclipseLink binds a boolean as 0 or 1 on H2, which H2 2 does not compare
   * with a BOOLEAN column): the count, the page's ids, then the people with their roles, batched —
   * four statements whatever the page's size.
   */
  public Page<AppUser> page(Filter f, PageRequest page) {
    NativeSql where = where(f);
    long total =
        ((Number) where.prefixed("SELECT COUNT(*) FROM app_user").on(em).getSingleResult())
            .longValue();
    return new Page<>(list(where, page.offset(), page.size()), total, page.page(), page.size());
  }

  /**
   * Every person the filter finds from {@code offset}, at most {@code limit}, in username order.
   */
  public List<AppUser> list(Filter f, int offset, int limit) {
    return list(where(f), offset, limit);
  }

  private List<AppUser> list(NativeSql where, int offset, int limit) {
    List<Long> ids =
        ((List<?>)
                where
                    .prefixed("SELECT id FROM app_user")
                    .append(" ORDER BY username")
                    .on(em)
                    .setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultList())
            .stream().map(o -> ((Number) o).longValue()).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM AppUser u WHERE u.id IN :ids ORDER BY u.username", AppUser.class)
        .setParameter("ids", ids)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "u.roles")
        .getResultList();
  }

  private static NativeSql where(Filter f) {
    NativeSql where = new NativeSql().append(" WHERE 1 = 1");
    if (f.units() != null) {
      if (f.units().isEmpty()) {
        where.append(" AND 1 = 0");
      } else {
        where.append(" AND unit_code IN ").list(f.units());
      }
    }
    if (f.active() != null) {
      where.append(f.active() ? " AND active = TRUE" : " AND active = FALSE");
    }
    if (!Text.fold(f.q()).isBlank()) {
      where
          .append(" AND (LOWER(username) LIKE ")
          .param(SqlFold.containing(f.q()))
          .append(SqlFold.ESCAPE + " OR " + SqlFold.of("full_name") + " LIKE ")
          .param(SqlFold.containing(f.q()))
          .append(SqlFold.ESCAPE + ")");
    }
    return where;
  }

  public long count() {
    return em.createNamedQuery("AppUser.count", Long.class).getSingleResult();
  }

  /**
   * Takes the row locks of every active administrator until the transaction ends and answers how
   * many other than {@code exceptId} are active then. Two changes that would each remove an
   * administrator queue on these locks, on one instance or many, and the second counts after the
   * first committed (both H2 and PostgreSQL read committed data per statement).
   */
  public long lockAndCountOtherActiveAdmins(long exceptId) {
    em.createNativeQuery(
            "UPDATE app_user SET active = active WHERE active = TRUE AND id IN"
                + " (SELECT user_id FROM app_user_role WHERE role = 'ADMIN')")
        .executeUpdate();
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM app_user WHERE active = TRUE AND id <> ?1 AND id IN"
                        + " (SELECT user_id FROM app_user_role WHERE role = 'ADMIN')")
                .setParameter(1, exceptId)
                .getSingleResult())
        .longValue();
  }

  public void add(AppUser user) {
    em.persist(user);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
