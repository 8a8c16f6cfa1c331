package vn.quytrinh.tthc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.quytrinh.platform.text.SqlFold;
import vn.quytrinh.platform.text.Text;

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

  /** What a list of TTHC is narrowed by; {@code null} or blank: not narrowed. */
  public record Filter(String q, String field, TthcLevel level, TthcStatus status, String unit) {}

  /**
   * A page of TTHC in code order, filtered in the database: {@code q} in the code, or in the name
   * folded (case and marks ignored); {@code field} in the field folded. The units and legal basis
   * of the page come in one statement each, whatever the page's size.
   */
  public List<Tthc> page(Filter f, int offset, int limit) {
    TypedQuery<Tthc> q = query(f, "SELECT t FROM Tthc t", " ORDER BY t.code", Tthc.class);
    return batched(q).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(Filter f) {
    return query(f, "SELECT COUNT(t) FROM Tthc t", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (f.level() != null) {
      where.append(" AND t.level = :level");
      params.put("level", f.level());
    }
    if (f.status() != null) {
      where.append(" AND t.status = :status");
      params.put("status", f.status());
    }
    if (f.unit() != null && !f.unit().isBlank()) {
      where.append(" AND :unit MEMBER OF t.unitCodes");
      params.put("unit", f.unit().strip());
    }
    if (!Text.fold(f.field()).isBlank()) {
      where.append(" AND ").append(SqlFold.jpql("t.field")).append(SqlFold.like("field"));
      params.put("field", SqlFold.containing(f.field()));
    }
    if (!Text.fold(f.q()).isBlank()) {
      where.append(" AND (t.code" + SqlFold.like("code") + " OR ");
      where.append(SqlFold.jpql("t.name")).append(SqlFold.like("name") + ")");
      params.put("code", "%" + SqlFold.literal(f.q().strip()) + "%");
      params.put("name", SqlFold.containing(f.q()));
    }
    TypedQuery<T> q = em.createQuery(select + where + order, type);
    params.forEach(q::setParameter);
    return q;
  }

  /** The TTHC with these codes, in code order, their units and legal basis batched. */
  public List<Tthc> findAll(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    TypedQuery<Tthc> q =
        em.createQuery("SELECT t FROM Tthc t WHERE t.code IN :codes ORDER BY t.code", Tthc.class)
            .setParameter("codes", List.copyOf(codes))
            .setHint(vn.quytrinh.legal.LegalRepository.LITERAL_LIST, "false");
    return batched(q).getResultList();
  }

  /**
   * EclipseLink's batch reading (its query hints, named by string so nothing but JPA is imported):
   * the collections of all the TTHC read come in one {@code IN} statement each, not one per TTHC.
   * The TTHC are read only (not registered for changes): EclipseLink 4.0 cannot compare batch-read
   * embeddables for changes at a flush (EclipseLink-69 on {@code CitationRow}).
   */
  private static TypedQuery<Tthc> batched(TypedQuery<Tthc> q) {
    q.setHint("eclipselink.read-only", "true");
    q.setHint("eclipselink.batch.type", "IN");
    q.setHint("eclipselink.batch.size", 500);
    q.setHint("eclipselink.batch", "t.unitCodes");
    q.setHint("eclipselink.batch", "t.legalBasis");
    return q;
  }

  /**
   * The TTHC units carry out, still in force (neither abolished nor replaced), as {@code [unit,
   * code, name]} in unit and code order; {@code units} null: every unit.
   */
  public List<Object[]> carriedBy(Collection<String> units) {
    if (units != null && units.isEmpty()) {
      return List.of();
    }
    TypedQuery<Object[]> q =
        em.createQuery(
                "SELECT u, t.code, t.name FROM Tthc t JOIN t.unitCodes u WHERE t.status NOT IN"
                    + " :ended"
                    + (units == null ? "" : " AND u IN :units")
                    + " ORDER BY u, t.code",
                Object[].class)
            .setParameter("ended", List.of(TthcStatus.ABOLISHED, TthcStatus.REPLACED));
    if (units != null) {
      q.setParameter("units", List.copyOf(units));
    }
    return q.getResultList();
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
