package vn.quytrinh.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a request says about where it came from, believed only as far as it can be: the source
 * address and the scheme come from {@code X-Forwarded-For} / {@code X-Forwarded-Proto} only when
 * the connection itself comes from a configured proxy ({@code quytrinh.http.trusted-proxies});
 * anyone else could write those headers.
 */
public final class RequestOrigin {

  private final Set<String> trustedProxies;

  /** {@code proxies}: addresses separated by commas or blanks, as the proxy connects from. */
  public RequestOrigin(String proxies) {
    this.trustedProxies =
        proxies == null
            ? Set.of()
            : Arrays.stream(proxies.split("[,\\s]+"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
  }

  private boolean viaProxy(HttpServletRequest r) {
    return trustedProxies.contains(r.getRemoteAddr());
  }

  /**
   * The address to throttle: the connection's, or behind a trusted proxy the right-most address of
   * {@code X-Forwarded-For} that is not itself a trusted proxy (the left part is the client's to
   * write).
   */
  public String source(HttpServletRequest r) {
    String remote = r.getRemoteAddr();
    if (!viaProxy(r)) {
      return remote;
    }
    String forwarded = r.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return remote;
  }

  /** Whether the browser spoke HTTPS: to us directly, or to the trusted proxy in front of us. */
  public boolean secure(HttpServletRequest r) {
    if (r.isSecure()) {
      return true;
    }
    String proto = r.getHeader("X-Forwarded-Proto");
    return viaProxy(r) && proto != null && proto.strip().equalsIgnoreCase("https");
  }

  /** This application's origin as the browser sees it: scheme and the Host it asked for. */
  public String origin(HttpServletRequest r) {
    String host = r.getHeader("Host");
    if (host == null || host.isBlank()) {
      host = r.getServerName() + ":" + r.getServerPort();
    }
    return (secure(r) ? "https" : "http") + "://" + host.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a state-changing request was sent by one of our own pages: its {@code Origin} (or,
   * without one, its {@code Referer}) is this application's origin. Neither header, or {@code
   * Origin: null}, is not enough.
   */
  public boolean sameOrigin(HttpServletRequest r) {
    String ours = origin(r);
    String origin = r.getHeader("Origin");
    if (origin != null) {
      return origin.strip().toLowerCase(Locale.ROOT).equals(ours);
    }
    String referer = r.getHeader("Referer");
    if (referer == null) {
      return false;
    }
    try {
      URI u = URI.create(referer.strip());
      if (u.getScheme() == null || u.getRawAuthority() == null) {
        return false;
      }
      return (u.getScheme() + "://" + u.getRawAuthority()).toLowerCase(Locale.ROOT).equals(ours);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
