package vn.quytrinh.org;

import java.util.Locale;
import java.util.Optional;

/** The language a person reads the web interface in: Vietnamese first, English on request. */
public enum InterfaceLanguage {
  VI(Locale.forLanguageTag("vi")),
  EN(Locale.ENGLISH);

  private final Locale locale;

  InterfaceLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** {@code vi} or {@code en}, as in a page's {@code lang} and in the API. */
  public String tag() {
    return locale.getLanguage();
  }

  /** The language of a tag ({@code vi}, {@code EN}…), or empty when it is neither. */
  public static Optional<InterfaceLanguage> of(String tag) {
    if (tag != null) {
      for (InterfaceLanguage l : values()) {
        if (l.tag().equalsIgnoreCase(tag.strip())) {
          return Optional.of(l);
        }
      }
    }
    return Optional.empty();
  }
}
