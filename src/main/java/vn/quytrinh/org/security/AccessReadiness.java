package vn.quytrinh.org.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.quytrinh.platform.work.BackgroundWork;

/**
 * {@code /health/ready} says DOWN while this instance does not follow changes to people made on
 * other instances (a deactivated person would still be let in here from the credential cache).
 */
@Readiness
@ApplicationScoped
public class AccessReadiness implements HealthCheck {

  private Authenticator authenticator;

  @Inject
  public AccessReadiness(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  /** For the CDI client proxy only. */
  protected AccessReadiness() {}

  @Override
  public HealthCheckResponse call() {
    return BackgroundWork.health("access-follower", authenticator.following(), Map::of);
  }
}
