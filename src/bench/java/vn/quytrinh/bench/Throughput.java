package vn.quytrinh.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Read throughput of a running server: {@code GET …/versions/{n}} with HTTP Basic against {@code
 * /health/live}, in the same run, on loopback (a stand-in for wrk, which this machine lacks). Each
 * endpoint is driven by a fixed number of client threads over keep-alive connections for a fixed
 * time, alternately, several rounds; requests per second of each round, the median compared.
 */
final class Throughput {

  /** Requests per second of one endpoint in one round, and how many answers were not 200. */
  record Round(double perSecond, long failed) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;
  private final String authorization;

  Throughput(String base, String user) {
    this.base = URI.create(base.endsWith("/") ? base : base + "/");
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
  }

  /** The path of the first version in force the user can read: documents/{id}/versions/{n}. */
  String aVersionInForce() throws Exception {
    JsonObject page = json(get("api/v1/documents?size=50", true).body());
    for (JsonObject d : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
      for (JsonObject v : d.getJsonArray("versions").getValuesAs(JsonObject.class)) {
        if ("EFFECTIVE".equals(v.getString("status"))) {
          return "api/v1/documents/" + d.getJsonNumber("id") + "/versions/" + v.getInt("issueNo");
        }
      }
    }
    throw new IllegalStateException("no version in force readable by the bench user: " + page);
  }

  private static JsonObject json(String text) {
    try (var r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  HttpResponse<String> get(String path, boolean signedIn) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (signedIn) {
      r.header("Authorization", authorization);
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** {@code threads} clients asking {@code path} back to back for {@code seconds}. */
  Round drive(String path, boolean signedIn, int threads, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<long[]>> counts = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      counts.add(
          pool.submit(
              () -> {
                long ok = 0;
                long failed = 0;
                while (!stop.get()) {
                  HttpResponse<String> a = get(path, signedIn);
                  if (a.statusCode() == 200) {
                    ok++;
                  } else {
                    failed++;
                  }
                }
                return new long[] {ok, failed};
              }));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    long ok = 0;
    long failed = 0;
    for (Future<long[]> f : counts) {
      long[] c = f.get();
      ok += c[0];
      failed += c[1];
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    return new Round(ok / elapsed, failed);
  }
}
