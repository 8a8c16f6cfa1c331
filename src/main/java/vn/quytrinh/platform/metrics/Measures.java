package vn.quytrinh.platform.metrics;

import java.time.Duration;

/**
 * The port through which a context reports what operators watch. The container's bean ({@link
 * RegistryMeasures}) keeps them in MicroProfile Metrics; tests pass {@link #NONE} or one that
 * records. Every tag takes values from a short fixed set (an endpoint's template, never its path),
 * so the number of series stays bounded whatever callers send.
 */
public interface Measures {

  /** One HTTP request answered: its endpoint ({@code GET /api/v1/documents/{id}}), status, time. */
  void request(String endpoint, int status, Duration took);

  /**
   * One impact run: a recorded change of the law ({@code LEGAL_RELATION}) or of a TTHC ({@code
   * TTHC_CHANGE}), how long raising and storing its flags took, and how many it raised.
   */
  void impactRun(String cause, Duration took, int flagsRaised);

  /** One import: what was imported ({@code TTHC}, …), how it ended, and the rows it read. */
  void importRun(String kind, ImportOutcome outcome, int rows);

  /** One sign-in refused: a wrong or unknown user or password, or a source made to wait. */
  void signInFailed(SignInFailure reason);

  /** How an import ended. */
  enum ImportOutcome {
    APPLIED,
    DRY_RUN,
    REJECTED
  }

  /** Why a sign-in was refused. */
  enum SignInFailure {
    CREDENTIALS,
    THROTTLED
  }

  /** Reports nothing. */
  Measures NONE =
      new Measures() {
        @Override
        public void request(String endpoint, int status, Duration took) {}

        @Override
        public void impactRun(String cause, Duration took, int flagsRaised) {}

        @Override
        public void importRun(String kind, ImportOutcome outcome, int rows) {}

        @Override
        public void signInFailed(SignInFailure reason) {}
      };
}
