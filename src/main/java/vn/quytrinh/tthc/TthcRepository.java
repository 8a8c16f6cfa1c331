package vn.quytrinh.tthc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TthcRepository {

  private EntityManager em;

  @Inject
  public TthcRepository(EntityManager em) {
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected TthcRepository() {}

  public Optional<Tthc> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Tthc.class, code));
  }

  public List<Tthc> findAll() {
    return em.createNamedQuery("Tthc.findAll", Tthc.class).getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
    em.flush();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<TthcChange> findChange(
      String code, TthcChangeKind kind, String decision, LocalDate from) {
    return em.createNamedQuery("TthcChange.find", TthcChange.class)
        .setParameter("code", code)
        .setParameter("kind", kind)
        .setParameter("decision", decision)
        .setParameter("from", from)
        .getResultStream()
        .findFirst();
  }

  public List<TthcChange> changesOf(String code) {
    return em.createNamedQuery("TthcChange.of", TthcChange.class)
        .setParameter("code", code)
        .getResultList();
  }
}
