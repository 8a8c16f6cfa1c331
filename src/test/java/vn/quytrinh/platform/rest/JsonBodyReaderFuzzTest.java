package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.ProblemException;

/**
 * Fuzz target of the JSON body reader (docs/testing.md): any body answers a bound object (or
 * nothing for a blank body) or a 4xx {@link ProblemException} (400 for what is not one well-typed
 * value, 413 for what is too large), never another exception; what it binds writes back and reads
 * again as the same values.
 */
class JsonBodyReaderFuzzTest {

  static final Jsonb WRITER = JsonbBuilder.create();

  @FuzzTest
  @DictionaryEntries({
    "{",
    "}",
    "[",
    "]",
    "\"title\":",
    "\"months\":",
    "\"codes\":",
    "\"effectiveFrom\":",
    "null",
    "true",
    "1e3",
    "12.5",
    "\\u0000",
    "\"2025-01-01\""
  })
  void readFrom(byte[] data) throws IOException {
    Object read;
    try {
      read = read(data);
    } catch (ProblemException refused) {
      assertTrue(refused.status() >= 400 && refused.status() < 500, refused::getMessage);
      if (refused instanceof InvalidInput invalid) {
        assertEquals("body", invalid.errors().get(0).field());
      }
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    if (read == null) {
      assertTrue(text.isBlank(), "only a blank body reads as nothing");
      return;
    }
    JsonBodyReaderTest.Body b = assertInstanceOf(JsonBodyReaderTest.Body.class, read);
    JsonBodyReaderTest.Body again =
        (JsonBodyReaderTest.Body)
            read(WRITER.toJson(b).getBytes(StandardCharsets.UTF_8)); // write → read
    assertEquals(b.title, again.title);
    assertEquals(b.months, again.months);
    assertEquals(b.big, again.big);
    assertEquals(b.codes, again.codes);
    assertEquals(b.effectiveFrom, again.effectiveFrom);
    // no silent coercion: a whole-number field holds exactly the number sent
    BigDecimal sent = monthsAsSent(text);
    if (sent != null) {
      assertTrue(sent.stripTrailingZeros().scale() <= 0, () -> "coerced to " + b.months);
      assertEquals(0, sent.compareTo(BigDecimal.valueOf(b.months)));
    }
  }

  /**
   * The number sent as {@code months} at the top level (the last one, as binding takes it), read as
   * a stream: the other fields' numbers, which the body skips, are never made BigDecimals (an
   * exponent such as {@code 31e3333333336} overflows one — a finding of this target, in its own
   * check).
   */
  static BigDecimal monthsAsSent(String text) {
    BigDecimal out = null;
    try (JsonParser p = jakarta.json.Json.createParser(new StringReader(text))) {
      int depth = 0;
      while (p.hasNext()) {
        JsonParser.Event e = p.next();
        switch (e) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME -> {
            if (depth == 1 && p.getString().equals("months") && p.hasNext()) {
              if (p.next() == JsonParser.Event.VALUE_NUMBER) {
                out = p.getBigDecimal();
              } else {
                out = null;
              }
            }
          }
          default -> {}
        }
      }
    }
    return out;
  }

  static Object read(byte[] bytes) throws IOException {
    return JsonBodyReaderTest.read(bytes);
  }
}
