package vn.quytrinh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.quytrinh.platform.i18n.Messages;

/**
 * The web sign-in beside HTTP Basic: a session by form, its cookie, CSRF refusals that change
 * nothing, sessions ended by a change to the person, and 401/429 that keep the security headers.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  static final String ADMIN = ProcedureLifecycleIT.ADMIN;
  static final String PASSWORD = ProcedureLifecycleIT.PASSWORD;
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ProcedureLifecycleIT.deployment();
  }

  @ArquillianResource URL base;

  Api api;
  URI root;
  String origin;
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void open() {
    api = new Api(base);
    root = Api.loopback(base);
    origin = root.getScheme() + "://" + root.getAuthority();
  }

  @AfterEach
  void close() {
    api.close();
  }

  private String path(String p) {
    String ctx = root.getPath().endsWith("/") ? root.getPath() : root.getPath() + "/";
    return ctx.substring(0, ctx.length() - 1) + p;
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String p, Map<String, String> form, Map<String, String> headers)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(root.resolve(path(p)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b);
  }

  private HttpResponse<String> get(String p, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path(p))).GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return send(b);
  }

  /** Signs in by form; the session cookie ("JSESSIONID=…") and the Set-Cookie line. */
  private String[] signIn(String user, String password, Map<String, String> extra)
      throws Exception {
    Map<String, String> headers = new LinkedHashMap<>(Map.of("Origin", origin));
    headers.putAll(extra);
    HttpResponse<String> r =
        post(
            "/dang-nhap",
            Map.of("username", user, "password", password, "next", "/app/dashboard.xhtml"),
            headers);
    assertEquals(303, r.statusCode(), r.body());
    assertEquals(path("/app/dashboard.xhtml"), r.headers().firstValue("Location").orElseThrow());
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    return new String[] {setCookie.split(";", 2)[0], setCookie};
  }

  private String token(String cookie) throws Exception {
    HttpResponse<String> page = get("/app/dashboard.xhtml", cookie);
    assertEquals(200, page.statusCode(), page.body());
    Matcher m = TOKEN.matcher(page.body());
    assertTrue(m.find(), page.body());
    return m.group(1);
  }

  private String user(String name) {
    String unit = "U-" + name.toUpperCase();
    api.unitWithCoordinator(ADMIN, unit, "Đơn vị " + name, name, "Người " + name, PASSWORD);
    return unit;
  }

  @Test
  void aFormSignInKeepsASessionTheApiDoesNotAccept() throws Exception {
    HttpResponse<String> page = get("/dang-nhap", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("name=\"password\""), page.body());
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));

    String[] session = signIn("admin", ADMIN.split(":", 2)[1], Map.of());
    String setCookie = session[1];
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    assertFalse(setCookie.contains("Secure"), "plain HTTP: " + setCookie);

    HttpResponse<String> account = get("/app/dashboard.xhtml", session[0]);
    assertEquals(200, account.statusCode());
    assertTrue(
        account.body().contains("id=\"who-name\">" + Messages.vi("text.admin.fullName") + "<"),
        "the dashboard names who is signed in: " + account.body());

    // a page number typed into the address, however large, is an empty page, never a failure
    user("trangxa");
    String coordinator = signIn("trangxa", PASSWORD, Map.of())[0];
    for (String list : List.of("documents", "legal", "tthc")) {
      HttpResponse<String> far =
          get("/app/" + list + ".xhtml?page=" + Integer.MAX_VALUE, coordinator);
      assertEquals(200, far.statusCode(), list + ": " + far.body());
    }

    HttpResponse<String> apiWithCookie = get("/api/v1/me", session[0]);
    assertEquals(401, apiWithCookie.statusCode(), "the API stays HTTP Basic only");
    assertTrue(
        apiWithCookie.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
  }

  /**
   * An anonymous caller makes no session, whatever public page it opens: each one held about 9 KB
   * of heap for 30 minutes, so a loop of GET /dang-nhap filled a 512 MB server (issue 10). The
   * sign-in page switches language by links and keeps it across a refusal.
   */
  @Test
  void anAnonymousVisitMakesNoSessionAndTheSignInPageKeepsItsLanguage() throws Exception {
    String next = "next=%2Fapp%2Fflags.xhtml";
    for (String p :
        List.of(
            "/",
            "/dang-nhap",
            "/dang-nhap?lang=en&" + next,
            "/dang-nhap?loi=1",
            "/khong-co-trang-nay",
            "/app/dashboard.xhtml")) {
      HttpResponse<String> r = get(p, null);
      assertTrue(r.statusCode() < 500, p + ": " + r.statusCode());
      assertTrue(
          r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
          p + " made a session: " + r.headers().map());
    }
    HttpResponse<String> english = get("/dang-nhap?lang=en&" + next, null);
    assertTrue(english.body().contains(" lang=\"en\"><head"), english.body());
    assertTrue(english.body().contains("<h1>Sign in</h1>"), english.body());
    assertTrue(english.body().contains("lang=vi&amp;" + next), "the switch keeps next");
    assertTrue(english.body().contains("name=\"lang\" value=\"en\""), english.body());
    assertTrue(get("/dang-nhap", null).body().contains("<h1>Đăng nhập</h1>"), "Vietnamese first");

    // the sign-in view has no form of its own: a made-up postback to it is refused at once (it was
    // an expired view, logged with a 4 KB stack trace)
    for (String view : List.of("/", "/signin.xhtml")) {
      HttpResponse<String> postback =
          post(view, Map.of("jakarta.faces.ViewState", "abc"), Map.of("Origin", origin));
      assertEquals(405, postback.statusCode(), view + ": " + postback.body());
      assertEquals("GET, HEAD, OPTIONS", postback.headers().firstValue("Allow").orElse(""));
      assertTrue(postback.headers().firstValue("Set-Cookie").isEmpty(), view);
    }

    HttpResponse<String> refused =
        post(
            "/dang-nhap",
            Map.of("username", "admin", "password", "khong-dung-dau-2026", "lang", "en"),
            Map.of("Origin", origin));
    assertEquals(303, refused.statusCode());
    String back = refused.headers().firstValue("Location").orElseThrow();
    assertTrue(back.contains("loi=1") && back.contains("lang=en"), back);
    HttpResponse<String> again = get(back.substring(back.indexOf("/dang-nhap")), null);
    assertTrue(again.body().contains("Wrong username or password."), again.body());
  }

  @Test
  void theSessionIdChangesAtSignInAndAWrongPasswordGetsNone() throws Exception {
    String[] first = signIn("admin", ADMIN.split(":", 2)[1], Map.of());
    HttpResponse<String> again =
        post(
            "/dang-nhap",
            Map.of("username", "admin", "password", ADMIN.split(":", 2)[1]),
            Map.of("Origin", origin, "Cookie", first[0]));
    assertEquals(303, again.statusCode());
    String second = again.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    assertNotEquals(first[0], second);
    assertEquals(
        303, get("/app/dashboard.xhtml", first[0]).statusCode(), "the old id is worth nothing");
    assertEquals(200, get("/app/dashboard.xhtml", second).statusCode());
    assertEquals(
        200, get("/app/", second).statusCode(), "the folder's address opens the dashboard");

    HttpResponse<String> wrong =
        post(
            "/dang-nhap",
            Map.of("username", "admin", "password", "khong-dung-dau-2026"),
            Map.of("Origin", origin));
    assertEquals(303, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("Location").orElseThrow().contains("loi=1"));
    assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());
  }

  @Test
  void forgedPostsChangeNothing() throws Exception {
    String[] session = signIn("admin", ADMIN.split(":", 2)[1], Map.of());
    String token = token(session[0]);
    String evil = "https://ke-gian.example";

    HttpResponse<String> noToken =
        post("/dang-xuat", Map.of(), Map.of("Origin", origin, "Cookie", session[0]));
    assertEquals(403, noToken.statusCode());
    HttpResponse<String> wrongToken =
        post(
            "/dang-xuat",
            Map.of("_csrf", token + "x"),
            Map.of("Origin", origin, "Cookie", session[0]));
    assertEquals(403, wrongToken.statusCode());
    HttpResponse<String> foreign =
        post("/dang-xuat", Map.of("_csrf", token), Map.of("Origin", evil, "Cookie", session[0]));
    assertEquals(403, foreign.statusCode());
    HttpResponse<String> nullOrigin =
        post("/dang-xuat", Map.of("_csrf", token), Map.of("Origin", "null", "Cookie", session[0]));
    assertEquals(403, nullOrigin.statusCode());
    HttpResponse<String> foreignReferer =
        post(
            "/dang-xuat",
            Map.of("_csrf", token),
            Map.of("Referer", evil + "/trang", "Cookie", session[0]));
    assertEquals(403, foreignReferer.statusCode());
    HttpResponse<String> anyOtherPost =
        post("/app/dashboard.xhtml", Map.of(), Map.of("Origin", evil, "Cookie", session[0]));
    assertEquals(403, anyOtherPost.statusCode());
    assertEquals(200, get("/app/dashboard.xhtml", session[0]).statusCode(), "still signed in");

    HttpResponse<String> loginCsrf =
        post(
            "/dang-nhap",
            Map.of("username", "admin", "password", ADMIN.split(":", 2)[1]),
            Map.of("Origin", evil));
    assertEquals(403, loginCsrf.statusCode());
    assertTrue(loginCsrf.headers().firstValue("Set-Cookie").isEmpty());

    HttpResponse<String> out =
        post(
            "/dang-xuat",
            Map.of(),
            Map.of("Origin", origin, "Cookie", session[0], "X-CSRF-Token", token));
    assertEquals(303, out.statusCode());
    assertEquals(303, get("/app/dashboard.xhtml", session[0]).statusCode(), "signed out");
  }

  @Test
  void nextMustStayInsideTheApplication() throws Exception {
    for (String next : List.of("//ke-gian.example/", "https://ke-gian.example/", "/\\ke-gian")) {
      HttpResponse<String> r =
          post(
              "/dang-nhap",
              Map.of("username", "admin", "password", ADMIN.split(":", 2)[1], "next", next),
              Map.of("Origin", origin));
      assertEquals(303, r.statusCode());
      assertEquals(path("/"), r.headers().firstValue("Location").orElseThrow(), next);
    }
  }

  @Test
  void behindATrustedProxyOverHttpsTheCookieIsSecure() throws Exception {
    String httpsOrigin = "https://" + root.getAuthority();
    String[] session =
        signIn(
            "admin",
            ADMIN.split(":", 2)[1],
            Map.of("X-Forwarded-Proto", "https", "Origin", httpsOrigin));
    assertTrue(session[1].contains("; Secure"), session[1]);
  }

  @Test
  void aDeactivatedPersonLosesTheirSessionsAndTheApi() throws Exception {
    String name = "phien-" + UUID.randomUUID().toString().substring(0, 6);
    String unit = user(name);
    String[] session = signIn(name, PASSWORD, Map.of());
    assertEquals(200, get("/app/dashboard.xhtml", session[0]).statusCode());
    assertEquals(200, api.get(name + ":" + PASSWORD, "me").status());

    Api.Answer current = api.get(ADMIN, "users/" + name);
    Api.Answer off =
        api.put(
            ADMIN,
            "users/" + name,
            Map.of(
                "fullName",
                "Người " + name,
                "unitCode",
                unit,
                "roles",
                List.of("COORDINATOR"),
                "active",
                false),
            current.etag());
    assertEquals(200, off.status(), off.body());

    assertEquals(
        303, get("/app/dashboard.xhtml", session[0]).statusCode(), "the session has ended");
    assertEquals(401, api.get(name + ":" + PASSWORD, "me").status(), "the cache forgot her");
  }

  @Test
  void aSourceThatGuessesWaitsWithHeadersAndNobodyElseIsLockedOut() throws Exception {
    String source = "198.51.100." + (1 + (int) (Math.random() * 200));
    String status = null;
    for (int i = 0; i < 21 && (status == null || !status.contains(" 429 ")); i++) {
      status = rawGet("khong-co-" + i + ":sai-mat-khau", source, new LinkedHashMap<>());
    }
    Map<String, String> headers = new LinkedHashMap<>();
    status = rawGet("admin:" + ADMIN.split(":", 2)[1], source, headers);
    assertEquals("HTTP/1.1 429 Too Many Requests", status);
    assertNotNull(headers.get("retry-after"), headers.toString());
    assertEquals("nosniff", headers.get("x-content-type-options"));
    assertNotNull(headers.get("content-security-policy"));

    Map<String, String> other = new LinkedHashMap<>();
    assertEquals(
        "HTTP/1.1 200 OK",
        rawGet("admin:" + ADMIN.split(":", 2)[1], "192.0.2.50", other),
        "the same person from elsewhere is let in");

    Map<String, String> unauthorised = new LinkedHashMap<>();
    assertTrue(rawGet("admin:sai", "192.0.2.51", unauthorised).contains(" 401 "));
    assertEquals("nosniff", unauthorised.get("x-content-type-options"));
    assertNotNull(unauthorised.get("content-security-policy"));
  }

  /** A GET of /api/v1/me over a bare socket, to read the status line as sent. */
  private String rawGet(String credentials, String forwardedFor, Map<String, String> headers)
      throws Exception {
    try (Socket s = new Socket(root.getHost(), root.getPort())) {
      String auth =
          java.util.Base64.getEncoder()
              .encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET "
                  + path("/api/v1/me")
                  + " HTTP/1.1\r\nHost: "
                  + root.getAuthority()
                  + "\r\nAuthorization: Basic "
                  + auth
                  + "\r\nX-Forwarded-For: "
                  + forwardedFor
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String status = in.readLine();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(
              line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
              line.substring(colon + 1).strip());
        }
      }
      return status;
    }
  }
}
