package vn.quytrinh.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.quytrinh.platform.problem.InvalidInput;

/** JAX-RS' own failures (unknown path, wrong method, unsupported media type…) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    String param = badParameter(e);
    if (param != null) {
      return Problems.of(
          new InvalidInput(
              param, "Tham số " + param + " không đúng kiểu (parameter of the wrong type)."));
    }
    if (status >= 500) {
      return UnexpectedExceptionMapper.serverError(e);
    }
    Response.ResponseBuilder r = Response.fromResponse(forStatus(status));
    if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
      r.header("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return r.build();
  }

  /** The problem for an HTTP status the runtime or the container answers by itself. */
  static Response forStatus(int status) {
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
    return Problems.of(status, reason.replace(" ", ""), reason, detail);
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
