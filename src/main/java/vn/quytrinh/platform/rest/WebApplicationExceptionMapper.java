package vn.quytrinh.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.InvalidInput;

/** JAX-RS' own failures (unknown path, wrong method, unsupported media type…) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    Locale locale = ProblemExceptionMapper.language(headers);
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    String param = badParameter(e);
    if (param != null) {
      return Problems.of(new InvalidInput(param, "problem.param.wrongType", param), locale);
    }
    if (status >= 500) {
      return UnexpectedExceptionMapper.serverError(e, locale);
    }
    Response.ResponseBuilder r = Response.fromResponse(forStatus(status, locale));
    if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
      r.header("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return r.build();
  }

  /** The problem for an HTTP status the runtime or the container answers by itself. */
  static Response forStatus(int status, Locale locale) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String reason = type == null ? "HTTP " + status : type.getReasonPhrase();
    String key =
        switch (status) {
          case 400 -> "problem.http.400";
          case 404 -> "problem.http.404";
          case 405 -> "problem.http.405";
          case 406 -> "problem.http.406";
          case 413 -> "problem.http.413";
          case 414 -> "problem.http.414";
          case 415 -> "problem.http.415";
          case 431 -> "problem.http.431";
          case 501 -> "problem.http.501";
          default -> "problem.http.other";
        };
    // the types nginx gives the same refusals (scripts/nginx-errors-http.conf); the others are
    // the reason phrase's words
    String kind =
        switch (status) {
          case 413 -> "PayloadTooLarge";
          case 414 -> "UriTooLong";
          default -> words(reason);
        };
    // the title is HTTP's own reason phrase, the same in every language
    return Response.status(status)
        .type(Problems.PROBLEM_JSON)
        .entity(
            Problems.json(
                status,
                kind,
                reason,
                key,
                Messages.get(locale, key, status),
                java.util.Map.of(),
                locale))
        .build();
  }

  /** "Request-URI Too Long" as "RequestUriTooLong": each word capitalised, nothing between. */
  static String words(String reason) {
    StringBuilder kind = new StringBuilder();
    for (String word : reason.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        kind.append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return kind.toString();
  }

  /**
   * A query, header, form or cookie parameter the runtime could not convert (say {@code ?page=x})
   * is the client's error, 400, although JAX-RS answers 404 for it; a path that does not convert
   * stays 404 (no such resource). Jersey says which parameter; other runtimes keep their answer.
   */
  static String badParameter(WebApplicationException e) {
    String kind = e.getClass().getName();
    if (!kind.startsWith("org.glassfish.jersey.server.ParamException$")
        || kind.endsWith("$PathParamException")
        || kind.endsWith("$MatrixParamException")) {
      return null;
    }
    try {
      Object name = e.getClass().getMethod("getParameterName").invoke(e);
      return name == null ? "query" : name.toString();
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      return "query";
    }
  }
}
