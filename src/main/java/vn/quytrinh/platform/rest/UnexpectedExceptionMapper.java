package vn.quytrinh.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.quytrinh.platform.problem.ProblemException;

/**
 * The last resort: looks through wrappers (transactions, CDI, EJB) for a known cause, otherwise
 * logs the incident and answers a 500 that reveals nothing but an incident id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = ProblemExceptionMapper.language(headers);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) {
        return Problems.of(p, locale);
      }
      if (t instanceof jakarta.validation.ConstraintViolationException cve) {
        return ConstraintViolationMapper.toResponse(cve, locale);
      }
      if (t instanceof OptimisticLockException) {
        return Problems.of(
            locale,
            409,
            "ConcurrentModification",
            "problem.title.conflict",
            "problem.concurrentModification");
      }
      if (t instanceof JsonbException || t instanceof ProcessingException) {
        return Problems.of(
            locale, 400, "MalformedBody", "problem.title.invalidInput", "problem.body.malformed");
      }
      if (t instanceof java.time.DateTimeException) {
        return Problems.of(
            locale, 400, "DateOutOfRange", "problem.title.invalidInput", "problem.dateOutOfRange");
      }
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("22")) {
          // a value the database cannot hold (too long, out of range): the client's to shorten
          return Problems.of(
              locale,
              400,
              "ValueOutOfRange",
              "problem.title.invalidInput",
              "problem.valueOutOfRange");
        }
        if (state.equals("23505")) {
          return Problems.of(
              locale, 409, "Duplicate", "problem.title.conflict", "problem.duplicate");
        }
        if (state.startsWith("40") || sql.getErrorCode() == 90131 || sql.getErrorCode() == 50200) {
          return Problems.of(
              locale,
              409,
              "ConcurrentModification",
              "problem.title.conflict",
              "problem.concurrentUpdate");
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return serverError(e, locale);
  }

  static Response serverError(Throwable e, Locale locale) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return Problems.of(
        locale,
        500,
        "InternalError",
        "problem.title.internalError",
        "problem.internalError",
        incident);
  }
}
