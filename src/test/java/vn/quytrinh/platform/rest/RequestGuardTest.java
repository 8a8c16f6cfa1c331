package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RequestGuardTest {

  @Test
  void traceIsRefusedWhateverElseTheRequestHolds() {
    assertEquals(OptionalInt.of(405), RequestGuard.refusal("TRACE", 10, 1, 20));
    assertEquals(OptionalInt.of(405), RequestGuard.refusal("trace", 10, 1, 20));
    assertEquals(OptionalInt.of(405), RequestGuard.refusal("TRACK", 10, 1, 20));
    for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH")) {
      assertEquals(OptionalInt.empty(), RequestGuard.refusal(method, 10, 1, 20), method);
    }
  }

  @Test
  void aTargetOverEightKilobytesIs414AndHeadersOverTheirBoundsAre431() {
    assertEquals(OptionalInt.empty(), RequestGuard.refusal("GET", 8192, 100, 16384));
    assertEquals(OptionalInt.of(414), RequestGuard.refusal("GET", 8193, 1, 20));
    assertEquals(OptionalInt.of(431), RequestGuard.refusal("GET", 20, 101, 2000));
    assertEquals(OptionalInt.of(431), RequestGuard.refusal("GET", 20, 3, 16385));
  }

  @Test
  void everyHeaderLineCountsWithItsNameItsValueAndItsSeparators() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of("localhost"));
    headers.put("X-Pad", List.of("a".repeat(16384 - 17 - 9), "b"));
    // Host: localhost\r\n = 17; X-Pad: <value>\r\n = 9 + value; the second X-Pad line passes it
    assertEquals(
        OptionalInt.of(431), RequestGuard.refusal(request("GET", "/api/v1/me", null, headers)));
    headers.put("X-Pad", List.of("a".repeat(16384 - 17 - 9)));
    assertEquals(
        OptionalInt.empty(), RequestGuard.refusal(request("GET", "/api/v1/me", null, headers)));

    Map<String, List<String>> many = new LinkedHashMap<>();
    List<String> values = new ArrayList<>(Collections.nCopies(101, "x"));
    many.put("X-Many", values);
    assertEquals(OptionalInt.of(431), RequestGuard.refusal(request("GET", "/", null, many)));
  }

  @Test
  void theSignInViewIsOnlyRead() {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      assertEquals(
          OptionalInt.of(405),
          RequestGuard.refusal(request(method, "/signin.xhtml", null, Map.of())),
          method);
    }
    for (String method : List.of("GET", "HEAD", "OPTIONS")) {
      assertEquals(
          OptionalInt.empty(),
          RequestGuard.refusal(request(method, "/signin.xhtml", null, Map.of())));
    }
    assertEquals(
        OptionalInt.empty(),
        RequestGuard.refusal(request("POST", "/app/dashboard.xhtml", null, Map.of())),
        "the pages after sign-in post their forms");
  }

  @Test
  void theQueryCountsInTheTarget() {
    String path = "/api/v1/search";
    String query = "q=" + "a".repeat(8192 - path.length() - 3);
    assertEquals(OptionalInt.empty(), RequestGuard.refusal(request("GET", path, query, Map.of())));
    assertEquals(
        OptionalInt.of(414), RequestGuard.refusal(request("GET", path, query + "a", Map.of())));
  }

  @Test
  void aRefusedRequestGoesNoFurtherAndA405NamesTheMethods() throws Exception {
    Map<String, String> set = new HashMap<>();
    int[] sent = {0};
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (p, m, a) -> {
                  switch (m.getName()) {
                    case "setHeader" -> set.put((String) a[0], (String) a[1]);
                    case "sendError" -> sent[0] = (Integer) a[0];
                    default -> {}
                  }
                  return null;
                });
    boolean[] passed = {false};
    FilterChain chain = (req, res) -> passed[0] = true;

    new RequestGuard().doFilter(request("TRACE", "/api/v1/me", null, Map.of()), response, chain);
    assertFalse(passed[0], "a TRACE reaches no servlet");
    assertEquals(405, sent[0]);
    assertEquals(RequestGuard.ALLOW, set.get("Allow"));
    assertEquals("nosniff", set.get("X-Content-Type-Options"), "the security headers are on it");

    new RequestGuard().doFilter(request("GET", "/api/v1/me", null, Map.of()), response, chain);
    assertTrue(passed[0]);
  }

  private static HttpServletRequest request(
      String method, String uri, String query, Map<String, List<String>> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            RequestGuardTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getRequestURI" -> uri;
                  case "getQueryString" -> query;
                  case "getContextPath" -> "";
                  case "getServletPath" -> uri.endsWith(".xhtml") ? uri : "";
                  case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                  case "getHeaders" ->
                      Collections.enumeration(headers.getOrDefault((String) a[0], List.of()));
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }
}
