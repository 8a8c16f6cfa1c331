package vn.quytrinh.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

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
