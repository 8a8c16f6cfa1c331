package vn.quytrinh.legal.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Texts, articles and wordings of legal documents. */
@ApplicationScoped
public class LegalTextRepository {

  private EntityManager em;

  @Inject
  public LegalTextRepository(EntityManager em) {
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected LegalTextRepository() {}

  public Optional<StoredText> textOf(long documentId) {
    return em.createNamedQuery("StoredText.ofDocument", StoredText.class)
        .setParameter("document", documentId)
        .getResultStream()
        .findFirst();
  }

  /** Whether the document has a stored text (its id read, nothing else). */
  public boolean hasText(long documentId) {
    return !em.createQuery(
            "SELECT t.id FROM StoredText t WHERE t.documentId = :document", Long.class)
        .setParameter("document", documentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Of these documents, those with a stored text (their ids only). */
  public List<Long> withText(java.util.Collection<Long> documentIds) {
    List<Long> out = new java.util.ArrayList<>();
    List<Long> ids = List.copyOf(documentIds);
    for (int i = 0; i < ids.size(); i += 1000) {
      out.addAll(
          em.createQuery(
                  "SELECT t.documentId FROM StoredText t WHERE t.documentId IN :ids", Long.class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
              .getResultList());
    }
    return out;
  }

  /** The stored text without its original file and its lines. */
  public Optional<TextHead> headOf(long documentId) {
    return em.createQuery(
            "SELECT t.documentId, t.fileName, t.mediaType, t.originalBytes, t.originalSha256,"
                + " t.preamble, t.closing, t.divisionsJson, t.importedBy, t.importedAt FROM"
                + " StoredText t WHERE t.documentId = :document",
            Object[].class)
        .setParameter("document", documentId)
        .getResultStream()
        .findFirst()
        .map(
            r ->
                new TextHead(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    (java.time.Instant) r[9]));
  }

  /** The lines of the stored text as read from its file, without the file. */
  public Optional<String> linesOf(long documentId) {
    return em.createQuery(
            "SELECT t.linesText FROM StoredText t WHERE t.documentId = :document", String.class)
        .setParameter("document", documentId)
        .getResultStream()
        .findFirst();
  }

  /** The document's articles in the law's order. */
  public List<LegalArticle> articlesOf(long documentId) {
    return em.createNamedQuery("LegalArticle.ofDocument", LegalArticle.class)
        .setParameter("document", documentId)
        .getResultList();
  }

  /** Every wording of every article of the document, in one query. */
  public List<ArticleWording> wordingsOf(long documentId) {
    return em.createNamedQuery("ArticleWording.ofDocument", ArticleWording.class)
        .setParameter("document", documentId)
        .getResultList();
  }

  /** Whether another document has set wordings in this one's articles. */
  public boolean amendedByOthers(long documentId) {
    Long n =
        em.createQuery(
                "SELECT COUNT(w) FROM ArticleWording w, LegalArticle a WHERE w.articleId = a.id"
                    + " AND a.documentId = :document AND w.setById <> :document",
                Long.class)
            .setParameter("document", documentId)
            .getSingleResult();
    return n > 0;
  }

  /** Removes a document's articles and their wordings (a text imported again). */
  public void removeArticles(long documentId) {
    em.createQuery(
            "DELETE FROM ArticleWording w WHERE w.articleId IN (SELECT a.id FROM LegalArticle a"
                + " WHERE a.documentId = :document)")
        .setParameter("document", documentId)
        .executeUpdate();
    em.createQuery("DELETE FROM LegalArticle a WHERE a.documentId = :document")
        .setParameter("document", documentId)
        .executeUpdate();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
