package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.PayloadTooLarge;

/** A JSON body over the limit is refused before it is read, or as soon as it passes the limit. */
class BodyLimitTest {

  static BodyLimit limit(long max) {
    BodyLimit f = new BodyLimit();
    f.maxBytes = max;
    return f;
  }

  @Test
  void theLimitIsOneMegabyteUnlessConfigured() throws NoSuchFieldException {
    ConfigProperty p =
        BodyLimit.class.getDeclaredField("maxBytes").getAnnotation(ConfigProperty.class);
    assertEquals("quytrinh.body.max-bytes", p.name());
    assertEquals(1024 * 1024, Long.parseLong(p.defaultValue()));
  }

  @Test
  void aDeclaredLengthOverTheLimitIs413BeforeAnyByteIsRead() {
    FakeRequest r =
        new FakeRequest("application/json", FakeRequest.endless()).length(150L * 1024 * 1024);
    PayloadTooLarge e =
        assertThrows(PayloadTooLarge.class, () -> limit(1024 * 1024).filter(r.context()));
    assertEquals(413, e.status());
    assertEquals(0, r.body.taken, "nothing read");
  }

  @Test
  void aChunkedBodyIsCutOffJustPastTheLimitWhileTheJsonReaderReadsIt() {
    FakeRequest r = new FakeRequest("application/merge-patch+json", FakeRequest.endless());
    limit(1000).filter(r.context());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Object> type = (Class) JsonBodyReaderTest.Body.class;
    assertThrows(
        PayloadTooLarge.class,
        () ->
            new JsonBodyReader()
                .readFrom(
                    type,
                    type,
                    new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE,
                    null,
                    r.entity));
    assertTrue(r.body.taken <= 1001, "read no more than the limit and one byte: " + r.body.taken);
  }

  @Test
  void aBodyWithinTheLimitReadsWhole() throws IOException {
    byte[] json = "{\"title\":\"Quy trình\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    FakeRequest r =
        new FakeRequest("application/json", new ByteArrayInputStream(json)).length(json.length);
    limit(json.length).filter(r.context());
    assertEquals(json.length, r.entity.readAllBytes().length);
  }

  @Test
  void otherMediaTypesAreLeftToTheirEndpoints() {
    FakeRequest r = new FakeRequest("text/csv", FakeRequest.endless()).length(5_000_000);
    limit(1000).filter(r.context());
    assertSame(r.body, r.entity);
  }
}
