package vn.quytrinh.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.quytrinh.platform.problem.ProblemException;

/** Builds {@code application/problem+json} answers (RFC 9457). */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");
  private static final String TYPE_BASE = "https://quytrinh.vn/problems/";
  private static final Jsonb JSONB = JsonbBuilder.create();

  private Problems() {}

  public static Response of(ProblemException e) {
    return of(e.status(), e.kind(), e.title(), e.detail(), e.extensions());
  }

  public static Response of(int status, String kind, String title, String detail) {
    return of(status, kind, title, detail, Map.of());
  }

  public static Response of(
      int status, String kind, String title, String detail, Map<String, Object> extensions) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(json(status, kind, title, detail, extensions))
        .build();
  }

  public static String json(
      int status, String kind, String title, String detail, Map<String, Object> extensions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + kebab(kind));
    body.put("title", title);
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    body.putAll(extensions);
    return JSONB.toJson(body);
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
