package vn.quytrinh.platform.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's own error answers (a path that maps to nothing, a request it cannot parse) as
 * problem+json, in the same words as the API's; the status is kept.
 */
@WebServlet(urlPatterns = "/problem")
public class ProblemPage extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    String kind =
        switch (status) {
          case 400 -> "BadRequest";
          case 404 -> "NotFound";
          case 405 -> "MethodNotAllowed";
          default -> "InternalError";
        };
    String title =
        switch (status) {
          case 400 -> "Yêu cầu không hợp lệ (Bad request)";
          case 404 -> "Không tìm thấy (Not found)";
          case 405 -> "Phương thức không được hỗ trợ (Method not allowed)";
          default -> "Lỗi máy chủ (Internal server error)";
        };
    String detail =
        switch (status) {
          case 400 -> "Yêu cầu không đọc được (malformed request).";
          case 404 -> "Không có tài nguyên này (no such resource).";
          case 405 -> "Phương thức không được hỗ trợ (method not allowed).";
          default -> "Đã ghi nhận sự cố (incident logged).";
        };
    res.setStatus(status);
    res.setContentType(Problems.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    String body = Problems.json(status, kind, title, detail, java.util.Map.of());
    res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
