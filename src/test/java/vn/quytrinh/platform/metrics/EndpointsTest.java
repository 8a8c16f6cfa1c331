package vn.quytrinh.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EndpointsTest {

  @Test
  void anEndpointIsNamedByItsMethodAndTemplatesWithoutTheirPatterns() {
    assertEquals(
        "GET /api/v1/documents/{id}/versions/{issueNo}",
        Endpoints.template("GET", "/api/v1", "/documents", "{id: \\d+}/versions/{issueNo}"));
    assertEquals(
        "POST /api/v1/search/rebuild",
        Endpoints.template("POST", "/api/v1/", "search/", "rebuild"));
    assertEquals("GET /api/v1/me", Endpoints.template("GET", "/api/v1", "/me", null));
  }

  @Test
  void whatNoEndpointTookGetsAFixedNameNeverThePathACallerChose() {
    java.util.function.Predicate<String> views = java.util.Set.of("/app/index.xhtml")::contains;
    assertEquals(Endpoints.UNMATCHED, Endpoints.other("GET", "/api/v1/no-such-thing", 404, views));
    assertEquals(
        Endpoints.STATIC, Endpoints.other("GET", "/jakarta.faces.resource/a.js", 200, views));
    assertEquals("GET /app/index.xhtml", Endpoints.other("GET", "/app/index.xhtml", 200, views));
    assertEquals("GET /app/index.xhtml", Endpoints.other("GET", "/app/index.xhtml", 303, views));
    assertEquals("POST /dang-nhap", Endpoints.other("POST", "/dang-nhap", 303, views));
    // an unknown page, a made-up method, odd characters: no series of their own
    assertEquals(Endpoints.OTHER, Endpoints.other("GET", "/app/x123.xhtml", 404, views));
    assertEquals(Endpoints.OTHER, Endpoints.other("BREW", "/app/index.xhtml", 200, views));
    assertEquals(Endpoints.OTHER, Endpoints.other("GET", "/app/a%22b.xhtml", 200, views));
    assertEquals(Endpoints.OTHER, Endpoints.other("GET", "/wp-admin", 404, views));
  }

  /**
   * A made-up page is sent to the sign-in page (303) like a real one: without asking whether the
   * view exists, each name a caller made up opened a series (20,000 of them, 19 MB of heap).
   */
  @Test
  void aMadeUpPageRedirectedToSignInOpensNoSeries() {
    java.util.function.Predicate<String> views = java.util.Set.of("/app/index.xhtml")::contains;
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      names.add(Endpoints.other("GET", "/app/r" + i + ".xhtml", 303, views));
    }
    assertEquals(java.util.Set.of(Endpoints.OTHER), names);
  }

  @Test
  void statusesAreCountedByClass() {
    assertEquals("2xx", RegistryMeasures.statusClass(204));
    assertEquals("4xx", RegistryMeasures.statusClass(412));
    assertEquals("5xx", RegistryMeasures.statusClass(500));
    assertEquals("other", RegistryMeasures.statusClass(0));
  }
}
