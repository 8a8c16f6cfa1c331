package vn.quytrinh.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
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
    return BackgroundWork.health("effective-date-scheduler", scheduler.work(), Map::of);
  }
}
