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

  public void add(AppUser user) {
    em.persist(user);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
