package vn.quytrinh.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class DocumentRepository {

  private EntityManager em;

  @Inject
  public DocumentRepository(EntityManager em) {
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected DocumentRepository() {}

  public Optional<ControlledDocument> find(long id) {
    return Optional.ofNullable(em.find(ControlledDocument.class, id));
  }

  public Optional<ControlledDocument> findByCode(String unitCode, String codeKey) {
    return em.createNamedQuery("ControlledDocument.findByCodeKey", ControlledDocument.class)
        .setParameter("unit", unitCode)
        .setParameter("key", codeKey)
        .getResultStream()
        .findFirst();
  }

  /** A filtered page of documents; {@code units} null means every unit. */
  public record Filter(
      Set<String> units,
      String unit,
      DocumentKind kind,
      VersionStatus status,
      String q,
      boolean effectiveOnly) {}

  public List<ControlledDocument> list(Filter f, int offset, int limit) {
    TypedQuery<ControlledDocument> q =
        query(
            f,
            "SELECT d FROM ControlledDocument d",
            ControlledDocument.class,
            " ORDER BY d.unitCode, d.codeKey");
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(Filter f) {
    return query(f, "SELECT COUNT(d) FROM ControlledDocument d", Long.class, "").getSingleResult();
  }

  private <T> TypedQuery<T> query(Filter f, String select, Class<T> type, String order) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new java.util.HashMap<>();
    if (f.units() != null) {
      if (f.units().isEmpty()) {
        where.append(" AND 1 = 0");
      } else {
        where.append(" AND d.unitCode IN :units");
        params.put("units", new ArrayList<>(f.units()));
      }
    }
    if (f.unit() != null) {
      where.append(" AND d.unitCode = :unit");
      params.put("unit", f.unit());
    }
    if (f.kind() != null) {
      where.append(" AND d.kind = :kind");
      params.put("kind", f.kind());
    }
    if (f.effectiveOnly()) {
      where.append(" AND d.effectiveIssueNo IS NOT NULL");
    }
    if (f.status() != null) {
      where.append(
          " AND EXISTS (SELECT v FROM DocumentVersion v WHERE v.document = d AND v.status = :status)");
      params.put("status", f.status());
    }
    if (f.q() != null && !f.q().isBlank()) {
      where.append(" AND (LOWER(d.title) LIKE :q OR d.codeKey LIKE :qk)");
      String needle = f.q().strip().toLowerCase(java.util.Locale.ROOT);
      params.put("q", "%" + escape(needle) + "%");
      params.put(
          "qk", "%" + escape(needle.toUpperCase(java.util.Locale.ROOT).replace(" ", "")) + "%");
    }
    TypedQuery<T> q = em.createQuery(select + where + order, type);
    params.forEach(q::setParameter);
    return q;
  }

  private static String escape(String s) {
    return s.replace("%", "").replace("_", "");
  }

  public List<Long> ids(long afterId, int limit) {
    return em.createQuery(
            "SELECT d.id FROM ControlledDocument d WHERE d.id > :after ORDER BY d.id", Long.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  public void add(ControlledDocument d) {
    em.persist(d);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public List<Long> dueVersionIds(LocalDate today) {
    return em.createNamedQuery("DocumentVersion.findDue", Long.class)
        .setParameter("today", today)
        .getResultList();
  }

  /**
   * The conditional update that makes a scheduled version effective exactly once, whatever the
   * number of instances racing for it: only the one whose update finds it still APPROVED wins.
   */
  public boolean activateIfDue(long versionId, LocalDate today) {
    return em.createNamedQuery("DocumentVersion.activateIfDue")
            .setParameter("id", versionId)
            .setParameter("today", today)
            .executeUpdate()
        == 1;
  }

  public Optional<DocumentVersion> findVersion(long versionId) {
    return Optional.ofNullable(em.find(DocumentVersion.class, versionId));
  }
}
