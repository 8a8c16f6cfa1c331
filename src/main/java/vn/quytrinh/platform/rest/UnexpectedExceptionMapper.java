package vn.quytrinh.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
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

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) {
        return Problems.of(p);
      }
      if (t instanceof jakarta.validation.ConstraintViolationException cve) {
        return new ConstraintViolationMapper().toResponse(cve);
      }
      if (t instanceof OptimisticLockException) {
        return Problems.of(
            409,
            "ConcurrentModification",
            "Xung đột (Conflict)",
            "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại"
                + " (modified concurrently, reload and retry).");
      }
      if (t instanceof JsonbException || t instanceof ProcessingException) {
        return Problems.of(
            400,
            "MalformedBody",
            "Dữ liệu không hợp lệ (Invalid input)",
            "Nội dung JSON không đọc được hoặc sai kiểu dữ liệu (malformed JSON or wrong type).");
      }
      if (t instanceof java.time.DateTimeException) {
        return Problems.of(
            400,
            "DateOutOfRange",
            "Dữ liệu không hợp lệ (Invalid input)",
            "Ngày tháng nằm ngoài phạm vi tính được (date out of range).");
      }
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("22")) {
          // a value the database cannot hold (too long, out of range): the client's to shorten
          return Problems.of(
              400,
              "ValueOutOfRange",
              "Dữ liệu không hợp lệ (Invalid input)",
              "Có giá trị quá dài hoặc ngoài phạm vi cho phép (value too long or out of range).");
        }
        if (state.equals("23505")) {
          return Problems.of(
              409,
              "Duplicate",
              "Xung đột (Conflict)",
              "Bản ghi đã tồn tại (duplicate, unique constraint).");
        }
        if (state.startsWith("40") || sql.getErrorCode() == 90131 || sql.getErrorCode() == 50200) {
          return Problems.of(
              409,
              "ConcurrentModification",
              "Xung đột (Conflict)",
              "Dữ liệu đang được người khác thay đổi; hãy thử lại (concurrent update, retry).");
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return serverError(e);
  }

  static Response serverError(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return Problems.of(
        500,
        "InternalError",
        "Lỗi máy chủ (Internal server error)",
        "Đã ghi nhận sự cố " + incident + " (incident logged).");
  }
}
