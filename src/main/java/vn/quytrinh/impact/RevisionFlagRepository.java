package vn.quytrinh.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

  /**
   * The set form of {@link RevisionFlag#resolveBy}, one statement: the open flags of the document
   * raised on an issue up to the approved one are resolved by it (their row version moves, so a
   * dismissal racing with it is refused, not lost). It runs inside the approval: loading and
   * writing each flag would cost a statement per flag there and roll the approval back when a
   * dismissal touched one of them at the same moment.
   */
  public int resolveOpen(long documentId, int approvedIssue, java.time.LocalDate on) {
    return em.createQuery(
            "UPDATE RevisionFlag f SET f.status = :resolved, f.resolvedOn = :on,"
                + " f.resolvedByIssue = :issue, f.rowVersion = f.rowVersion + 1"
                + " WHERE f.documentId = :doc AND f.status = :open AND f.issueNo <= :issue")
        .setParameter("resolved", FlagStatus.RESOLVED)
        .setParameter("open", FlagStatus.OPEN)
        .setParameter("on", on)
        .setParameter("issue", approvedIssue)
        .setParameter("doc", documentId)
        .executeUpdate();
  }

  public void flush() {
    em.flush();
  }
}
