package vn.quytrinh.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.problem.TooManyRequests;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProblemException e) {
    Response r = Problems.of(e, language(headers));
    if (e instanceof TooManyRequests t && t.retryAfterSeconds().isPresent()) {
      return Response.fromResponse(r)
          .header("Retry-After", Long.toString(t.retryAfterSeconds().getAsLong()))
          .build();
    }
    return r;
  }

  /** The reader's language from {@code Accept-Language}: English when asked, else Vietnamese. */
  static Locale language(HttpHeaders headers) {
    if (headers == null) {
      return Messages.VI;
    }
    try {
      return Messages.of(headers.getAcceptableLanguages());
    } catch (RuntimeException outsideOrMalformed) {
      return Messages.VI;
    }
  }
}
