package vn.quytrinh.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestOriginTest {

  private static final RequestOrigin BEHIND_NGINX = new RequestOrigin("127.0.0.1, 10.0.0.2");

  /** A request from {@code remote} with the given headers (names lower-case). */
  private static HttpServletRequest request(String remote, String... headers) {
    Map<String, String> h = new HashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i].toLowerCase(), headers[i + 1]);
    }
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            RequestOriginTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (p, m, args) ->
                switch (m.getName()) {
                  case "getRemoteAddr" -> remote;
                  case "getHeader" -> h.get(((String) args[0]).toLowerCase());
                  case "isSecure" -> false;
                  case "getServerName" -> "localhost";
                  case "getServerPort" -> 8080;
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  @Test
  void forwardedForIsBelievedOnlyFromATrustedProxy() {
    assertEquals(
        "198.51.100.1", BEHIND_NGINX.source(request("198.51.100.1", "X-Forwarded-For", "1.2.3.4")));
    assertEquals(
        "203.0.113.5",
        new RequestOrigin(null).source(request("203.0.113.5", "X-Forwarded-For", "1.2.3.4")));
  }

  @Test
  void behindTheProxyTheRightmostUntrustedHopIsTheSource() {
    assertEquals(
        "203.0.113.5",
        BEHIND_NGINX.source(
            request("127.0.0.1", "X-Forwarded-For", "6.6.6.6, 203.0.113.5, 10.0.0.2")));
    assertEquals("127.0.0.1", BEHIND_NGINX.source(request("127.0.0.1")));
  }

  @Test
  void httpsOnlyFromTheProxy() {
    assertTrue(BEHIND_NGINX.secure(request("127.0.0.1", "X-Forwarded-Proto", "https")));
    assertFalse(BEHIND_NGINX.secure(request("203.0.113.5", "X-Forwarded-Proto", "https")));
  }

  @Test
  void sameOriginByOriginThenReferer() {
    RequestOrigin direct = new RequestOrigin("");
    assertTrue(
        direct.sameOrigin(request("1.1.1.1", "Host", "qt.gov.vn", "Origin", "http://qt.gov.vn")));
    assertFalse(
        direct.sameOrigin(request("1.1.1.1", "Host", "qt.gov.vn", "Origin", "http://evil.vn")));
    assertFalse(direct.sameOrigin(request("1.1.1.1", "Host", "qt.gov.vn", "Origin", "null")));
    assertFalse(
        direct.sameOrigin(request("1.1.1.1", "Host", "qt.gov.vn", "Origin", "https://qt.gov.vn")),
        "another scheme is another origin");
    assertTrue(
        direct.sameOrigin(
            request("1.1.1.1", "Host", "qt.gov.vn", "Referer", "http://qt.gov.vn/a")));
    assertFalse(
        direct.sameOrigin(
            request("1.1.1.1", "Host", "qt.gov.vn", "Referer", "http://qt.gov.vn.evil.vn/a")));
    assertFalse(direct.sameOrigin(request("1.1.1.1", "Host", "qt.gov.vn")), "neither header");
  }
}
