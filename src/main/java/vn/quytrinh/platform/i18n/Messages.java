package vn.quytrinh.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text of a message key in Vietnamese (the default, and always for printed forms) or English.
 * Anything that is not English is Vietnamese. Arguments are MessageFormat's {@code {0}}, {@code
 * {1}}…; whole numbers are shown without grouping (they are ids, issues, counts), decimals in plain
 * form (a decimal comma in Vietnamese) and dates as {@code dd/MM/yyyy}, the same in both languages;
 * a {@link Message} or a {@link Labelled} enum given as an argument is put into words in the same
 * language. A key missing from the bundle shows as itself, so a slip is visible rather than fatal
 * ({@code MessageBundlesTest} keeps both bundles complete).
 */
public final class Messages {

  public static final Locale VI = Locale.forLanguageTag("vi");
  public static final Locale EN = Locale.ENGLISH;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Properties VI_BUNDLE = load("messages_vi.properties");
  private static final Properties EN_BUNDLE = load("messages_en.properties");

  private Messages() {}

  /** The text of {@code key} in {@code locale}'s language (Vietnamese unless English). */
  public static String get(Locale locale, String key, Object... args) {
    String pattern = bundle(locale).getProperty(key);
    if (pattern == null) {
      return key;
    }
    Locale l = supported(locale);
    return new MessageFormat(pattern, l).format(plain(args, l));
  }

  /** The Vietnamese text: printed forms, stored records, logs. */
  public static String vi(String key, Object... args) {
    return get(VI, key, args);
  }

  /** English for a locale whose language is English, Vietnamese for every other. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? EN : VI;
  }

  /**
   * The language of the first acceptable locale of a request, as JAX-RS sorts them by quality
   * ({@code HttpHeaders.getAcceptableLanguages()}); none or a wildcard is Vietnamese.
   */
  public static Locale of(List<Locale> acceptable) {
    return acceptable == null || acceptable.isEmpty() ? VI : supported(acceptable.get(0));
  }

  /** The language of an {@code Accept-Language} header read by hand (a servlet, a filter). */
  public static Locale ofHeader(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return VI;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      return ranges.isEmpty() ? VI : supported(Locale.forLanguageTag(ranges.get(0).getRange()));
    } catch (IllegalArgumentException malformed) {
      return VI;
    }
  }

  /** Every key of the bundle of {@code locale}'s language. */
  public static Set<String> keys(Locale locale) {
    return Collections.unmodifiableSet(new TreeSet<>(bundle(locale).stringPropertyNames()));
  }

  private static Properties bundle(Locale locale) {
    return supported(locale) == EN ? EN_BUNDLE : VI_BUNDLE;
  }

  /** One argument as it is shown, in Vietnamese where it has words. */
  static String plainText(Object arg) {
    return String.valueOf(plain(new Object[] {arg}, VI)[0]);
  }

  private static Object[] plain(Object[] args, Locale locale) {
    if (args == null) {
      return new Object[0];
    }
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        out[i] = "";
      } else if (a instanceof BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        out[i] = locale == VI ? s.replace('.', ',') : s;
      } else if (a instanceof Integer || a instanceof Long || a instanceof Short) {
        out[i] = a.toString();
      } else if (a instanceof Message m) {
        out[i] = m.in(locale);
      } else if (a instanceof Labelled l) {
        out[i] = l.label(locale);
      } else if (a instanceof LocalDate d) {
        out[i] = d.format(DATE);
      } else {
        out[i] = a;
      }
    }
    return out;
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing message bundle " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
