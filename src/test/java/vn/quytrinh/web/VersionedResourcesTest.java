package vn.quytrinh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.faces.application.Resource;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application's files are addressed by their content, so a changed file has a new address. */
class VersionedResourcesTest {

  static Resource file(String path, String content) {
    return new Resource() {
      @Override
      public InputStream getInputStream() {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public Map<String, String> getResponseHeaders() {
        return Map.of();
      }

      @Override
      public String getRequestPath() {
        return path;
      }

      @Override
      public URL getURL() {
        return null;
      }

      @Override
      public boolean userAgentNeedsUpdate(FacesContext context) {
        return true;
      }
    };
  }

  @Test
  void theAddressCarriesTheFirstDigitsOfTheContentsDigest() {
    String v = VersionedResources.digest(file("x", "body { color: #000; }"));
    assertEquals(8, v.length());
    assertEquals(v, VersionedResources.digest(file("y", "body { color: #000; }")), "same content");
    assertNotEquals(v, VersionedResources.digest(file("x", "body { color: #111; }")));
    assertEquals(
        "/jakarta.faces.resource/css/app.css.xhtml?v=" + v,
        new VersionedResources.Versioned(file("/jakarta.faces.resource/css/app.css.xhtml", ""), v)
            .getRequestPath());
    assertEquals(
        "/jakarta.faces.resource/x.js.xhtml?ln=a&v=" + v,
        new VersionedResources.Versioned(file("/jakarta.faces.resource/x.js.xhtml?ln=a", ""), v)
            .getRequestPath());
  }
}
