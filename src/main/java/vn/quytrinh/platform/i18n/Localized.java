package vn.quytrinh.platform.i18n;

import java.util.Locale;

/** Something that carries message keys and is shown in the reader's language. */
public interface Localized {

  /** This, with its words in {@code locale}'s language, ready to be written as JSON. */
  Object in(Locale locale);
}
