package vn.quytrinh.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.quytrinh.platform.work.BackgroundWork;

/**
 * {@code /health/ready} says DOWN while this instance's search index does not follow the change
 * log: the follower has stopped, or none of its rounds has succeeded for longer than it is allowed
 * (a search would miss what changed since). The lag behind the trail's head is shown beside.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject SearchService search;

  @Override
  public HealthCheckResponse call() {
    return BackgroundWork.health("search-follower", search.following(), this::lag);
  }

  private Map<String, Object> lag() {
    Map<String, Object> more = new LinkedHashMap<>();
    try {
      more.put("lagEvents", search.lag());
    } catch (RuntimeException unknown) {
      more.put("lagEvents", "unknown");
    }
    return more;
  }
}
