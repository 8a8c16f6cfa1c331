package vn.quytrinh.org;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.security.Role;

/**
 * An empty installation gets its first administrator {@code admin}, with the password from {@code
 * QUYTRINH_ADMIN_PASSWORD}. No password is built in: without one, and without the demo data (which
 * brings its own documented people), the start stops here.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  public static final String MISSING_PASSWORD =
      Messages.vi("text.admin.missingPassword")
          + " / "
          + Messages.get(Messages.EN, "text.admin.missingPassword");

  /** What an installation does about its first administrator. */
  public enum Decision {
    NOTHING,
    CREATE_ADMIN,
    LEAVE_TO_SAMPLE_DATA,
    REFUSE_TO_START
  }

  private OrgService org;
  private Optional<String> adminPassword;
  private boolean sampleData;
  private boolean exitOnFatal;

  @Inject
  public AdminBootstrap(
      OrgService org,
      @ConfigProperty(name = "quytrinh.admin.password") Optional<String> adminPassword,
      @ConfigProperty(name = "quytrinh.sample-data", defaultValue = "false") boolean sampleData,
      @ConfigProperty(name = "quytrinh.exit-on-fatal", defaultValue = "true") boolean exitOnFatal) {
    this.org = org;
    this.adminPassword = adminPassword;
    this.sampleData = sampleData;
    this.exitOnFatal = exitOnFatal;
  }

  /** For the CDI client proxy only. */
  protected AdminBootstrap() {}

  /** A failed deployment would leave Payara Micro running with nothing to serve: stop instead. */
  public static Decision decide(
      long existingUsers, Optional<String> adminPassword, boolean sampleData) {
    if (existingUsers > 0) {
      return Decision.NOTHING;
    }
    if (adminPassword.filter(p -> !p.isBlank()).isPresent()) {
      return Decision.CREATE_ADMIN;
    }
    return sampleData ? Decision.LEAVE_TO_SAMPLE_DATA : Decision.REFUSE_TO_START;
  }

  void onStart(
      @Observes @Priority(SchemaMigration.BOOTSTRAP) @Initialized(ApplicationScoped.class)
          Object e) {
    switch (decide(org.userCount(), adminPassword, sampleData)) {
      case CREATE_ADMIN -> {
        try {
          org.bootstrapUser(
              new OrgService.UserData(
                  "admin",
                  Messages.vi("text.admin.fullName"),
                  Messages.vi("text.admin.position"),
                  null,
                  Set.of(Role.ADMIN),
                  true),
              adminPassword.orElseThrow());
        } catch (InvalidInput refused) {
          stop(refusedPassword(refused));
        }
        LOG.info("Created the first administrator 'admin' from QUYTRINH_ADMIN_PASSWORD.");
      }
      case REFUSE_TO_START -> stop(MISSING_PASSWORD);
      default -> {}
    }
  }

  /**
   * Why the start stops when {@code QUYTRINH_ADMIN_PASSWORD} breaks the password rule: each reason
   * in Vietnamese, then in English, so that the operator reads what to change instead of a failed
   * deployment's stack trace.
   */
  static String refusedPassword(InvalidInput refused) {
    return Messages.vi("text.admin.refusedPassword", reasons(refused, Messages.VI))
        + " / "
        + Messages.get(Messages.EN, "text.admin.refusedPassword", reasons(refused, Messages.EN));
  }

  private static String reasons(InvalidInput refused, java.util.Locale locale) {
    return refused.errors().isEmpty()
        ? refused.detail(locale)
        : String.join(" ", refused.errors().stream().map(e -> e.text(locale)).toList());
  }

  private void stop(String why) {
    LOG.severe(why);
    if (exitOnFatal) {
      System.err.println(why);
      Runtime.getRuntime().halt(78); // EX_CONFIG
    }
    throw new IllegalStateException(why);
  }
}
