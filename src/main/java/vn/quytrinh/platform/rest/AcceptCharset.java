package vn.quytrinh.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON is UTF-8 (RFC 8259), whatever charset a client names in {@code Accept}: the parameter is
 * dropped before the runtime reads the header. The runtime wrote the answer in the charset asked
 * for, so {@code charset=ISO-8859-1} turned every Vietnamese letter into {@code ?}, and an unknown
 * one ({@code charset=bogus}) failed with 500 after the request's write had been committed.
 */
@Provider
@PreMatching
public class AcceptCharset implements ContainerRequestFilter {

  private static final Pattern CHARSET =
      Pattern.compile("\\s*;\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;,]*)", Pattern.CASE_INSENSITIVE);

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
    if (accept != null) {
      List<String> plain = accept.stream().map(AcceptCharset::without).toList();
      if (!plain.equals(accept)) {
        request.getHeaders().put(HttpHeaders.ACCEPT, plain);
      }
    }
  }

  /** The header without any {@code charset} parameter of its media ranges. */
  static String without(String accept) {
    return accept == null ? null : CHARSET.matcher(accept).replaceAll("");
  }
}
