package vn.quytrinh.impact;

import jakarta.persistence.EntityManager;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.TthcService;

/**
 * The impact services wired on one entity manager, outside the container, as ImpactEngineTest does
 * (the injected fields are package-private, hence this class in the engine's package; it lives
 * under bench/ and is compiled only by the bench profile).
 */
public final class BenchWiring {

  /** The engine's own SQL fragments, for the bench's diagnostic of where the time goes. */
  public static final String LIVE_STATUSES = ImpactEngine.LIVE_STATUSES;

  /**
   * The TTHC join the engine used before it looked TTHC codes up first: kept so the diagnostic
   * shows what the change bought.
   */
  public static final String TTHC_JOIN =
      " FROM tthc_citation tc JOIN document_tthc dt ON (dt.tthc_code = tc.tthc_code"
          + " OR SUBSTRING(dt.tthc_code, 1, 8) = tc.tthc_code)"
          + " JOIN document_version v ON v.document_id = dt.document_id";

  public final LegalService legal;
  public final ImpactService impact;
  public final ImpactEngine engine;

  public BenchWiring(EntityManager em, TimeSource time) {
    legal = LegalService.standalone(em, time);
    TthcService tthc = TthcService.standalone(em, time);
    engine = new ImpactEngine();
    engine.em = em;
    impact = new ImpactService();
    impact.legal = legal;
    impact.tthc = tthc;
    impact.engine = engine;
    impact.time = time;
    impact.em = em;
    impact.audit = vn.quytrinh.audit.AuditTrail.standalone(em);
  }

  /** The number keys the engine follows through chains for a change of the target. */
  public java.util.List<String> chainKeys(long targetId) {
    return engine.numberKeys(engine.chainOf(targetId).keySet());
  }
}
