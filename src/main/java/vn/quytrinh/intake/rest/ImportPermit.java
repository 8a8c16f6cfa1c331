package vn.quytrinh.intake.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import vn.quytrinh.intake.ImportLimiter;

/**
 * The import place the current request holds, given back when the request ends whatever happened in
 * it (an answer, a refusal, an exception, a client gone away).
 */
@RequestScoped
public class ImportPermit {

  private ImportLimiter.Permit permit;

  /** Takes a place unless this request holds one already; false when none is free. */
  boolean take(ImportLimiter limiter) {
    if (permit == null) {
      permit = limiter.tryAcquire().orElse(null);
    }
    return permit != null;
  }

  @PreDestroy
  void release() {
    if (permit != null) {
      permit.close();
      permit = null;
    }
  }
}
