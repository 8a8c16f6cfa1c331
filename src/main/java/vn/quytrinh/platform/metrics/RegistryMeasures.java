package vn.quytrinh.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The measures in the application registry of MicroProfile Metrics (Payara Micro publishes it at
 * {@code /metrics?scope=application}, Prometheus text). The names, as Payara Micro 6 writes them (a
 * timer's {@code _count} and {@code _sum} in seconds; its {@code _max}, {@code _mean} and quantiles
 * in nanoseconds):
 *
 * <ul>
 *   <li>{@code quytrinh_http_requests_count / _sum / _max{endpoint,status}}: requests and their
 *       time by endpoint and status class ({@code 2xx} … {@code 5xx});
 *   <li>{@code quytrinh_impact_runs_count / _sum / _max{cause}} and {@code
 *       quytrinh_impact_flags_total{cause}}: impact runs, their time, the flags they raised;
 *   <li>{@code quytrinh_imports_total{kind,outcome}} and {@code quytrinh_imports_rows_total{kind}};
 *   <li>{@code quytrinh_signin_failures_total{reason}}.
 * </ul>
 */
@ApplicationScoped
public class RegistryMeasures implements Measures {

  static final String REQUESTS = "quytrinh.http.requests";
  static final String IMPACT_RUNS = "quytrinh.impact.runs";
  static final String IMPACT_FLAGS = "quytrinh.impact.flags";
  static final String IMPORTS = "quytrinh.imports";
  static final String IMPORT_ROWS = "quytrinh.imports.rows";
  static final String SIGN_IN_FAILURES = "quytrinh.signin.failures";

  private MetricRegistry registry;

  @Inject
  public RegistryMeasures(MetricRegistry registry) {
    this.registry = registry;
  }

  /** For the CDI client proxy only. */
  protected RegistryMeasures() {}

  @Override
  public void request(String endpoint, int status, Duration took) {
    registry
        .timer(REQUESTS_META, new Tag("endpoint", endpoint), new Tag("status", statusClass(status)))
        .update(took);
  }

  @Override
  public void impactRun(String cause, Duration took, int flagsRaised) {
    registry.timer(IMPACT_RUNS_META, new Tag("cause", cause)).update(took);
    registry.counter(IMPACT_FLAGS_META, new Tag("cause", cause)).inc(flagsRaised);
  }

  @Override
  public void importRun(String kind, ImportOutcome outcome, int rows) {
    registry
        .counter(
            IMPORTS_META,
            new Tag("kind", kind),
            new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT)))
        .inc();
    registry.counter(IMPORT_ROWS_META, new Tag("kind", kind)).inc(rows);
  }

  @Override
  public void signInFailed(SignInFailure reason) {
    registry
        .counter(SIGN_IN_FAILURES_META, new Tag("reason", reason.name().toLowerCase(Locale.ROOT)))
        .inc();
  }

  // built once: request() runs on every HTTP request
  private static final Metadata REQUESTS_META =
      meta(REQUESTS, "HTTP requests answered, by endpoint and status class");
  private static final Metadata IMPACT_RUNS_META =
      meta(IMPACT_RUNS, "Impact runs: flags computed and stored for one change");
  private static final Metadata IMPACT_FLAGS_META =
      meta(IMPACT_FLAGS, "Revision flags raised by impact runs");
  private static final Metadata IMPORTS_META = meta(IMPORTS, "Imports of files");
  private static final Metadata IMPORT_ROWS_META = meta(IMPORT_ROWS, "Rows read by imports");
  private static final Metadata SIGN_IN_FAILURES_META =
      meta(SIGN_IN_FAILURES, "Sign-ins refused (HTTP Basic and the sign-in form)");

  /** A timer's unit stays the default (nanoseconds); the exporter writes its _sum in seconds. */
  private static Metadata meta(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }

  /** {@code 2xx} for 200…299 and so on; anything outside 100…599 is {@code other}. */
  static String statusClass(int status) {
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
  }
}
