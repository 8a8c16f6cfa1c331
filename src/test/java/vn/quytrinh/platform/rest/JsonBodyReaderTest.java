package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.problem.InvalidInput;

class JsonBodyReaderTest {

  /** A request body as the API declares them: public fields, text, numbers and lists. */
  public static class Body {
    public String title;
    public Integer months;
    public Long big;
    public List<String> codes;
    public java.time.LocalDate effectiveFrom;
  }

  static Object read(byte[] bytes) throws IOException {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Object> type = (Class) Body.class;
    return new JsonBodyReader()
        .readFrom(
            type,
            Body.class,
            new Annotation[0],
            MediaType.APPLICATION_JSON_TYPE,
            null,
            new ByteArrayInputStream(bytes));
  }

  static Object read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aWellFormedBodyBinds() throws IOException {
    Body b = (Body) read("{\"title\":\"Quy trình\",\"months\":12,\"codes\":[\"1.001193\"]}");
    assertEquals("Quy trình", b.title);
    assertEquals(12, b.months);
    assertEquals(List.of("1.001193"), b.codes);
    assertNull(((Body) read("{\"title\":null}")).title);
    assertNull(read("  "));
    assertEquals(
        java.time.LocalDate.of(2199, 12, 31),
        ((Body) read("{\"effectiveFrom\":\"2199-12-31\"}")).effectiveFrom);
  }

  @Test
  void nestingTooDeepToWalkIs400() {
    assertThrows(InvalidInput.class, () -> read("[".repeat(200_000)));
    assertThrows(InvalidInput.class, () -> read("{\"title\":" + "[".repeat(200_000)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\":[1,2]}",
        "{\"title\":{\"x\":1}}",
        "{\"title\":12}",
        "{\"title\":true}",
        "{} {}",
        "{\"title\":\"a\"} x",
        "[] []",
        "{",
        "{\"title\":}",
        "{'title':'a'}",
        "[[[[[[[[[[",
        "{\"months\":\"nhiều\"}",
        "{\"codes\":\"x\"}",
        "{\"effectiveFrom\":\"+999999999-12-31\"}",
        "{\"effectiveFrom\":\"1899-12-31\"}",
        "{\"effectiveFrom\":\"2025-02-30\"}",
        "{\"effectiveFrom\":\"31/12/2025\"}",
        "{\"effectiveFrom\":20250101}",
        // found writing its fuzz target (docs/testing.md): a whole number was cut, 12.5 bound as 12
        "{\"months\":12.5}",
        "{\"months\":12.0}",
        "{\"months\":\"12\"}",
        "{\"months\":99999999999}"
      })
  void whatIsNotExactlyOneWellTypedValueIs400(String text) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> read(text));
    assertEquals("body", e.errors().get(0).field());
  }

  /** Found by fuzzing: the literal null was read as no body at all, left to each resource. */
  @Test
  void theLiteralNullIsAMissingBody() {
    for (String text : new String[] {"null", " null\n"}) {
      InvalidInput e = assertThrows(InvalidInput.class, () -> read(text));
      assertEquals("body", e.errors().get(0).field());
    }
  }

  /**
   * Fuzz finding (target {@code json}): a number whose exponent overflows a BigDecimal. In a field
   * the body binds it is 400 on that body; in a field the body does not have it is skipped like any
   * unknown field; neither is a NumberFormatException (a 500).
   */
  @Test
  void aNumberWhoseExponentOverflowsIsNeverAServerError() throws IOException {
    InvalidInput e = assertThrows(InvalidInput.class, () -> read("{\"months\":31e3333333336}"));
    assertEquals("body", e.errors().get(0).field());
    assertThrows(InvalidInput.class, () -> read("{\"big\":1e9999999999}"));
    Body ignored = (Body) read("{\"monnull:33333333336}s\":31e3333333336,\"title\":\"a\"}");
    assertEquals("a", ignored.title);
  }

  @Test
  void bytesThatAreNotUtf8Are400() {
    byte[] bad = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};
    InvalidInput e = assertThrows(InvalidInput.class, () -> read(bad));
    assertEquals("body", e.errors().get(0).field());
  }

  @Test
  void textAndStreamsAreLeftToTheirOwnReaders() {
    JsonBodyReader r = new JsonBodyReader();
    MediaType json = MediaType.APPLICATION_JSON_TYPE;
    assertEquals(false, r.isReadable(String.class, String.class, new Annotation[0], json));
    assertEquals(false, r.isReadable(byte[].class, byte[].class, new Annotation[0], json));
    assertEquals(true, r.isReadable(Body.class, Body.class, new Annotation[0], json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"months\":12.5}",
        "{\"months\":12.0}",
        "{\"months\":1e1}",
        "{\"months\":\"12\"}",
        "{\"months\":3000000000}",
        "{\"months\":true}",
        "{\"big\":1.5}",
        "{\"big\":99999999999999999999}"
      })
  void anIntegerFieldTakesOnlyAWholeNumberThatFits(String body) {
    assertThrows(InvalidInput.class, () -> read(body), body);
  }

  @Test
  void wholeNumbersBind() throws IOException {
    Body b = (Body) read("{\"months\":-3,\"big\":3000000000}");
    assertEquals(-3, b.months);
    assertEquals(3_000_000_000L, b.big);
    assertNull(((Body) read("{\"months\":null}")).months);
  }
}
