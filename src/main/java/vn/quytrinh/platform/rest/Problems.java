package vn.quytrinh.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.quytrinh.platform.i18n.Localized;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.ProblemException;

/**
 * Builds {@code application/problem+json} answers (RFC 9457) in the reader's language: {@code
 * title} and {@code detail} are put into words from the message bundles, and {@code key} names the
 * detail's message so a client can tell problems apart without reading the words.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");
  private static final String TYPE_BASE = "https://quytrinh.vn/problems/";
  private static final Jsonb JSONB = JsonbBuilder.create();

  private Problems() {}

  public static Response of(ProblemException e, Locale locale) {
    return respond(e.status(), json(e, locale));
  }

  /** A problem without an exception class: {@code kind} makes the type, the rest are keys. */
  public static Response of(
      Locale locale, int status, String kind, String titleKey, String key, Object... args) {
    return respond(status, json(locale, status, kind, titleKey, key, args));
  }

  public static String json(ProblemException e, Locale locale) {
    return json(
        e.status(), e.kind(), e.title(locale), e.key(), e.detail(locale), e.extensions(), locale);
  }

  public static String json(
      Locale locale, int status, String kind, String titleKey, String key, Object... args) {
    return json(
        status,
        kind,
        Messages.get(locale, titleKey),
        key,
        Messages.get(locale, key, args),
        Map.of(),
        locale);
  }

  static String json(
      int status,
      String kind,
      String title,
      String key,
      String detail,
      Map<String, Object> extensions,
      Locale locale) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + kebab(kind));
    body.put("title", title);
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (key != null) {
      body.put("key", key);
    }
    extensions.forEach((name, value) -> body.put(name, words(value, locale)));
    return JSONB.toJson(body);
  }

  /** Messages, field errors, findings and lists of them in the reader's language. */
  static Object words(Object value, Locale locale) {
    if (value instanceof Localized l) {
      return l.in(locale);
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(v -> words(v, locale)).toList();
    }
    return value;
  }

  private static Response respond(int status, String json) {
    return Response.status(status).type(PROBLEM_JSON).entity(json).build();
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
