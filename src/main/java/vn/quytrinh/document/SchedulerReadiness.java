package vn.quytrinh.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.quytrinh.platform.work.BackgroundWork;

/**
 * {@code /health/ready} says DOWN while scheduled effective dates are not being applied on this
 * instance: the scheduler has stopped, or none of its rounds has succeeded for longer than it is
 * allowed.
 */
@Readiness
@ApplicationScoped
public class SchedulerReadiness implements HealthCheck {

  @Inject EffectiveDateScheduler scheduler;

  @Override
  public HealthCheckResponse call() {
    BackgroundWork w = scheduler.work();
    if (w == null) {
      return new HealthCheckResponse(
          "effective-date-scheduler",
          HealthCheckResponse.Status.DOWN,
          Optional.of(Map.of("problem", "not started")));
    }
    return w.health(Map.of());
  }
}
