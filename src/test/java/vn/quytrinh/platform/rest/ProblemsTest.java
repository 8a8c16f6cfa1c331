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
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.problem.PreconditionRequired;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.problem.TooManyRequests;

class ProblemsTest {

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void jsonHasTypeTitleStatusDetailKeyAndExtensions() {
    ProblemException e =
        new InvalidInput(
                List.of(new FieldError("content.steps[2].days", "validation.workingDays.negative")),
                "problem.invalidFields")
            .with("retryAfter", 30);

    JsonObject o = parse(Problems.json(e, Messages.VI));
    assertEquals("https://quytrinh.vn/problems/invalid-input", o.getString("type"));
    assertEquals("Dữ liệu không hợp lệ", o.getString("title"));
    assertEquals(400, o.getInt("status"));
    assertEquals("Yêu cầu có trường không hợp lệ.", o.getString("detail"));
    assertEquals("problem.invalidFields", o.getString("key"));
    assertEquals(30, o.getInt("retryAfter"));
    JsonArray errors = o.getJsonArray("errors");
    assertEquals(1, errors.size());
    assertEquals("content.steps[2].days", errors.getJsonObject(0).getString("field"));
    assertEquals("Số ngày làm việc không được âm.", errors.getJsonObject(0).getString("message"));
    assertEquals("validation.workingDays.negative", errors.getJsonObject(0).getString("key"));
  }

  @Test
  void englishWhenAskedForEveryPartThatHasWords() {
    ProblemException e =
        new InvalidInput(
            List.of(new FieldError("content.steps[2].days", "validation.workingDays.negative")),
            "problem.invalidFields");

    JsonObject o = parse(Problems.json(e, Locale.forLanguageTag("en-GB")));
    assertEquals("Invalid input", o.getString("title"));
    assertEquals("The request has invalid fields.", o.getString("detail"));
    assertEquals("problem.invalidFields", o.getString("key"));
    assertEquals(
        "Working days must not be negative.",
        o.getJsonArray("errors").getJsonObject(0).getString("message"));
  }

  @Test
  void argumentsAreFilledInEitherLanguage() {
    NotFound e = new NotFound("problem.document.notFound", 12345L);
    assertEquals(
        "Không tìm thấy tài liệu 12345.", parse(Problems.json(e, Messages.VI)).getString("detail"));
    assertEquals(
        "Document 12345 was not found.", parse(Problems.json(e, Messages.EN)).getString("detail"));
    assertEquals("Không tìm thấy tài liệu 12345.", e.getMessage());
  }

  @Test
  void detailIsLeftOutWhenNull() {
    JsonObject o =
        parse(Problems.json(404, "NotFound", "Không tìm thấy", null, null, Map.of(), Messages.VI));
    assertFalse(o.containsKey("detail"));
    assertFalse(o.containsKey("key"));
    assertEquals("https://quytrinh.vn/problems/not-found", o.getString("type"));
    assertEquals(404, o.getInt("status"));
  }

  @ParameterizedTest
  @CsvSource({
    "405, method-not-allowed, Phương thức không được hỗ trợ.",
    "413, payload-too-large, Nội dung gửi lên vượt quá giới hạn của máy chủ.",
    "414, uri-too-long, Địa chỉ (URL) dài quá 8 KB.",
    "431, request-header-fields-too-large, 'Phần đầu yêu cầu (header) quá lớn: quá 16 KB hoặc quá 100 dòng.'",
    "501, not-implemented, Máy chủ không hỗ trợ phương thức này.",
    "409, conflict, Lỗi HTTP 409.",
  })
  void whatTheContainerSendsIsAProblemOfItsStatusInTheReadersWords(
      int status, String type, String detail) {
    Response r = WebApplicationExceptionMapper.forStatus(status, Messages.VI);
    assertEquals(status, r.getStatus());
    JsonObject o = parse((String) r.getEntity());
    assertEquals("https://quytrinh.vn/problems/" + type, o.getString("type"));
    assertEquals(detail, o.getString("detail"));
    assertEquals(status, o.getInt("status"));
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
    JsonObject o = parse(Problems.json(409, kind, "t", "k", "d", Map.of(), Messages.VI));
    assertTrue(o.getString("type").endsWith("/" + kebab), o.getString("type"));
  }

  @Test
  void problemExceptionBecomesProblemResponse() {
    ProblemException e = new InvalidInput("code", "validation.document.code");

    Response r = Problems.of(e, Messages.VI);

    assertEquals(400, r.getStatus());
    assertEquals(
        "application/problem+json",
        r.getMediaType().getType() + "/" + r.getMediaType().getSubtype());
    JsonObject o = parse((String) r.getEntity());
    assertEquals("https://quytrinh.vn/problems/invalid-input", o.getString("type"));
    assertEquals(e.title(), o.getString("title"));
    assertEquals(e.detail(), o.getString("detail"));
    assertTrue(e.detail().startsWith("Mã hiệu tài liệu"), e.detail());
    assertEquals("code", o.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void extensionsAddedWithWithAppearInTheBody() {
    ProblemException e =
        new TooManyRequests("problem.auth.locked", 60).with("retryAfterSeconds", 60);
    JsonObject o = parse((String) Problems.of(e, Messages.EN).getEntity());
    assertEquals(429, o.getInt("status"));
    assertEquals("https://quytrinh.vn/problems/too-many-requests", o.getString("type"));
    assertEquals("Too many failed sign-ins; try again in 60 seconds.", o.getString("detail"));
    assertEquals(60, o.getInt("retryAfterSeconds"));
  }

  @Test
  void subclassKindIsItsSimpleName() {
    assertEquals("PreconditionRequired", new PreconditionRequired("x").kind());
    JsonObject o =
        parse(
            (String)
                Problems.of(new PreconditionRequired("problem.ifMatch.required"), Messages.VI)
                    .getEntity());
    assertEquals(428, o.getInt("status"));
    assertEquals("https://quytrinh.vn/problems/precondition-required", o.getString("type"));
  }
}
