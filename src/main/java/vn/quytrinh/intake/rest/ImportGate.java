package vn.quytrinh.intake.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.intake.ImportLimiter;
import vn.quytrinh.intake.ImportService;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.PayloadTooLarge;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.BodyLimit;
import vn.quytrinh.platform.rest.Problems;
import vn.quytrinh.platform.security.CurrentCaller;

/**
 * What an upload to an import endpoint passes before a byte of its file is read: the caller may
 * import that kind (a coordinator; units and people an administrator; 403 otherwise), the declared
 * size is within {@code quytrinh.import.max-bytes} (413), and a place is free among {@code
 * quytrinh.import.concurrent} (429 with Retry-After otherwise). The place is held until the request
 * ends ({@link ImportPermit}).
 */
@Provider
@ImportUpload
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class ImportGate implements ContainerRequestFilter {

  /** Room for a multipart form's boundaries and headers around the file. */
  static final long FORM_OVERHEAD = 64 * 1024;

  @Inject CurrentCaller caller;
  @Inject ImportLimiter limiter;
  @Inject ImportPermit permit;

  @Inject
  @ConfigProperty(name = "quytrinh.import.max-bytes", defaultValue = "20971520")
  long maxBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    ImportService.requireImporter(caller.get(), request.getUriInfo().getPath());
    long max = maxBytes + FORM_OVERHEAD;
    BodyLimit.limit(request, max, () -> tooLarge(maxBytes));
    if (!permit.take(limiter)) {
      request.abortWith(busy(Messages.of(request.getAcceptableLanguages())));
    }
  }

  static PayloadTooLarge tooLarge(long maxBytes) {
    return new PayloadTooLarge("problem.import.tooLarge", maxBytes / (1024 * 1024));
  }

  /** 429 problem+json with Retry-After: every import place of this instance is taken. */
  static Response busy(Locale locale) {
    int wait = ImportLimiter.RETRY_AFTER_SECONDS;
    return Response.fromResponse(
            Problems.of(
                new ProblemException(429, "problem.title.importsBusy", "problem.import.busy", wait)
                    .with("retryAfterSeconds", wait),
                locale))
        .header("Retry-After", Integer.toString(wait))
        .build();
  }
}
