package vn.quytrinh.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's own style sheets and scripts are addressed by their content:
 * "…/app.css.xhtml?v= 3f2a9c1e", the first hex digits of the file's SHA-256. A browser can then
 * keep them for a year ({@link ResourceCaching}) and still fetch the new file the day it changes,
 * since its address changes with it. PrimeFaces' files carry their library's version already.
 */
public class VersionedResources extends ResourceHandlerWrapper {

  private final Map<String, String> versions = new ConcurrentHashMap<>();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String name, String library) {
    return versioned(super.createResource(name, library), library);
  }

  @Override
  public Resource createResource(String name, String library, String contentType) {
    return versioned(super.createResource(name, library, contentType), library);
  }

  private Resource versioned(Resource r, String library) {
    if (r == null || library != null) {
      return r;
    }
    String v = versions.computeIfAbsent(r.getResourceName(), n -> digest(r));
    return v == null ? r : new Versioned(r, v);
  }

  /** The first eight hex digits of the content's SHA-256, or null when it cannot be read. */
  static String digest(Resource r) {
    try (InputStream in = r.getInputStream()) {
      return in == null ? null : digest(in);
    } catch (IOException e) {
      return null;
    }
  }

  static String digest(InputStream in) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A resource whose address carries its version. */
  static final class Versioned extends ResourceWrapper {
    private final String version;

    Versioned(Resource wrapped, String version) {
      super(wrapped);
      this.version = version;
    }

    @Override
    public String getRequestPath() {
      String path = super.getRequestPath();
      return path + (path.contains("?") ? "&" : "?") + "v=" + version;
    }
  }
}
