package vn.quytrinh.bench;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.quytrinh.impact.ImpactEngine;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.impact.RevisionFlagRepository;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The impact services wired on one entity manager, outside the container, through their
 * constructors as the tests do ({@link Wiring}).
 */
public final class BenchWiring {

  /**
   * The statuses the engine raises flags on ({@code ImpactEngine.LIVE_STATUSES}), for the bench's
   * diagnostic of where the time goes.
   */
  public static final String LIVE_STATUSES =
      "('DRAFT', 'IN_REVIEW', 'REVIEWED', 'APPROVED', 'EFFECTIVE')";

  /**
   * The TTHC join the engine used before it looked TTHC codes up first: kept so the diagnostic
   * shows what the change bought.
   */
  public static final String TTHC_JOIN =
      " FROM tthc_citation tc JOIN document_tthc dt ON (dt.tthc_code = tc.tthc_code"
          + " OR SUBSTRING(dt.tthc_code, 1, 8) = tc.tthc_code)"
          + " JOIN document_version v ON v.document_id = dt.document_id";

  private final EntityManager em;
  public final LegalService legal;
  public final ImpactService impact;
  public final ImpactEngine engine;

  public BenchWiring(EntityManager em, TimeSource time) {
    this.em = em;
    Wiring w = new Wiring(em, time);
    legal = w.legal;
    engine = new ImpactEngine(em);
    impact =
        new ImpactService(
            w.legal,
            w.tthc,
            engine,
            time,
            w.audit,
            new RevisionFlagRepository(em),
            em,
            Measures.NONE);
  }

  /** The number keys the engine follows through chains for a change of the target. */
  public List<String> chainKeys(long targetId) {
    List<Long> ids = List.copyOf(engine.chainOf(targetId).keySet());
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, String> keys = new HashMap<>();
    em.createQuery(
            "SELECT d.id, d.numberKey FROM LegalDocument d WHERE d.id IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> keys.put((Long) row[0], (String) row[1]));
    return ids.stream().map(keys::get).toList();
  }
}
