package vn.quytrinh.platform.upload;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

/**
 * The import place the current request holds, given back when the request ends whatever happened in
 * it (an answer, a refusal, an exception, a client gone away).
 */
@RequestScoped
public class ImportPermit {

  private ImportLimiter.Permit permit;

  /** Takes a place unless this request holds one already; false when none is free. */
  public boolean take(ImportLimiter limiter) {
    if (permit == null) {
      permit = limiter.tryAcquire().orElse(null);
    }
    return permit != null;
  }

  @PreDestroy
  public void release() {
    if (permit != null) {
      permit.close();
      permit = null;
    }
  }
}
