package vn.quytrinh.platform.upload;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.PayloadTooLarge;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.BodyLimit;
import vn.quytrinh.platform.rest.Problems;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.CurrentCaller;

/**
 * What an upload of a file to read passes before a byte of it is read: the caller may upload it
 * (403 otherwise), the declared size is within {@code quytrinh.import.max-bytes} (413), and a place
 * is free among {@code quytrinh.import.concurrent} (429 with Retry-After otherwise), the places
 * being shared by every kind of upload of this instance. The place is held until the request ends
 * ({@link ImportPermit}). Each context says who may upload and binds its gate to its endpoints.
 */
public abstract class UploadGate implements ContainerRequestFilter {

  /** Room for a multipart form's boundaries and headers around the file. */
  public static final long FORM_OVERHEAD = 64 * 1024;

  private CurrentCaller caller;
  private ImportLimiter limiter;
  private ImportPermit permit;
  private long maxBytes;

  protected UploadGate(
      CurrentCaller caller, ImportLimiter limiter, ImportPermit permit, long maxBytes) {
    this.caller = caller;
    this.limiter = limiter;
    this.permit = permit;
    this.maxBytes = maxBytes;
  }

  /** For the CDI client proxy only. */
  protected UploadGate() {}

  /** Throws 403 unless the caller may upload what this gate guards (the request names what). */
  protected abstract void requireMayUpload(Caller c, ContainerRequestContext request);

  @Override
  public void filter(ContainerRequestContext request) {
    requireMayUpload(caller.get(), request);
    BodyLimit.limit(request, maxBytes + FORM_OVERHEAD, () -> tooLarge(maxBytes));
    if (!permit.take(limiter)) {
      request.abortWith(busy(Messages.of(request.getAcceptableLanguages())));
    }
  }

  static PayloadTooLarge tooLarge(long maxBytes) {
    return new PayloadTooLarge("problem.import.tooLarge", maxBytes / (1024 * 1024));
  }

  /** 429 problem+json with Retry-After: every upload place of this instance is taken. */
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
