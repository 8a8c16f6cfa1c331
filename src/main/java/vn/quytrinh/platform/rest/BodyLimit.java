package vn.quytrinh.platform.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.platform.problem.PayloadTooLarge;

/**
 * Bounds every JSON request body to {@code quytrinh.body.max-bytes} (1 MB unless configured): a
 * declared length over it is answered 413 before a byte is read, and a body without one (chunked)
 * is cut off with 413 as soon as it passes the limit, so no body is ever held whole beyond it.
 * Every endpoint but the imports takes JSON only (anything else is 415 before this runs); the
 * imports bound their files themselves (see {@code ImportGate}).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BodyLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "quytrinh.body.max-bytes", defaultValue = "1048576")
  long maxBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null
        || !(type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"))) {
      return;
    }
    limit(request, maxBytes, () -> tooLarge(maxBytes));
  }

  static PayloadTooLarge tooLarge(long max) {
    return new PayloadTooLarge("problem.body.tooLarge", max);
  }

  /**
   * Refuses a declared length over {@code max} at once, and makes the entity stream fail the same
   * way as soon as more than {@code max} bytes come through it.
   */
  public static void limit(
      ContainerRequestContext request, long max, Supplier<PayloadTooLarge> tooLarge) {
    String declared = request.getHeaderString("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > max) {
          throw tooLarge.get();
        }
      } catch (NumberFormatException unreadable) {
        // the container refuses a malformed length itself; the bounded stream covers the rest
      }
    }
    request.setEntityStream(new Bounded(request.getEntityStream(), max, tooLarge));
  }

  /** An input stream that fails with 413 once more than its limit has come through. */
  static final class Bounded extends FilterInputStream {
    private final long max;
    private final Supplier<PayloadTooLarge> tooLarge;
    private long read;

    Bounded(InputStream in, long max, Supplier<PayloadTooLarge> tooLarge) {
      super(in);
      this.max = max;
      this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      // never asks the client for more than one byte past the limit
      int n = super.read(b, off, (int) Math.max(0, Math.min(len, max + 1 - read)));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(Math.min(n, max + 1 - read));
      count(s);
      return s;
    }

    private void count(long n) {
      read += n;
      if (read > max) {
        throw tooLarge.get();
      }
    }
  }
}
