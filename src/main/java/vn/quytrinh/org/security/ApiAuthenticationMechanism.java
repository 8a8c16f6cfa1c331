package vn.quytrinh.org.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.quytrinh.platform.rest.Problems;
import vn.quytrinh.platform.security.Caller;

/**
 * HTTP Basic for everything under {@code /api}, answering {@code problem+json} (401, 429) instead
 * of the container's HTML pages. Other paths (the static welcome page) need no user.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The request attribute under which the verified {@link Caller} travels to the resources. */
  public static final String CALLER_ATTRIBUTE = "vn.quytrinh.caller";

  private static final String CHALLENGE = "Basic realm=\"QuyTrinh\", charset=\"UTF-8\"";

  @Inject Authenticator authenticator;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      return context.doNothing();
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return refuse(response, 401, "Cần đăng nhập (authentication required).", null);
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return refuse(
          response, 401, "Thông tin đăng nhập không đọc được (malformed credentials).", null);
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0 || colon > 64) {
      return refuse(
          response, 401, "Thông tin đăng nhập không đọc được (malformed credentials).", null);
    }
    String username = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    Authenticator.Outcome outcome = authenticator.authenticate(username, password);
    if (outcome instanceof Authenticator.Accepted a) {
      return accept(request, context, a.caller());
    }
    if (outcome instanceof Authenticator.Locked l) {
      long seconds = l.retryAfter().toSeconds() + 1;
      return refuse(
          response,
          429,
          "Đăng nhập sai quá nhiều lần; thử lại sau "
              + seconds
              + " giây (too many failed sign-ins).",
          seconds);
    }
    return refuse(
        response, 401, "Sai tên đăng nhập hoặc mật khẩu (wrong username or password).", null);
  }

  private static AuthenticationStatus accept(
      HttpServletRequest request, HttpMessageContext context, Caller caller) {
    request.setAttribute(CALLER_ATTRIBUTE, caller);
    Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(caller.username(), groups);
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, int status, String detail, Long retryAfterSeconds) {
    try {
      response.reset();
      response.setStatus(status);
      if (status == 401) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
      }
      if (retryAfterSeconds != null) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
      }
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      String kind = status == 429 ? "TooManyFailedSignIns" : "Unauthenticated";
      String title =
          status == 429 ? "Quá nhiều lần thử (Too many requests)" : "Chưa đăng nhập (Unauthorized)";
      response.getWriter().write(Problems.json(status, kind, title, detail, Map.of()));
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing more to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
