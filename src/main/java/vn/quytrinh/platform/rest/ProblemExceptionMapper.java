package vn.quytrinh.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProblemException e) {
    return Problems.of(e, language(headers));
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
