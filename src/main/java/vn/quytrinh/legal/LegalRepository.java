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
import vn.quytrinh.platform.text.SqlFold;
import vn.quytrinh.platform.text.Text;

@ApplicationScoped
public class LegalRepository {

  /**
   * EclipseLink's hint to write a query's values into its SQL instead of binding them: for the long
   * {@code IN} lists of a unit's checks. H2 checks each row a bound {@code IN (?, ?, …)} list finds
   * against the whole list, one value after another (hundreds of values times thousands of rows:
   * most of a commune coordinator's dashboard in a profile on the province data set), but a list of
   * literals against a hash set. The values are numbers and registry keys, written by EclipseLink's
   * own SQL printer.
   */
  public static final String LITERAL_LIST = "eclipselink.jdbc.bind-parameters";

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
        .setHint(LITERAL_LIST, "false")
        .getResultList();
  }

  public Optional<LegalDocument> findByIdentity(String identityKey) {
    return em.createNamedQuery("LegalDocument.findByIdentity", LegalDocument.class)
        .setParameter("key", identityKey)
        .getResultStream()
        .findFirst();
  }

  /** Every registered document, newest signature first (for rebuilding the search index). */
  public List<LegalDocument> findAll() {
    return em.createQuery(
            "SELECT d FROM LegalDocument d ORDER BY d.signedOn DESC, d.id DESC",
            LegalDocument.class)
        .getResultList();
  }

  /**
   * What a list of legal documents is narrowed by: {@code q} in the number (as typed or as its key)
   * or in the title folded (case and marks ignored), the type, and the status on {@code asOf}.
   */
  public record Filter(String q, LegalDocumentType type, LegalStatus status, LocalDate asOf) {}

  /** A page of documents, newest signature first, filtered in the database. */
  public List<LegalDocument> page(Filter f, int offset, int limit) {
    return query(
            f,
            "SELECT d FROM LegalDocument d",
            " ORDER BY d.signedOn DESC, d.id DESC",
            LegalDocument.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(Filter f) {
    return query(f, "SELECT COUNT(d) FROM LegalDocument d", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (f.type() != null) {
      where.append(" AND d.type = :type");
      params.put("type", f.type());
    }
    if (f.status() != null) {
      where.append(" AND ").append(StatusOn.jpql(f.status(), params));
      params.put("on", f.asOf());
    }
    String q = f.q();
    if (q != null && !Text.fold(q).isBlank()) {
      where.append(" AND (").append(SqlFold.jpql("d.title")).append(SqlFold.like("title"));
      where.append(
          " OR d.numberKey"
              + SqlFold.like("k")
              + " OR LOWER(d.number)"
              + SqlFold.like("number")
              + ")");
      String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
      params.put("title", SqlFold.containing(needle));
      params.put("number", "%" + SqlFold.literal(needle) + "%");
      params.put(
          "k",
          "%"
              + SqlFold.literal(
                  Text.fold(needle).toUpperCase(java.util.Locale.ROOT).replace(" ", ""))
              + "%");
    }
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    params.forEach(query::setParameter);
    return query;
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
        .setHint(LITERAL_LIST, "false")
        .getResultList();
  }

  public List<LegalRelation> recordedBy(long actingId) {
    return em.createNamedQuery("LegalRelation.recordedBy", LegalRelation.class)
        .setParameter("acting", actingId)
        .getResultList();
  }

  /** Documents whose folded title is one of {@code folded} (at most 200 rows). */
  public List<LegalDocument> byFoldedTitles(Collection<String> folded) {
    if (folded.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM LegalDocument d WHERE " + SqlFold.jpql("d.title") + " IN :titles",
            LegalDocument.class)
        .setParameter("titles", List.copyOf(folded))
        .setMaxResults(200)
        .getResultList();
  }
}
