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
import vn.quytrinh.platform.text.SqlFold;

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

  /** The documents of these ids that exist, in id order. */
  public List<ControlledDocument> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM ControlledDocument d WHERE d.id IN :ids ORDER BY d.id",
            ControlledDocument.class)
        .setParameter("ids", ids)
        .getResultList();
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
      boolean effectiveOnly,
      String tthc,
      DocumentSort sort,
      boolean descending) {

    public Filter(
        Set<String> units,
        String unit,
        DocumentKind kind,
        VersionStatus status,
        String q,
        boolean effectiveOnly) {
      this(units, unit, kind, status, q, effectiveOnly, null, null, false);
    }
  }

  public List<ControlledDocument> list(Filter f, int offset, int limit) {
    TypedQuery<ControlledDocument> q =
        query(f, "SELECT d FROM ControlledDocument d", ControlledDocument.class, order(f));
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** The sort is one of a closed list, so no text of the request reaches the JPQL. */
  private static String order(Filter f) {
    DocumentSort sort = f.sort() == null ? DocumentSort.UNIT : f.sort();
    String dir = f.descending() ? " DESC" : " ASC";
    return switch (sort) {
      case CODE -> " ORDER BY d.codeKey" + dir + ", d.unitCode";
      case TITLE -> " ORDER BY d.title" + dir + ", d.codeKey";
      case KIND -> " ORDER BY d.kind" + dir + ", d.unitCode, d.codeKey";
      case UNIT -> " ORDER BY d.unitCode" + dir + ", d.codeKey" + dir;
    };
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
    if (f.tthc() != null && !f.tthc().isBlank()) {
      where.append(" AND :tthc MEMBER OF d.tthcCodes");
      params.put("tthc", f.tthc().strip());
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
      where.append(
          " AND (LOWER(d.title)" + SqlFold.like("q") + " OR d.codeKey" + SqlFold.like("qk") + ")");
      String needle = f.q().strip().toLowerCase(java.util.Locale.ROOT);
      params.put("q", "%" + SqlFold.literal(needle) + "%");
      params.put(
          "qk",
          "%" + SqlFold.literal(needle.toUpperCase(java.util.Locale.ROOT).replace(" ", "")) + "%");
    }
    TypedQuery<T> q = em.createQuery(select + where + order, type);
    params.forEach(q::setParameter);
    return q;
  }

  /**
   * The documents of some units ({@code null}: every unit) in unit and code order, for the
   * consistency checks: their TTHC codes, versions, drafters and citations come in one statement
   * each (EclipseLink's batch reading by EXISTS, hints named by string), however many documents.
   * They are read only: not to be changed.
   */
  /** The units holding any document, in code order. */
  public List<String> unitCodes() {
    return em.createQuery(
            "SELECT DISTINCT d.unitCode FROM ControlledDocument d ORDER BY d.unitCode",
            String.class)
        .getResultList();
  }

  public List<ControlledDocument> forChecks(Set<String> units) {
    if (units != null && units.isEmpty()) {
      return List.of();
    }
    TypedQuery<ControlledDocument> q =
        em.createQuery(
            "SELECT d FROM ControlledDocument d"
                + (units == null ? "" : " WHERE d.unitCode IN :units")
                + " ORDER BY d.unitCode, d.codeKey",
            ControlledDocument.class);
    if (units != null) {
      q.setParameter("units", new ArrayList<>(units));
    }
    // read only, since EclipseLink 4.0 cannot compare batch-read embeddables (the citations) at a
    // flush (EclipseLink-69); the checks change nothing
    q.setHint("eclipselink.read-only", "true");
    q.setHint("eclipselink.batch.type", "IN"); // as the mappings (@BatchFetch IN)
    for (String path :
        List.of("d.tthcCodes", "d.versions", "d.versions.drafters", "d.versions.citations")) {
      q.setHint("eclipselink.batch", path);
    }
    return q.getResultList();
  }

  /**
   * Versions in one status within some units ({@code null}: every unit), optionally leaving out
   * those a person drafted, most recently changed first: a work queue, paged here.
   */
  public List<DocumentVersion> versionsIn(
      Set<String> units, VersionStatus status, String notDraftedBy, int offset, int limit) {
    return queue(
            units,
            status,
            notDraftedBy,
            "SELECT v",
            " ORDER BY v.updatedAt DESC, v.id",
            DocumentVersion.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countVersionsIn(Set<String> units, VersionStatus status, String notDraftedBy) {
    return queue(units, status, notDraftedBy, "SELECT COUNT(v)", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> queue(
      Set<String> units,
      VersionStatus status,
      String notDraftedBy,
      String select,
      String order,
      Class<T> type) {
    StringBuilder jpql =
        new StringBuilder(
            select + " FROM DocumentVersion v JOIN v.document d WHERE v.status = :status");
    if (units != null) {
      jpql.append(units.isEmpty() ? " AND 1 = 0" : " AND d.unitCode IN :units");
    }
    if (notDraftedBy != null) {
      jpql.append(" AND NOT (:user MEMBER OF v.drafters)");
    }
    TypedQuery<T> q = em.createQuery(jpql + order, type).setParameter("status", status);
    if (units != null && !units.isEmpty()) {
      q.setParameter("units", new ArrayList<>(units));
    }
    if (notDraftedBy != null) {
      q.setParameter("user", notDraftedBy);
    }
    return q;
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

  /** A version by its document and issue, with its document, in one statement. */
  public Optional<DocumentVersion> findVersion(long documentId, int issueNo) {
    return em.createQuery(
            "SELECT v FROM DocumentVersion v JOIN FETCH v.document"
                + " WHERE v.document.id = :id AND v.issueNo = :issue",
            DocumentVersion.class)
        .setParameter("id", documentId)
        .setParameter("issue", issueNo)
        .getResultStream()
        .findFirst();
  }

  public Optional<DocumentVersion> findVersion(long versionId) {
    return Optional.ofNullable(em.find(DocumentVersion.class, versionId));
  }
}
