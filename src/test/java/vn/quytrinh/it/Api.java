package vn.quytrinh.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A small black-box HTTP client for the API: every call as some user, answers read whole. */
final class Api implements AutoCloseable {

  /**
   * The upload limit ({@code quytrinh.import.max-bytes}) the server under test was started with:
   * {@code it.import.max-bytes} in the pom, passed on by arquillian.xml.
   */
  static final int CONFIGURED_UPLOAD_LIMIT =
      Integer.parseInt(System.getProperty("it.import.max-bytes", "1048576"));

  /** One answer: status, headers of interest, body parsed as JSON when it is JSON. */
  record Answer(int status, String contentType, String etag, URI location, String body) {

    JsonObject json() {
      try (var r = Json.createReader(new StringReader(body))) {
        return r.readObject();
      }
    }

    JsonStructure jsonStructure() {
      try (var r = Json.createReader(new StringReader(body))) {
        return r.read();
      }
    }

    String str(String field) {
      JsonValue v = json().get(field);
      return v == null || v.getValueType() == JsonValue.ValueType.NULL
          ? null
          : json().getString(field);
    }

    boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }
  }

  private final Client client = ClientBuilder.newClient();
  private final URI api;

  Api(URL base) {
    this.api = loopback(base).resolve("api/v1/");
  }

  /**
   * The container reports the machine's own address; the server listens on every interface, and the
   * tests keep their traffic on loopback.
   */
  static URI loopback(URL base) {
    return URI.create(base.getProtocol() + "://127.0.0.1:" + base.getPort() + base.getPath());
  }

  Answer get(String user, String path) {
    return send(user, "GET", path, null, null, null);
  }

  /** A GET asking for answers in {@code acceptLanguage}. */
  Answer getIn(String user, String path, String acceptLanguage) {
    Invocation.Builder b = request(user, path).header("Accept-Language", acceptLanguage);
    try (Response r = b.get()) {
      return new Answer(
          r.getStatus(),
          r.getHeaderString("Content-Type"),
          r.getHeaderString("ETag"),
          r.getLocation(),
          r.hasEntity() ? r.readEntity(String.class) : "");
    }
  }

  /**
   * A commune-level unit {@code code} and one coordinator of it, created by {@code admin}; fails
   * the test unless both answer 201.
   */
  void unitWithCoordinator(
      String admin,
      String code,
      String unitName,
      String username,
      String fullName,
      String password) {
    Answer unit = post(admin, "units", Map.of("code", code, "name", unitName, "level", "XA"));
    org.junit.jupiter.api.Assertions.assertEquals(201, unit.status(), unit.body());
    Answer person =
        post(
            admin,
            "users",
            Map.of(
                "username",
                username,
                "fullName",
                fullName,
                "unitCode",
                code,
                "roles",
                List.of("COORDINATOR"),
                "password",
                password));
    org.junit.jupiter.api.Assertions.assertEquals(201, person.status(), person.body());
  }

  Answer post(String user, String path, Object json) {
    return send(user, "POST", path, json, null, MediaType.APPLICATION_JSON);
  }

  Answer post(String user, String path, Object json, String ifMatch) {
    return send(user, "POST", path, json, ifMatch, MediaType.APPLICATION_JSON);
  }

  Answer put(String user, String path, Object json, String ifMatch) {
    return send(user, "PUT", path, json, ifMatch, MediaType.APPLICATION_JSON);
  }

  Answer raw(String user, String method, String path, String body, String mediaType) {
    return send(user, method, path, body, null, mediaType);
  }

  /** A file upload as the raw body with its media type. */
  Answer upload(String user, String path, byte[] body, String mediaType) {
    return bytes(user, "POST", path, body, mediaType, null);
  }

  /** Any method with a body of raw bytes, which need not be valid text in its media type. */
  Answer bytes(
      String user, String method, String path, byte[] body, String mediaType, String ifMatch) {
    Invocation.Builder b = request(user, path);
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    try (Response r = b.method(method, Entity.entity(body, mediaType))) {
      return new Answer(
          r.getStatus(),
          r.getHeaderString("Content-Type"),
          r.getHeaderString("ETag"),
          r.getLocation(),
          r.hasEntity() ? r.readEntity(String.class) : "");
    }
  }

  /** A GET whose answer is a file: status, media type and bytes. */
  record FileAnswer(int status, String contentType, String disposition, byte[] bytes) {}

  FileAnswer download(String user, String path) {
    Invocation.Builder b = request(user, path);
    try (Response r = b.get()) {
      return new FileAnswer(
          r.getStatus(),
          r.getHeaderString("Content-Type"),
          r.getHeaderString("Content-Disposition"),
          r.hasEntity() ? r.readEntity(byte[].class) : new byte[0]);
    }
  }

  /** The status and the response headers of a GET, the body discarded. */
  record HeadAnswer(int status, MultivaluedMap<String, String> headers) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  HeadAnswer headers(String user, String path) {
    Invocation.Builder b = request(user, path);
    try (Response r = b.get()) {
      return new HeadAnswer(r.getStatus(), r.getStringHeaders());
    }
  }

  /** {@code user} is "name:password", or null for no credentials. */
  Answer send(
      String user, String method, String path, Object body, String ifMatch, String mediaType) {
    Invocation.Builder b = request(user, path);
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    Entity<?> entity = null;
    if (body != null) {
      String text =
          body instanceof String s ? s : Json.createObjectBuilder(asMap(body)).build().toString();
      entity = Entity.entity(text, mediaType);
    }
    try (Response r = entity == null ? b.method(method) : b.method(method, entity)) {
      String text = r.hasEntity() ? r.readEntity(String.class) : "";
      return new Answer(
          r.getStatus(),
          r.getHeaderString("Content-Type"),
          r.getHeaderString("ETag"),
          r.getLocation(),
          text);
    }
  }

  /** A request to {@code path} as {@code user} ("name:password"), or anonymous when null. */
  private Invocation.Builder request(String user, String path) {
    Invocation.Builder b = client.target(api.resolve(path)).request();
    if (user != null) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object body) {
    if (body instanceof JsonObject o) {
      return (Map<String, Object>) (Map<String, ?>) o;
    }
    return (Map<String, Object>) body;
  }

  @Override
  public void close() {
    client.close();
  }
}
