package vn.quytrinh.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * A request as a filter sees it, outside the container: headers, a body that counts what is read
 * from it, and the answer a filter aborts with.
 */
public final class FakeRequest {

  public final Map<String, String> headers = new HashMap<>();
  public final Counting body;
  public InputStream entity;
  public Response aborted;

  /** The request's path below the application, as {@code UriInfo.getPath()} says it. */
  public String path = "imports/tthc";

  public FakeRequest(String contentType, InputStream body) {
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    this.body = new Counting(body);
    this.entity = this.body;
  }

  public FakeRequest length(long n) {
    headers.put("Content-Length", Long.toString(n));
    return this;
  }

  public FakeRequest path(String path) {
    this.path = path;
    return this;
  }

  public ContainerRequestContext context() {
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMediaType" ->
                      headers.containsKey("Content-Type")
                          ? MediaType.valueOf(headers.get("Content-Type"))
                          : null;
                  case "getHeaderString" -> headers.get((String) args[0]);
                  case "getLength" ->
                      headers.containsKey("Content-Length")
                          ? Integer.parseInt(headers.get("Content-Length"))
                          : -1;
                  case "getEntityStream" -> entity;
                  case "setEntityStream" -> {
                    entity = (InputStream) args[0];
                    yield null;
                  }
                  case "abortWith" -> {
                    aborted = (Response) args[0];
                    yield null;
                  }
                  case "hasEntity" -> true;
                  case "getUriInfo" ->
                      Proxy.newProxyInstance(
                          getClass().getClassLoader(),
                          new Class<?>[] {jakarta.ws.rs.core.UriInfo.class},
                          (p, m, a) -> {
                            if (m.getName().equals("getPath")) {
                              return path;
                            }
                            throw new UnsupportedOperationException(m.getName());
                          });
                  case "getAcceptableLanguages" ->
                      headers.containsKey("Accept-Language")
                          ? java.util.List.of(
                              java.util.Locale.forLanguageTag(headers.get("Accept-Language")))
                          : java.util.List.of(java.util.Locale.forLanguageTag("vi"));
                  case "toString" -> "FakeRequest" + headers;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** A body that counts the bytes taken from it. */
  public static final class Counting extends FilterInputStream {
    public long taken;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      taken += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      taken += Math.max(0, n);
      return n;
    }
  }

  /** An endless body, as a client that streams without a length could send. */
  public static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return '[';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) '[');
        return len;
      }
    };
  }
}
