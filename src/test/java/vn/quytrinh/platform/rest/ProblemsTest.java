package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.PreconditionRequired;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.problem.TooManyRequests;

class ProblemsTest {

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void jsonHasTypeTitleStatusDetailAndExtensions() {
    String json =
        Problems.json(
            400,
            "InvalidInput",
            "Dữ liệu không hợp lệ (Invalid input)",
            "Mã hiệu tài liệu không hợp lệ.",
            Map.of(
                "errors",
                List.of(new FieldError("content.steps[2].days", "Số ngày làm việc không được âm")),
                "retryAfter",
                30));

    JsonObject o = parse(json);
    assertEquals("https://quytrinh.vn/problems/invalid-input", o.getString("type"));
    assertEquals("Dữ liệu không hợp lệ (Invalid input)", o.getString("title"));
    assertEquals(400, o.getInt("status"));
    assertEquals("Mã hiệu tài liệu không hợp lệ.", o.getString("detail"));
    assertEquals(30, o.getInt("retryAfter"));
    JsonArray errors = o.getJsonArray("errors");
    assertEquals(1, errors.size());
    assertEquals("content.steps[2].days", errors.getJsonObject(0).getString("field"));
    assertEquals("Số ngày làm việc không được âm", errors.getJsonObject(0).getString("message"));
  }

  @Test
  void detailIsLeftOutWhenNull() {
    JsonObject o = parse(Problems.json(404, "NotFound", "Không tìm thấy", null, Map.of()));
    assertFalse(o.containsKey("detail"));
    assertEquals("https://quytrinh.vn/problems/not-found", o.getString("type"));
    assertEquals(404, o.getInt("status"));
  }

  @ParameterizedTest
  @CsvSource({
    "InvalidInput, invalid-input",
    "PreconditionRequired, precondition-required",
    "TooManyRequests, too-many-requests",
    "DutiesConflict, duties-conflict",
    "Conflict, conflict",
    "Http2Error, http2-error",
  })
  void typeEndsWithKebabCaseOfKind(String kind, String kebab) {
    assertEquals(kebab, Problems.kebab(kind));
    JsonObject o = parse(Problems.json(409, kind, "t", "d", Map.of()));
    assertTrue(o.getString("type").endsWith("/" + kebab), o.getString("type"));
  }

  @Test
  void problemExceptionBecomesProblemResponse() {
    ProblemException e =
        new InvalidInput("code", "Mã hiệu gồm chữ, số và - . / _ (invalid document code).");

    Response r = Problems.of(e);

    assertEquals(400, r.getStatus());
    assertEquals(
        "application/problem+json",
        r.getMediaType().getType() + "/" + r.getMediaType().getSubtype());
    JsonObject o = parse((String) r.getEntity());
    assertEquals("https://quytrinh.vn/problems/invalid-input", o.getString("type"));
    assertEquals(e.title(), o.getString("title"));
    assertEquals(e.detail(), o.getString("detail"));
    assertEquals("code", o.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void extensionsAddedWithWithAppearInTheBody() {
    ProblemException e = new TooManyRequests("Thử lại sau 60 giây.").with("retryAfterSeconds", 60);
    JsonObject o = parse((String) Problems.of(e).getEntity());
    assertEquals(429, o.getInt("status"));
    assertEquals("https://quytrinh.vn/problems/too-many-requests", o.getString("type"));
    assertEquals(60, o.getInt("retryAfterSeconds"));
  }

  @Test
  void subclassKindIsItsSimpleName() {
    assertEquals("PreconditionRequired", new PreconditionRequired("x").kind());
    JsonObject o =
        parse((String) Problems.of(new PreconditionRequired("Thiếu If-Match")).getEntity());
    assertEquals(428, o.getInt("status"));
    assertEquals("https://quytrinh.vn/problems/precondition-required", o.getString("type"));
  }
}
