package vn.quytrinh.platform.rest;

import jakarta.annotation.Priority;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.text.Text;

/**
 * Reads JSON request bodies strictly, where the platform's binding is lenient: the body must be
 * valid UTF-8 holding exactly one JSON value (no trailing second object), and a text field takes
 * only a JSON string (not an array whose last element it would keep, nor a number), an integer
 * field only a whole JSON number (12.5 is not cut to 12). What is not so answers 400 before
 * anything runs.
 */
@Provider
@Priority(1) // ahead of the runtime's own JSON-B reader, which is registered as a provider too
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(new TextOnly(), new DayOnly(), new WholeInt(), new WholeLong()));

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return !(type == String.class
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || type.getName().startsWith("jakarta.json."));
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream in)
      throws IOException {
    String text = utf8(in.readAllBytes());
    if (text.isBlank()) {
      return null;
    }
    requireOneValue(text);
    Object body;
    try {
      body = JSONB.fromJson(text, genericType);
    } catch (JsonbException | jakarta.json.JsonException | ClassCastException e) {
      throw malformed();
    }
    if (body == null) {
      // the literal null is no body either: refused here, not left to each resource
      throw new InvalidInput("body", "problem.body.required");
    }
    return body;
  }

  static String utf8(byte[] bytes) {
    return Text.strictUtf8(bytes)
        .orElseThrow(() -> new InvalidInput("body", "problem.body.notUtf8"));
  }

  /** One JSON value and nothing after it but blanks. */
  static void requireOneValue(String text) {
    int values = 0;
    try (JsonParser p = jakarta.json.Json.createParser(new StringReader(text))) {
      int depth = 0;
      while (p.hasNext()) {
        switch (p.next()) {
          case START_OBJECT, START_ARRAY -> values += depth++ == 0 ? 1 : 0;
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME -> {}
          default -> values += depth == 0 ? 1 : 0;
        }
      }
    } catch (RuntimeException | StackOverflowError unreadable) {
      // the parser's own limits (nesting depth among them) refuse it however they say so
      throw malformed();
    }
    if (values != 1) {
      throw malformed();
    }
  }

  /** A date is a JSON string YYYY-MM-DD in a year this domain knows (see {@link Params#date}). */
  static final class DayOnly implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      jakarta.json.JsonValue v = parser.getValue();
      if (v == jakarta.json.JsonValue.NULL) {
        return null;
      }
      if (!(v instanceof jakarta.json.JsonString s)) {
        throw new JsonbException("date expected");
      }
      try {
        return Params.date("date", s.getString());
      } catch (InvalidInput outOfRange) {
        throw new JsonbException(outOfRange.getMessage());
      }
    }
  }

  static InvalidInput malformed() {
    return new InvalidInput("body", "problem.body.malformed");
  }

  /**
   * An integer field takes only a JSON number without a fraction that fits: {@code 12.5} is
   * refused, not cut to 12; so are {@code "12"}, {@code 12.0} and {@code 1e1}.
   */
  static java.math.BigInteger whole(JsonParser parser) {
    jakarta.json.JsonValue v = parser.getValue();
    if (v == jakarta.json.JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof jakarta.json.JsonNumber n) || !n.isIntegral()) {
      throw new JsonbException("integer expected");
    }
    String literal = n.toString();
    if (literal.indexOf('.') >= 0 || literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0) {
      throw new JsonbException("integer expected");
    }
    return n.bigIntegerValueExact();
  }

  static final class WholeInt implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      java.math.BigInteger b = whole(parser);
      try {
        return b == null ? null : b.intValueExact();
      } catch (ArithmeticException tooLarge) {
        throw new JsonbException("integer out of range");
      }
    }
  }

  static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      java.math.BigInteger b = whole(parser);
      try {
        return b == null ? null : b.longValueExact();
      } catch (ArithmeticException tooLarge) {
        throw new JsonbException("integer out of range");
      }
    }
  }

  /** A text field is a JSON string or null; an array, object, number or boolean is refused. */
  static final class TextOnly implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      jakarta.json.JsonValue v = parser.getValue();
      if (v instanceof jakarta.json.JsonString s) {
        return s.getString();
      }
      if (v == jakarta.json.JsonValue.NULL) {
        return null;
      }
      throw new JsonbException("text expected");
    }
  }
}
