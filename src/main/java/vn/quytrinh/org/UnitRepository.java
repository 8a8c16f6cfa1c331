package vn.quytrinh.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UnitRepository {

  private EntityManager em;

  @Inject
  public UnitRepository(EntityManager em) {
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected UnitRepository() {}

  public Optional<Unit> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Unit.class, code));
  }

  public List<Unit> findAll() {
    return em.createNamedQuery("Unit.findAll", Unit.class).getResultList();
  }

  public long countChildren(String code) {
    return em.createNamedQuery("Unit.countChildren", Long.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  public void add(Unit unit) {
    em.persist(unit);
    em.flush();
  }
}
