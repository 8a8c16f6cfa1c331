package vn.quytrinh.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS' own failures (unknown path, wrong method, unsupported media type…) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedExceptionMapper.serverError(e);
    }
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String reason = type == null ? "HTTP " + status : type.getReasonPhrase();
    String detail =
        switch (status) {
          case 400 -> "Yêu cầu không đọc được (malformed request body or parameter).";
          case 404 -> "Không có tài nguyên này (no such resource).";
          case 405 -> "Phương thức không được hỗ trợ (method not allowed).";
          case 406 -> "Không thể trả về định dạng được yêu cầu (not acceptable).";
          case 415 ->
              "Kiểu dữ liệu không được hỗ trợ; dùng application/json (unsupported media type).";
          default -> reason;
        };
    Response.ResponseBuilder r =
        Response.fromResponse(Problems.of(status, reason.replace(" ", ""), reason, detail));
    if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
      r.header("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return r.build();
  }
}
