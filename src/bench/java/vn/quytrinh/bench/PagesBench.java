package vn.quytrinh.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The web interface's server times on the province data set (issue 11, point 11): the dashboard of
 * a commune's coordinator and of the province's overseer, the documents list, and a document page,
 * each at most 200 ms median.
 *
 * <p>The data set (120 units, 20,000 procedures with their versions' events, drafters and
 * signatures, six people a unit, the audit trail) is generated into an embedded H2 file; every
 * person gets one known password (a PBKDF2 hash in the platform's format); Payara Micro is started
 * on it by the bench and left to build its search index; an amendment of the decree cited by 5,000
 * procedure versions is recorded through the API, so that the dashboards carry the flags it raises.
 * Then each person signs in through the sign-in form, as a browser does, and each page is fetched
 * with the session: warm-up rounds, then timed ones. The time is from sending the request to the
 * last byte of the page, on loopback: the server's time plus a few hundred microseconds of
 * transfer; client and server share the machine's cores.
 */
final class PagesBench {

  /** One page's figures. */
  record Timing(String page, String who, double median, double p90, int bytes, int status) {}

  static final String PASSWORD = "Trang-thu-nghiem-2026";

  private final Path work;
  private final Path payara;
  private final Path war;
  private final int port;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  PagesBench(Path work, Path payara, Path war, int port) {
    this.work = work;
    this.payara = payara;
    this.war = war;
    this.port = port;
  }

  List<Timing> run(long seed, int warmup, int rounds, Consumer<String> say) throws Exception {
    Files.createDirectories(work);
    javax.sql.DataSource ds = CrashBench.migratedH2(dbUrl());
    long document;
    try (Connection c = ds.getConnection()) {
      ProvinceDataSet.Result r =
          ProvinceDataSet.generate(c, seed, ProvinceDataSet.Sizes.province());
      say.accept("data set generated in " + r.millis() / 1000 + " s: " + r.rows());
      try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET password_hash = ?")) {
        ps.setString(1, pbkdf2(PASSWORD));
        ps.executeUpdate();
      }
      // the commune's document with the longest history: versions, events and signatures
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id FROM controlled_document WHERE unit_code = 'XA-001' AND status ="
                      + " 'ACTIVE' AND effective_issue_no IS NOT NULL ORDER BY row_version DESC,"
                      + " id FETCH FIRST 1 ROWS ONLY");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        document = rs.getLong(1);
      }
    }
    Process server = start();
    try {
      waitUntilUp(server);
      int indexed = waitForTheIndex();
      say.accept("search index built: " + indexed + " documents");
      int flags = amend();
      say.accept("amendment recorded: " + flags + " flags raised");
      String coordinator = signIn("tk.xa-001");
      String overseer = signIn("giamsat");
      List<Timing> timings = new ArrayList<>();
      timings.add(
          time("dashboard", "coordinator of XA-001", coordinator, DASHBOARD, warmup, rounds));
      timings.add(
          time("dashboard", "overseer (province-wide)", overseer, DASHBOARD, warmup, rounds));
      timings.add(
          time(
              "dashboard, findings of one commune",
              "overseer (province-wide)",
              overseer,
              DASHBOARD + "?unit=XA-001",
              warmup,
              rounds));
      timings.add(
          time("documents list", "coordinator of XA-001", coordinator, DOCUMENTS, warmup, rounds));
      timings.add(
          time("documents list", "overseer (province-wide)", overseer, DOCUMENTS, warmup, rounds));
      String page = "/app/document.xhtml?id=" + document;
      timings.add(
          time("document page", "coordinator of XA-001", coordinator, page, warmup, rounds));
      timings.add(
          time("document page", "overseer (province-wide)", overseer, page, warmup, rounds));
      return timings;
    } finally {
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
  }

  static final String DASHBOARD = "/app/dashboard.xhtml";
  static final String DOCUMENTS = "/app/documents.xhtml";

  private Timing time(String what, String who, String cookie, String path, int warmup, int rounds)
      throws Exception {
    HttpResponse<String> last = null;
    for (int i = 0; i < warmup; i++) {
      last = page(cookie, path);
    }
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      last = page(cookie, path);
      ms[i] = (System.nanoTime() - t0) / 1_000_000.0;
    }
    java.util.Arrays.sort(ms);
    if (last.statusCode() != 200) {
      throw new IllegalStateException(path + " as " + who + ": " + last.statusCode());
    }
    return new Timing(
        what + " `" + path + "`",
        who,
        ms[rounds / 2],
        ms[(int) Math.ceil(rounds * 0.9) - 1],
        last.body().getBytes(StandardCharsets.UTF_8).length,
        last.statusCode());
  }

  private HttpResponse<String> page(String cookie, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the form, as a browser does; answers the session's cookies. */
  private String signIn(String username) throws Exception {
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&next="
            + URLEncoder.encode(DASHBOARD, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(uri("/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> cookies = r.headers().allValues("Set-Cookie");
    if (r.statusCode() / 100 != 3 || cookies.isEmpty()) {
      throw new IllegalStateException("sign-in of " + username + ": " + r.statusCode());
    }
    return String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
  }

  /**
   * An amending decree of {@link ProvinceDataSet#BIG_DECREE} recorded through the API by the
   * province's coordinator: the impact engine flags the procedures citing it; answers the number of
   * open flags after it.
   */
  private int amend() throws Exception {
    String who = "tk.ubnd-t";
    String number = "31/2026/NĐ-CP";
    HttpResponse<String> created =
        api(
            who,
            "POST",
            "legal-documents",
            "{\"number\":\""
                + number
                + "\",\"type\":\"NGHI_DINH\",\"issuer\":\"Chính phủ\",\"title\":\"Nghị định sửa"
                + " đổi, bổ sung một số điều của Nghị định "
                + ProvinceDataSet.BIG_DECREE
                + "\",\"signedOn\":\"2026-10-01\",\"effectiveFrom\":\"2026-11-15\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("legal document: " + created.statusCode() + created.body());
    }
    long id = json(created.body()).getJsonNumber("id").longValue();
    HttpResponse<String> relation =
        api(
            who,
            "POST",
            "legal-documents/" + id + "/relations",
            "{\"kind\":\"AMENDS\",\"targetNumber\":\""
                + ProvinceDataSet.BIG_DECREE
                + "\",\"articles\":[\"5\",\"12\"],\"effectiveFrom\":\"2026-11-15\"}");
    if (relation.statusCode() != 201) {
      throw new IllegalStateException("relation: " + relation.statusCode() + relation.body());
    }
    return json(api(who, "GET", "flags?status=OPEN&size=1", null).body()).getInt("total");
  }

  /** Until the documents found stop growing for five seconds: the rebuild at start is done. */
  private int waitForTheIndex() throws Exception {
    int indexed = -1;
    int still = 0;
    for (int i = 0; i < 1200 && still < 10; i++) {
      Thread.sleep(500);
      HttpResponse<String> r = api("admin", "GET", "search?q=quy+trinh&type=document&size=1", null);
      int now = r.statusCode() == 200 ? json(r.body()).getInt("total") : -1;
      still = now > 0 && now == indexed ? still + 1 : 0;
      indexed = now;
    }
    return indexed;
  }

  private HttpResponse<String> api(String user, String method, String path, String body)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri("/api/v1/" + path))
            .timeout(Duration.ofMinutes(5))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void waitUntilUp(Process server) throws Exception {
    for (int i = 0; i < 3000; i++) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server stopped; see " + work);
      }
      try {
        if (api("admin", "GET", "me", null).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not come up; see " + work);
  }

  private Process start() throws Exception {
    ProcessBuilder b = CrashBench.server(payara, war, port);
    Map<String, String> env = b.environment();
    env.put("QUYTRINH_DB_URL", dbUrl());
    env.put("QUYTRINH_DB_USER", "quytrinh");
    env.put("QUYTRINH_DB_PASSWORD", "embedded");
    env.put("QUYTRINH_SEARCH_DIR", work.resolve("search").toString());
    b.directory(work.toFile());
    b.redirectErrorStream(true);
    b.redirectOutput(work.resolve("server.log").toFile());
    return b.start();
  }

  private String dbUrl() {
    return "jdbc:h2:" + work.resolve("db/quytrinh") + ";WRITE_DELAY=0";
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /**
   * A hash the platform's {@code Pbkdf2PasswordHash} verifies ({@code Passwords}' parameters:
   * PBKDF2WithHmacSHA256, 210,000 iterations, 32-byte salt and key), made without the container.
   */
  static String pbkdf2(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    byte[] key =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256))
            .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA256:210000:"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  private static JsonObject json(String text) {
    try (var r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }
}
