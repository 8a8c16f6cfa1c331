package vn.quytrinh.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

  /** A page of units in code order, narrowed by level and parent when given. */
  public List<Unit> page(UnitLevel level, String parent, int offset, int limit) {
    return query("SELECT u FROM Unit u", level, parent, " ORDER BY u.code", Unit.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(UnitLevel level, String parent) {
    return query("SELECT COUNT(u) FROM Unit u", level, parent, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, UnitLevel level, String parent, String order, Class<T> type) {
    String where =
        " WHERE 1 = 1"
            + (level == null ? "" : " AND u.level = :level")
            + (parent == null ? "" : " AND u.parentCode = :parent");
    TypedQuery<T> q = em.createQuery(select + where + order, type);
    if (level != null) {
      q.setParameter("level", level);
    }
    if (parent != null) {
      q.setParameter("parent", parent);
    }
    return q;
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
