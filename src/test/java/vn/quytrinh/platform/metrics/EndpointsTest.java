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
    assertEquals(Endpoints.UNMATCHED, Endpoints.other("GET", "/api/v1/no-such-thing", 404));
    assertEquals(Endpoints.STATIC, Endpoints.other("GET", "/jakarta.faces.resource/a.js", 200));
    assertEquals("GET /app/index.xhtml", Endpoints.other("GET", "/app/index.xhtml", 200));
    assertEquals("POST /dang-nhap", Endpoints.other("POST", "/dang-nhap", 303));
    // an unknown page, a made-up method, odd characters: no series of their own
    assertEquals(Endpoints.OTHER, Endpoints.other("GET", "/app/x123.xhtml", 404));
    assertEquals(Endpoints.OTHER, Endpoints.other("BREW", "/app/index.xhtml", 200));
    assertEquals(Endpoints.OTHER, Endpoints.other("GET", "/app/a%22b.xhtml", 200));
    assertEquals(Endpoints.OTHER, Endpoints.other("GET", "/wp-admin", 404));
  }

  @Test
  void statusesAreCountedByClass() {
    assertEquals("2xx", RegistryMeasures.statusClass(204));
    assertEquals("4xx", RegistryMeasures.statusClass(412));
    assertEquals("5xx", RegistryMeasures.statusClass(500));
    assertEquals("other", RegistryMeasures.statusClass(0));
  }
}
