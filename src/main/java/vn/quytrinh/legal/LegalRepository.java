package vn.quytrinh.legal;

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

@ApplicationScoped
public class LegalRepository {

  private EntityManager em;

  @Inject
  public LegalRepository(EntityManager em) {
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected LegalRepository() {}

  public Optional<LegalDocument> find(long id) {
    return Optional.ofNullable(em.find(LegalDocument.class, id));
  }

  public List<LegalDocument> findByNumberKey(String key) {
    return em.createNamedQuery("LegalDocument.findByNumberKey", LegalDocument.class)
        .setParameter("key", key)
        .getResultList();
  }

  public List<LegalDocument> findByNumberKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM LegalDocument d WHERE d.numberKey IN :keys", LegalDocument.class)
        .setParameter("keys", List.copyOf(keys))
        .getResultList();
  }

  public Optional<LegalDocument> findByIdentity(String identityKey) {
    return em.createNamedQuery("LegalDocument.findByIdentity", LegalDocument.class)
        .setParameter("key", identityKey)
        .getResultStream()
        .findFirst();
  }

  /** Documents whose number or title contains {@code q} (case-insensitive), of a type. */
  public List<LegalDocument> search(String q, LegalDocumentType type) {
    StringBuilder jpql = new StringBuilder("SELECT d FROM LegalDocument d WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (type != null) {
      jpql.append(" AND d.type = :type");
      params.put("type", type);
    }
    if (q != null && !q.isBlank()) {
      jpql.append(
          " AND (LOWER(d.title) LIKE :q OR d.numberKey LIKE :k OR LOWER(d.number) LIKE :q)");
      String needle =
          q.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
      params.put("q", "%" + needle + "%");
      params.put(
          "k",
          "%"
              + vn.quytrinh.platform.text.Text.fold(needle)
                  .toUpperCase(java.util.Locale.ROOT)
                  .replace(" ", "")
              + "%");
    }
    jpql.append(" ORDER BY d.signedOn DESC, d.id DESC");
    TypedQuery<LegalDocument> query = em.createQuery(jpql.toString(), LegalDocument.class);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  public void add(Object entity) {
    em.persist(entity);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public Optional<LegalRelation> findRelation(
      LegalDocument acting,
      LegalDocument target,
      RelationKind kind,
      String articles,
      LocalDate from) {
    return em.createNamedQuery("LegalRelation.find", LegalRelation.class)
        .setParameter("acting", acting)
        .setParameter("target", target)
        .setParameter("kind", kind)
        .setParameter("articles", articles)
        .setParameter("from", from)
        .getResultStream()
        .findFirst();
  }

  public List<LegalRelation> actingOn(long targetId) {
    return em.createNamedQuery("LegalRelation.actingOn", LegalRelation.class)
        .setParameter("target", targetId)
        .getResultList();
  }

  public List<LegalRelation> actingOnAny(Collection<Long> targetIds) {
    if (targetIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("LegalRelation.actingOnAny", LegalRelation.class)
        .setParameter("targets", List.copyOf(targetIds))
        .getResultList();
  }

  public List<LegalRelation> recordedBy(long actingId) {
    return em.createNamedQuery("LegalRelation.recordedBy", LegalRelation.class)
        .setParameter("acting", actingId)
        .getResultList();
  }
}
