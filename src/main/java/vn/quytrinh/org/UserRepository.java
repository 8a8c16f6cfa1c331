package vn.quytrinh.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
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

  public List<AppUser> findAll(int offset, int limit) {
    return em.createNamedQuery("AppUser.findAll", AppUser.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** What a list of people is narrowed by; {@code units} empty: nobody, null: every unit. */
  public record Filter(List<String> units, Boolean active, String q) {}

  /**
   * A page of people in username order. The filter is said in SQL (EclipseLink binds a boolean as 0
   * or 1 on H2, which H2 2 does not compare with a BOOLEAN column): the page's ids first, then the
   * people with their roles, batched, in two more statements whatever the page's size.
   */
  public List<AppUser> page(Filter f, int offset, int limit) {
    List<Object> params = new java.util.ArrayList<>();
    String where = where(f, params);
    jakarta.persistence.Query ids =
        em.createNativeQuery("SELECT id FROM app_user" + where + " ORDER BY username")
            .setFirstResult(offset)
            .setMaxResults(limit);
    for (int i = 0; i < params.size(); i++) {
      ids.setParameter(i + 1, params.get(i));
    }
    List<Long> page =
        ((List<?>) ids.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    if (page.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM AppUser u WHERE u.id IN :ids ORDER BY u.username", AppUser.class)
        .setParameter("ids", page)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "u.roles")
        .getResultList();
  }

  public long count(Filter f) {
    List<Object> params = new java.util.ArrayList<>();
    jakarta.persistence.Query q =
        em.createNativeQuery("SELECT COUNT(*) FROM app_user" + where(f, params));
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  private static String where(Filter f, List<Object> params) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (f.units() != null) {
      if (f.units().isEmpty()) {
        where.append(" AND 1 = 0");
      } else {
        where.append(" AND unit_code IN (");
        for (int i = 0; i < f.units().size(); i++) {
          where.append(i == 0 ? "?" : ", ?").append(params.size() + 1);
          params.add(f.units().get(i));
        }
        where.append(")");
      }
    }
    if (f.active() != null) {
      where.append(f.active() ? " AND active = TRUE" : " AND active = FALSE");
    }
    if (!Text.fold(f.q()).isBlank()) {
      where.append(" AND (LOWER(username) LIKE ?").append(params.size() + 1);
      where.append(" OR ").append(SqlFold.of("full_name")).append(" LIKE ?");
      where.append(params.size() + 2).append(")");
      params.add(SqlFold.containing(f.q()));
      params.add(SqlFold.containing(f.q()));
    }
    return where.toString();
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
