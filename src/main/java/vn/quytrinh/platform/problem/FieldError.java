package vn.quytrinh.platform.problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.quytrinh.platform.i18n.Localized;
import vn.quytrinh.platform.i18n.Message;

/**
 * One invalid field: {@code field} is a JSON path such as {@code content.steps[2].days}; the
 * message is put into words in the reader's language.
 */
public record FieldError(String field, Message message) implements Localized {

  public FieldError(String field, String key, Object... args) {
    this(field, Message.of(key, args));
  }

  public String key() {
    return message.key();
  }

  public String text(Locale locale) {
    return message.in(locale);
  }

  /** {@code {field, message, key}} with the message in {@code locale}'s language. */
  @Override
  public Map<String, Object> in(Locale locale) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("field", field);
    e.put("message", text(locale));
    e.put("key", key());
    return e;
  }
}
