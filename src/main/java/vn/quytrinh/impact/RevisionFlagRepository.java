package vn.quytrinh.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Revision flags one at a time, for what happens to them after the impact engine raised them. */
@ApplicationScoped
public class RevisionFlagRepository {

  private EntityManager em;

  @Inject
  public RevisionFlagRepository(EntityManager em) {
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected RevisionFlagRepository() {}

  public Optional<RevisionFlag> find(long id) {
    return Optional.ofNullable(em.find(RevisionFlag.class, id));
  }

  /** The open flags of a document (a handful: the index on document and status answers it). */
  public List<RevisionFlag> openOf(long documentId) {
    return em.createNamedQuery("RevisionFlag.openOf", RevisionFlag.class)
        .setParameter("document", documentId)
        .getResultList();
  }

  public void flush() {
    em.flush();
  }
}
