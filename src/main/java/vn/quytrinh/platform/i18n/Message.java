package vn.quytrinh.platform.i18n;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A message not yet put into words: its key and arguments, turned into text in the reader's
 * language when it is shown ({@link Messages}).
 */
public record Message(String key, List<Object> args) implements Localized {

  public Message {
    args = args == null ? List.of() : java.util.Collections.unmodifiableList(args);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, args == null ? List.of() : Arrays.asList(args.clone()));
  }

  @Override
  public String in(Locale locale) {
    return Messages.get(locale, key, args.toArray());
  }

  /**
   * The arguments as a JSON array, to store beside the key: text as it would be shown (numbers
   * plain, dates {@code dd/MM/yyyy}), a nested message as {@code {"key":…, "args":[…]}}, a labelled
   * enum as the message of its label.
   */
  public String argsJson() {
    return array(args).toString();
  }

  /** The message stored as {@code key} and {@link #argsJson()}. */
  public static Message fromJson(String key, String argsJson) {
    if (argsJson == null || argsJson.isBlank()) {
      return of(key);
    }
    try (JsonReader r = Json.createReader(new StringReader(argsJson))) {
      return new Message(key, read(r.readArray()));
    }
  }

  private static JsonArray array(List<Object> args) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (Object a : args) {
      if (a instanceof Message m) {
        b.add(Json.createObjectBuilder().add("key", m.key()).add("args", array(m.args())));
      } else if (a instanceof Labelled l) {
        b.add(
            Json.createObjectBuilder()
                .add("key", l.labelKey())
                .add("args", Json.createArrayBuilder()));
      } else {
        b.add(Messages.plainText(a));
      }
    }
    return b.build();
  }

  private static List<Object> read(JsonArray a) {
    List<Object> out = new ArrayList<>();
    for (JsonValue v : a) {
      if (v instanceof JsonObject o) {
        out.add(new Message(o.getString("key"), read(o.getJsonArray("args"))));
      } else if (v instanceof JsonString s) {
        out.add(s.getString());
      } else {
        out.add(v.toString());
      }
    }
    return out;
  }

  /** The Vietnamese text. */
  @Override
  public String toString() {
    return in(Messages.VI);
  }
}
