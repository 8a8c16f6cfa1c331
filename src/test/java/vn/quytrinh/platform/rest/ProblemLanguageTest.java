package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.NotFound;

/**
 * The mappers answer in the language of {@code Accept-Language}: English when asked, else
 * Vietnamese.
 */
class ProblemLanguageTest {

  /**
   * Request headers whose acceptable languages are {@code tags}, best first, as JAX-RS sorts them.
   */
  private static HttpHeaders accepting(String... tags) {
    List<Locale> locales = java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList();
    return (HttpHeaders)
        Proxy.newProxyInstance(
            HttpHeaders.class.getClassLoader(),
            new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getAcceptableLanguages")) {
                return locales;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static JsonObject answer(HttpHeaders headers) {
    ProblemExceptionMapper m = new ProblemExceptionMapper();
    m.headers = headers;
    String body = (String) m.toResponse(new NotFound("problem.document.notFound", 42L)).getEntity();
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void englishWhenEnglishComesFirst() {
    JsonObject o = answer(accepting("en-US", "vi"));
    assertEquals("Not found", o.getString("title"));
    assertEquals("Document 42 was not found.", o.getString("detail"));
    assertEquals("problem.document.notFound", o.getString("key"));
  }

  @Test
  void vietnameseByDefaultAndForAnyOtherLanguage() {
    for (HttpHeaders h :
        List.of(accepting(), accepting("*"), accepting("vi-VN"), accepting("fr", "en"))) {
      JsonObject o = answer(h);
      assertEquals("Không tìm thấy", o.getString("title"));
      assertEquals("Không tìm thấy tài liệu 42.", o.getString("detail"));
    }
    assertEquals("Không tìm thấy tài liệu 42.", answer(null).getString("detail"));
  }

  @Test
  void theContainersOwnErrorsFollowTheHeaderToo() {
    JsonObject en =
        Json.createReader(
                new StringReader(
                    (String)
                        WebApplicationExceptionMapper.forStatus(404, Locale.ENGLISH).getEntity()))
            .readObject();
    assertEquals("There is no such resource.", en.getString("detail"));
    JsonObject vi =
        Json.createReader(
                new StringReader(
                    (String)
                        WebApplicationExceptionMapper.forStatus(
                                405, vn.quytrinh.platform.i18n.Messages.ofHeader(null))
                            .getEntity()))
            .readObject();
    assertEquals("Phương thức không được hỗ trợ.", vi.getString("detail"));
  }
}
