package vn.quytrinh.org.security;

import java.util.regex.Pattern;

/**
 * The route cookie that keeps a web session on the instance that holds it, behind a proxy with
 * several instances ({@code docs/operations.md}). A session lives in one instance's memory, and the
 * request that signs in has no session yet, so the proxy cannot route by the session cookie: it
 * does not know which instance made it. The instance that signs a person in therefore names itself
 * ({@code quytrinh.http.route}) in this cookie, and nginx sends the requests that carry it to that
 * instance (to another only when it is down, where the person signs in again and the cookie
 * changes).
 */
final class Route {

  static final String COOKIE = "QUYTRINH_ROUTE";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  private Route() {}

  /** The configured name, refused at start when it is not 1–32 letters, digits, '-' or '_'. */
  static String checked(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "quytrinh.http.route must be 1-32 letters, digits, '-' or '_': " + name);
    }
    return name;
  }

  /** The {@code Set-Cookie} value naming this instance. */
  static String cookie(String name, String path, boolean secure) {
    return COOKIE
        + "="
        + name
        + "; Path="
        + path
        + "; HttpOnly; SameSite=Lax"
        + (secure ? "; Secure" : "");
  }
}
