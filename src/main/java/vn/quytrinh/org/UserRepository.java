package vn.quytrinh.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "quytrinh")
  EntityManager em;

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
