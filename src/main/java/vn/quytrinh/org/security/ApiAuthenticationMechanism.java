package vn.quytrinh.org.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.org.InterfaceLanguage;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.rest.Problems;
import vn.quytrinh.platform.rest.ReasonPhrase;
import vn.quytrinh.platform.rest.SecurityHeaders;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.CurrentCaller;
import vn.quytrinh.platform.security.RequestOrigin;
import vn.quytrinh.platform.security.Role;

/**
 * The application's one authentication mechanism (Jakarta Security takes one):
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic on every request, answering {@code problem+json} 401 / 429; a
 *       session cookie does not count there.
 *   <li>the web pages: a session. {@code POST /dang-nhap} with {@code username}, {@code password}
 *       and an optional local {@code next} path signs in (a new session, so a new id), {@code POST
 *       /dang-xuat} with the session's token signs out. A request under a security constraint
 *       without a session is sent to the sign-in page.
 *   <li>CSRF: every state-changing request of a session must come from our own origin ({@code
 *       Origin}, else {@code Referer}), and carry either Faces' view state (Faces checks it) or the
 *       session's token ({@value #CSRF_HEADER} header or {@value #CSRF_FIELD} field).
 * </ul>
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The request attribute under which the verified {@link Caller} travels to the resources. */
  public static final String CALLER_ATTRIBUTE = CurrentCaller.ATTRIBUTE;

  public static final String SIGN_IN = "/dang-nhap";
  public static final String SIGN_OUT = "/dang-xuat";

  /** Query parameter of the sign-in page after a sign-out. */
  public static final String SIGNED_OUT = "thoat";

  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";
  static final String FACES_VIEW_STATE = "jakarta.faces.ViewState";

  /**
   * Payara Micro adds its MicroProfile metrics servlet to the application at the root context, so
   * with QuyTrình deployed at {@code /} its requests pass here: internal figures only for an
   * administrator, by HTTP Basic (a scraper signs in as one).
   */
  static final String METRICS = "/metrics";

  private static final String CHALLENGE = "Basic realm=\"QuyTrinh\", charset=\"UTF-8\"";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Authenticator authenticator;
  private WebSessions sessions;

  /** Addresses of the reverse proxies whose X-Forwarded-For / -Proto are believed. */
  private Optional<String> trustedProxies;

  /** This instance's name for the proxy's routing of sessions ({@link #ROUTE_COOKIE}). */
  private Optional<String> route;

  @Inject
  public ApiAuthenticationMechanism(
      Authenticator authenticator,
      WebSessions sessions,
      @ConfigProperty(name = "quytrinh.http.trusted-proxies") Optional<String> trustedProxies,
      @ConfigProperty(name = "quytrinh.http.route") Optional<String> route) {
    this.authenticator = authenticator;
    this.sessions = sessions;
    this.trustedProxies = trustedProxies;
    this.route = route.map(String::strip).filter(r -> !r.isEmpty()).map(Route::checked);
  }

  /** For the CDI client proxy only. */
  protected ApiAuthenticationMechanism() {}

  private volatile RequestOrigin origins;

  private RequestOrigin origins() {
    RequestOrigin o = origins;
    if (o == null) {
      o = new RequestOrigin(trustedProxies.orElse(""));
      origins = o;
    }
    return o;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return basic(request, response, context);
    }
    if (path.equals(METRICS) || path.startsWith(METRICS + "/")) {
      return metrics(request, response, context);
    }
    boolean post = "POST".equals(request.getMethod());
    if (post && SIGN_IN.equals(path)) {
      return signIn(request, response);
    }
    if (post && SIGN_OUT.equals(path)) {
      return signOut(request, response);
    }
    return session(request, response, context);
  }

  // ---- HTTP Basic for the API

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return refuse(request, response, 401, "problem.auth.required");
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return refuse(request, response, 401, "problem.auth.malformed");
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0 || colon > 64) {
      return refuse(request, response, 401, "problem.auth.malformed");
    }
    String username = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    SignInGate.Outcome outcome =
        authenticator.authenticate(origins().source(request), username, password);
    if (outcome instanceof SignInGate.Accepted a) {
      return accept(request, context, a.caller());
    }
    if (outcome instanceof SignInGate.Locked l) {
      long seconds = l.retryAfter().toSeconds() + 1;
      return refuse(request, response, 429, "problem.auth.locked", seconds);
    }
    return refuse(request, response, 401, "problem.auth.wrong");
  }

  private AuthenticationStatus metrics(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    AuthenticationStatus status = basic(request, response, context);
    if (status == AuthenticationStatus.SUCCESS
        && request.getAttribute(CALLER_ATTRIBUTE) instanceof Caller c
        && !c.has(Role.ADMIN)) {
      return refuse(request, response, 403, "problem.auth.metricsForAdmins");
    }
    return status;
  }

  private static AuthenticationStatus accept(
      HttpServletRequest request, HttpMessageContext context, Caller caller) {
    request.setAttribute(CALLER_ATTRIBUTE, caller);
    Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(caller.username(), groups);
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String key,
      Object... args) {
    Long retryAfterSeconds = args.length > 0 && args[0] instanceof Long l ? l : null;
    try {
      response.reset();
      SecurityHeaders.apply(request, response);
      response.setStatus(status);
      ReasonPhrase.set(response, status);
      if (status == 401) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
      }
      if (retryAfterSeconds != null) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
      }
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      String kind =
          switch (status) {
            case 429 -> "TooManyFailedSignIns";
            case 403 -> "Forbidden";
            default -> "Unauthenticated";
          };
      String title =
          switch (status) {
            case 429 -> "problem.title.tooManyRequests";
            case 403 -> "problem.title.forbidden";
            default -> "problem.title.unauthorized";
          };
      Locale locale = Messages.ofHeader(request.getHeader("Accept-Language"));
      response.getWriter().write(Problems.json(locale, status, kind, title, key, args));
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing more to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  // ---- the web pages: a session

  private AuthenticationStatus session(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession s = request.getSession(false);
    String user = userOf(s);
    Optional<Caller> caller = user == null ? Optional.empty() : authenticator.sessionCaller(user);
    if (caller.isEmpty()) {
      if (user != null) {
        endQuietly(s); // the person can no longer sign in
      }
      return context.isProtected() ? toSignIn(request, response) : context.doNothing();
    }
    if (!safe(request.getMethod()) && !fromOurPages(request, s)) {
      return plain(request, response, 403, "problem.auth.crossSite");
    }
    return accept(request, context, caller.get());
  }

  private static boolean safe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  /** Same origin, and Faces' view state or the session's token. */
  private boolean fromOurPages(HttpServletRequest request, HttpSession s) {
    if (!origins().sameOrigin(request)) {
      return false;
    }
    String header = request.getHeader(CSRF_HEADER);
    if (header == null && request.getParameter(FACES_VIEW_STATE) != null) {
      return true;
    }
    String sent = header != null ? header : request.getParameter(CSRF_FIELD);
    Object expected = attribute(s, WebSessions.CSRF);
    return sent != null
        && expected instanceof String e
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), e.getBytes(StandardCharsets.UTF_8));
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response) {
    utf8(request);
    if (!origins().sameOrigin(request)) {
      return plain(request, response, 403, "problem.auth.signInElsewhere");
    }
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    String next = localPath(request.getParameter("next"));
    if (username == null
        || password == null
        || username.isBlank()
        || username.length() > 64
        || password.length() > 1024) {
      return redirect(request, response, SIGN_IN + "?loi=1&next=" + encode(next) + lang(request));
    }
    SignInGate.Outcome outcome =
        authenticator.authenticate(origins().source(request), username.strip(), password);
    if (outcome instanceof SignInGate.Locked l) {
      long seconds = l.retryAfter().toSeconds() + 1;
      response.setHeader("Retry-After", Long.toString(seconds));
      return plain(request, response, 429, "problem.auth.locked", seconds);
    }
    if (!(outcome instanceof SignInGate.Accepted a)) {
      return redirect(
          request,
          response,
          SIGN_IN
              + "?loi=1&u="
              + encode(username.strip())
              + "&next="
              + encode(next)
              + lang(request));
    }
    HttpSession old = request.getSession(false);
    if (old != null) {
      endQuietly(old); // a new session, so a new id: a planted session id is worth nothing
    }
    HttpSession s = request.getSession(true);
    s.setAttribute(WebSessions.USER, a.caller().username());
    s.setAttribute(WebSessions.CSRF, token());
    sessions.signedIn(a.caller().username(), s);
    sessionCookie(request, response, s.getId(), false);
    return redirect(request, response, next);
  }

  private AuthenticationStatus signOut(HttpServletRequest request, HttpServletResponse response) {
    utf8(request);
    HttpSession s = request.getSession(false);
    if (userOf(s) == null) {
      return redirect(request, response, SIGN_IN);
    }
    if (!fromOurPages(request, s)) {
      return plain(request, response, 403, "problem.auth.crossSite");
    }
    endQuietly(s);
    sessionCookie(request, response, "", true);
    // the sign-in page says "you have signed out"
    return redirect(request, response, SIGN_IN + "?" + SIGNED_OUT + "=1");
  }

  /**
   * The session cookie written by us rather than the container: HttpOnly, SameSite=Lax, Secure when
   * the browser spoke HTTPS (directly or to a trusted proxy) — which one cookie setting in web.xml
   * cannot say per request.
   */
  private void sessionCookie(
      HttpServletRequest request, HttpServletResponse response, String id, boolean expire) {
    SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
    String name = config.getName() != null ? config.getName() : "JSESSIONID";
    String path =
        config.getPath() != null
            ? config.getPath()
            : (request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    StringBuilder c = new StringBuilder(name).append('=').append(id);
    c.append("; Path=").append(path).append("; HttpOnly; SameSite=Lax");
    if (origins().secure(request)) {
      c.append("; Secure");
    }
    if (expire) {
      c.append("; Max-Age=0");
    }
    response.setHeader("Set-Cookie", c.toString());
    if (!expire && route.isPresent()) {
      response.addHeader("Set-Cookie", Route.cookie(route.get(), path, origins().secure(request)));
    }
  }

  private AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response) {
    String here = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      here += "?" + request.getQueryString();
    }
    return redirect(request, response, SIGN_IN + "?next=" + encode(localPath(here)));
  }

  /** A path inside this application to go to after signing in; anything else goes home. */
  static String localPath(String next) {
    if (next == null
        || next.isEmpty()
        || next.length() > 2000
        || next.charAt(0) != '/'
        || next.startsWith("//")
        || next.indexOf('\\') >= 0
        || next.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)
        || next.startsWith(SIGN_IN)
        || next.startsWith(SIGN_OUT)) {
      return "/";
    }
    return next;
  }

  private static AuthenticationStatus redirect(
      HttpServletRequest request, HttpServletResponse response, String localPath) {
    SecurityHeaders.apply(request, response);
    response.setStatus(303);
    response.setHeader("Location", request.getContextPath() + localPath);
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static AuthenticationStatus plain(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String key,
      Object... args) {
    String text = Messages.get(Messages.ofHeader(request.getHeader("Accept-Language")), key, args);
    try {
      SecurityHeaders.apply(request, response);
      response.setHeader("Cache-Control", "no-store");
      response.setStatus(status);
      ReasonPhrase.set(response, status);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(text);
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String userOf(HttpSession s) {
    return attribute(s, WebSessions.USER) instanceof String u ? u : null;
  }

  private static Object attribute(HttpSession s, String name) {
    try {
      return s == null ? null : s.getAttribute(name);
    } catch (IllegalStateException ended) {
      return null;
    }
  }

  private static void endQuietly(HttpSession s) {
    try {
      s.invalidate();
    } catch (IllegalStateException alreadyEnded) {
      // nothing to end
    }
  }

  private static void utf8(HttpServletRequest request) {
    try {
      if (request.getCharacterEncoding() == null) {
        request.setCharacterEncoding("UTF-8");
      }
    } catch (IOException e) {
      // UTF-8 is always supported
    }
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The sign-in page's language, kept across a refusal ({@code &lang=en}); none for Vietnamese. */
  private static String lang(HttpServletRequest request) {
    return InterfaceLanguage.of(request.getParameter("lang"))
        .filter(l -> l != InterfaceLanguage.VI)
        .map(l -> "&lang=" + l.tag())
        .orElse("");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
