package vn.quytrinh.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash bar of {@code quality.md}: {@code kill -9} of the server in the middle of 200
 * concurrent writes; after a restart every write that was answered 2xx is there whole, and the
 * audit trail still verifies. The bench starts Payara Micro itself (the WAR of {@code target/}, an
 * embedded H2 file in a fresh folder, the default {@code WRITE_DELAY=0}), kills it with SIGKILL
 * once half of the writes were answered, and starts it again on the same files.
 */
final class CrashBench {

  record Outcome(
      int sent,
      int answered2xx,
      int failedOrCut,
      int foundAfterRestart,
      List<String> lost,
      boolean trailValid,
      long restartMillis) {}

  private static final String ADMIN = "admin:crash-bench-admin-2026";
  private static final String COORDINATOR = "crash.thuky:crash-bench-password";

  private final Path work;
  private final Path payara;
  private final Path war;
  private final int port;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  CrashBench(Path work, Path payara, Path war, int port) {
    this.work = work;
    this.payara = payara;
    this.war = war;
    this.port = port;
  }

  Outcome run(int writes, int threads) throws Exception {
    Files.createDirectories(work);
    Process server = start("first");
    waitUntilUp();
    send(ADMIN, "units", "{\"code\":\"CRASH\",\"name\":\"Đơn vị thử\",\"level\":\"XA\"}");
    send(
        ADMIN,
        "users",
        "{\"username\":\"crash.thuky\",\"fullName\":\"Thư ký\",\"unitCode\":\"CRASH\","
            + "\"roles\":[\"COORDINATOR\"],\"password\":\"crash-bench-password\"}");

    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger cut = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < writes; i++) {
      String number = (1000 + i) + "/2026/QĐ-UBND";
      pool.submit(
          () -> {
            try {
              HttpResponse<String> r =
                  send(
                      COORDINATOR,
                      "legal-documents",
                      "{\"number\":\""
                          + number
                          + "\",\"type\":\"QUYET_DINH\",\"issuer\":\"UBND tỉnh\","
                          + "\"title\":\"Quyết định thử độ bền số "
                          + number
                          + "\",\"signedOn\":\"2026-01-02\",\"effectiveFrom\":\"2026-01-02\"}");
              if (r.statusCode() / 100 == 2) {
                acknowledged.add(number);
                answered.incrementAndGet();
              } else {
                cut.incrementAndGet();
              }
            } catch (Exception connectionCut) {
              cut.incrementAndGet();
            }
          });
    }
    while (answered.get() < writes / 2) {
      Thread.sleep(1);
    }
    server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
    server.waitFor();
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);

    long t0 = System.nanoTime();
    Process again = start("second");
    waitUntilUp();
    long restart = (System.nanoTime() - t0) / 1_000_000;
    List<String> lost = new ArrayList<>();
    int found = 0;
    for (String number : acknowledged) {
      HttpResponse<String> r =
          get(
              COORDINATOR,
              "legal-documents/lookup?number="
                  + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8));
      if (r.statusCode() == 200 && r.body().contains("Quyết định thử độ bền số " + number)) {
        found++;
      } else {
        lost.add(number + " → " + r.statusCode());
      }
    }
    JsonObject verify = json(get(ADMIN, "audit/verify").body());
    again.destroy();
    again.waitFor(30, TimeUnit.SECONDS);
    return new Outcome(
        writes, acknowledged.size(), cut.get(), found, lost, verify.getBoolean("valid"), restart);
  }

  private Process start(String name) throws Exception {
    ProcessBuilder b = server(payara, war, port);
    Map<String, String> env = b.environment();
    env.put(
        "QUYTRINH_DB_URL",
        "jdbc:h2:"
            + work.resolve("db/quytrinh")
            + ";WRITE_DELAY="
            + Integer.getInteger("bench.writeDelay", 0));
    env.put("QUYTRINH_ADMIN_PASSWORD", ADMIN.substring(ADMIN.indexOf(':') + 1));
    env.put("QUYTRINH_SEARCH_DIR", work.resolve("search").toString());
    b.directory(work.toFile());
    b.redirectErrorStream(true);
    b.redirectOutput(work.resolve("server-" + name + ".log").toFile());
    return b.start();
  }

  private String dbUrl() {
    return "jdbc:h2:"
        + work.resolve("db/quytrinh")
        + ";WRITE_DELAY="
        + Integer.getInteger("bench.writeDelay", 0);
  }

  /** Starts, first and restarted, on the province data set: milliseconds to the first answer. */
  record Restart(long firstStartMillis, long indexMillis, int indexed, long restartMillis) {}

  Restart restart(long seed) throws Exception {
    Files.createDirectories(work);
    javax.sql.DataSource ds = migratedH2(dbUrl());
    try (java.sql.Connection c = ds.getConnection()) {
      ProvinceDataSet.generate(c, seed, ProvinceDataSet.Sizes.province());
    }
    long t0 = System.nanoTime();
    Process first = start("first");
    waitUntilUp();
    long firstStart = (System.nanoTime() - t0) / 1_000_000;
    // the first start builds the search index in the background; wait for it to be whole
    int indexed = 0;
    long t1 = System.nanoTime();
    for (int i = 0; i < 600 && indexed < 20_000; i++) {
      Thread.sleep(500);
      HttpResponse<String> r = get(ADMIN, "search?q=quy+trinh&type=document&size=1");
      if (r.statusCode() == 200) {
        indexed = json(r.body()).getInt("total");
      }
    }
    long index = (System.nanoTime() - t1) / 1_000_000;
    first.destroy(); // SIGTERM: a normal stop
    first.waitFor(60, TimeUnit.SECONDS);
    long t2 = System.nanoTime();
    Process second = start("second");
    waitUntilUp();
    long restart = (System.nanoTime() - t2) / 1_000_000;
    second.destroy();
    second.waitFor(60, TimeUnit.SECONDS);
    return new Restart(firstStart, index, indexed, restart);
  }

  private void waitUntilUp() throws Exception {
    for (int i = 0; i < 1200; i++) {
      try {
        if (get(ADMIN, "me").statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not come up; see " + work);
  }

  private HttpResponse<String> send(String user, String path, String body) throws Exception {
    return client.send(
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return client.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/" + path))
        .timeout(Duration.ofSeconds(30))
        .header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject json(String text) {
    try (var r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  /** An embedded H2 file as the benched server opens it (user and password), schema migrated. */
  static javax.sql.DataSource migratedH2(String url) {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL(url);
    ds.setUser("quytrinh");
    ds.setPassword("embedded");
    vn.quytrinh.platform.config.SchemaMigration.migrate(ds, CrashBench.class.getClassLoader());
    return ds;
  }

  /** Payara Micro with {@code -Xmx512m} serving the WAR at the root on the port, as benched. */
  static ProcessBuilder server(Path payara, Path war, int port) {
    return new ProcessBuilder(
        ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m",
        "-jar",
        payara.toString(),
        "--nocluster",
        "--port",
        Integer.toString(port),
        "--contextroot",
        "/",
        "--deploy",
        war.toString());
  }

  static Path payaraJar() {
    Path m2 =
        Path.of(System.getProperty("user.home"), ".m2", "repository", "fish", "payara", "extras");
    return m2.resolve("payara-micro/6.2025.10/payara-micro-6.2025.10.jar");
  }
}
