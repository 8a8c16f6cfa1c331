package vn.quytrinh.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} says DOWN while this instance's search index cannot answer as the database
 * stands: not open, still being built from the database at start, or unreadable. Whether it keeps
 * following the change log is {@link SearchReadiness}'s.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

  private SearchService search;

  @Inject
  public SearchIndexReadiness(SearchService search) {
    this.search = search;
  }

  /** For the CDI client proxy only. */
  protected SearchIndexReadiness() {}

  @Override
  public HealthCheckResponse call() {
    Optional<String> problem = search.indexProblem();
    Map<String, Object> data = new LinkedHashMap<>();
    problem.ifPresent(p -> data.put("problem", p));
    if (problem.isEmpty()) {
      data.put("entries", search.size());
    }
    return new HealthCheckResponse(
        "search-index",
        problem.isPresent() ? HealthCheckResponse.Status.DOWN : HealthCheckResponse.Status.UP,
        Optional.of(data));
  }
}
