package vn.quytrinh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract's edges over HTTP: 401, 403, 404 by scope, 400 with field paths, 415, problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

  static final String ADMIN = ProcedureLifecycleIT.ADMIN;
  static final String PASSWORD = ProcedureLifecycleIT.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ProcedureLifecycleIT.deployment();
  }

  @ArquillianResource URL base;

  Api api;

  @BeforeEach
  void open() {
    api = new Api(base);
  }

  @AfterEach
  void close() {
    api.close();
  }

  String unitWithCoordinator(String suffix) {
    String unit = "U-" + suffix;
    api.unitWithCoordinator(
        ADMIN,
        unit,
        "Đơn vị " + suffix,
        "tk-" + suffix.toLowerCase(),
        "Thư ký " + suffix,
        PASSWORD);
    return unit;
  }

  @Test
  void withoutOrWithWrongCredentialsTheAnswerIs401ProblemJson() {
    Api.Answer none = api.get(null, "documents");
    assertEquals(401, none.status());
    assertTrue(none.isProblem(), none.contentType());
    assertEquals(401, none.json().getInt("status"));
    Api.Answer wrong = api.get("admin:not-the-password", "me");
    assertEquals(401, wrong.status());
    assertTrue(wrong.isProblem());
    Api.Answer garbage = api.send(null, "GET", "me", null, null, null);
    assertEquals(401, garbage.status());
  }

  @Test
  void problemsAreInEnglishWhenAskedAndInVietnameseOtherwise() {
    Api.Answer en = api.getIn(ADMIN, "documents/987654321", "en-US,en;q=0.9");
    assertEquals(404, en.status(), en.body());
    assertEquals("Not found", en.json().getString("title"));
    assertEquals("Document 987654321 was not found.", en.json().getString("detail"));
    assertEquals("problem.document.notFound", en.json().getString("key"));

    Api.Answer vi = api.get(ADMIN, "documents/987654321");
    assertEquals(404, vi.status(), vi.body());
    assertEquals("Không tìm thấy", vi.json().getString("title"));
    assertEquals("Không tìm thấy tài liệu 987654321.", vi.json().getString("detail"));
    assertEquals("problem.document.notFound", vi.json().getString("key"));

    // any language but English is Vietnamese; sign-in refusals and bad parameters follow too
    assertEquals(
        "Không tìm thấy tài liệu 987654321.",
        api.getIn(ADMIN, "documents/987654321", "fr-FR").json().getString("detail"));
    assertEquals(
        "Authentication is required.",
        api.getIn(null, "documents", "en").json().getString("detail"));
    Api.Answer badPage = api.getIn(ADMIN, "documents?page=x", "en");
    assertEquals(400, badPage.status(), badPage.body());
    assertEquals("Invalid input", badPage.json().getString("title"));
  }

  @Test
  void everyAnswerCarriesSecurityHeaders() {
    Api.HeadAnswer me = api.headers(ADMIN, "me");
    assertEquals(200, me.status());
    assertEquals("nosniff", me.header("X-Content-Type-Options"));
    assertEquals("no-store", me.header("Cache-Control"));
    assertTrue(me.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
  }

  @Test
  void everyActionAnswersEachRoleAsTheContractTableSays() {
    List<String> mismatches = new PermissionTable(api, ADMIN, PASSWORD).play();
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
  }

  @Test
  void hundredsOfMalformedRequestsAreAll4xxProblemsAndChangeNothing() {
    BadInputCorpus.Outcome o = new BadInputCorpus(api, ADMIN, PASSWORD).play();
    assertTrue(o.sent() >= 200, "a corpus of at least 200, not " + o.sent());
    assertTrue(
        o.mismatches().isEmpty(),
        o.mismatches().size() + " of " + o.sent() + ":\n" + String.join("\n", o.mismatches()));
  }

  @Test
  void meDescribesTheCaller() {
    JsonObject me = api.get(ADMIN, "me").json();
    assertEquals("admin", me.getString("username"));
    assertEquals("ADMIN", me.getJsonArray("roles").getString(0));
  }

  @Test
  void aPersonChoosesTheirLanguageAndChangesTheirOwnPassword() {
    String s = UUID.randomUUID().toString().substring(0, 6).toLowerCase();
    String first = "Sổ tay chất lượng xã Hòa Bình " + s;
    String next = "Cổng làng mở lúc sáu giờ " + s;
    api.unitWithCoordinator(ADMIN, "ME-" + s, "Xã " + s, "me." + s, "Người " + s, first);
    String me = "me." + s + ":" + first;

    Api.Answer read = api.get(me, "me");
    assertEquals("vi", read.json().getString("language"), "Vietnamese until chosen");
    assertEquals(428, api.put(me, "me/language", Map.of("language", "en"), null).status());
    assertEquals(400, api.put(me, "me/language", Map.of("language", "fr"), "*").status());
    Api.Answer chosen = api.put(me, "me/language", Map.of("language", "en"), read.etag());
    assertEquals(200, chosen.status(), chosen.body());
    assertEquals("en", chosen.json().getString("language"));
    assertEquals(
        412,
        api.put(me, "me/language", Map.of("language", "vi"), read.etag()).status(),
        "a stale ETag");
    assertEquals("en", api.get(me, "me").json().getString("language"));

    Api.Answer wrong =
        api.post(me, "me/password", Map.of("currentPassword", "không đúng", "newPassword", next));
    assertEquals(403, wrong.status(), wrong.body());
    Api.Answer weak =
        api.post(me, "me/password", Map.of("currentPassword", first, "newPassword", "password123"));
    assertEquals(400, weak.status(), weak.body());
    assertEquals(
        "newPassword", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(200, api.get(me, "me").status(), "refusals change nothing");

    Api.Answer changed =
        api.post(me, "me/password", Map.of("currentPassword", first, "newPassword", next));
    assertEquals(204, changed.status(), changed.body());
    assertEquals(401, api.get(me, "me").status(), "the old password no longer opens");
    assertEquals(200, api.get("me." + s + ":" + next, "me").status());
  }

  @Test
  void onlyAnAdministratorManagesUnitsAndPeople() {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    assertEquals(
        403,
        api.post(coordinator, "units", Map.of("code", "X-" + s, "name", "Khác", "level", "XA"))
            .status());
    assertEquals(403, api.get(coordinator, "users").status());
    assertEquals(
        403,
        api.post(
                coordinator,
                "users",
                Map.of(
                    "username",
                    "x" + s.toLowerCase(),
                    "fullName",
                    "X",
                    "unitCode",
                    unit,
                    "roles",
                    List.of("ADMIN"),
                    "password",
                    PASSWORD))
            .status());
    Api.Answer shortPassword =
        api.post(
            ADMIN,
            "users",
            Map.of(
                "username",
                "ngan" + s.toLowerCase(),
                "fullName",
                "Mật khẩu ngắn",
                "unitCode",
                unit,
                "roles",
                List.of("READER"),
                "password",
                "123456789"));
    assertEquals(400, shortPassword.status());
    assertEquals(
        "password",
        shortPassword.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        409,
        api.post(ADMIN, "units", Map.of("code", unit, "name", "Trùng", "level", "XA")).status());
  }

  @Test
  void aCoordinatorWorksOnlyInTheOwnUnitAndDoesNotSeeOthers() {
    String a = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String b = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unitA = unitWithCoordinator(a);
    String unitB = unitWithCoordinator(b);
    String coordA = "tk-" + a.toLowerCase() + ":" + PASSWORD;
    String coordB = "tk-" + b.toLowerCase() + ":" + PASSWORD;
    Api.Answer foreign =
        api.post(
            coordA,
            "documents",
            Map.of(
                "code", "QT-01", "title", "Ngoài phạm vi", "kind", "PROCEDURE", "unitCode", unitB));
    assertEquals(403, foreign.status());
    Api.Answer own =
        api.post(
            coordB,
            "documents",
            Map.of(
                "code",
                "QT-01",
                "title",
                "Quy trình của B",
                "kind",
                "PROCEDURE",
                "unitCode",
                unitB));
    assertEquals(201, own.status());
    long id = own.json().getJsonNumber("id").longValue();
    assertEquals(
        404, api.get(coordA, "documents/" + id).status(), "outside the read scope is not found");
    assertEquals(0, api.get(coordA, "documents?unit=" + unitB).json().getInt("total"));
    assertEquals(
        403,
        api.post(
                ADMIN,
                "documents",
                Map.of(
                    "code",
                    "QT-02",
                    "title",
                    "Quản trị không soạn",
                    "kind",
                    "PROCEDURE",
                    "unitCode",
                    unitA))
            .status());
  }

  @Test
  void badInputIs400WithFieldPathsAndChangesNothing() {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String c = "tk-" + s.toLowerCase() + ":" + PASSWORD;

    Api.Answer missing =
        api.post(
            c,
            "documents",
            Map.of(
                "code",
                "QT-01",
                "kind",
                "PROCEDURE",
                "unitCode",
                unit,
                "tthcCodes",
                List.of("1.001193", "abc")));
    assertEquals(400, missing.status());
    assertTrue(missing.isProblem());
    String fields = missing.json().getJsonArray("errors").toString();
    assertTrue(fields.contains("\"title\""), fields);
    assertTrue(fields.contains("tthcCodes[1]"), fields);
    assertEquals(0, api.get(c, "documents?unit=" + unit).json().getInt("total"));

    Api.Answer badCode =
        api.post(
            c,
            "documents",
            Map.of("code", "<script>", "title", "X", "kind", "PROCEDURE", "unitCode", unit));
    assertEquals(400, badCode.status());

    Api.Answer malformed = api.raw(c, "POST", "documents", "{\"code\": ", "application/json");
    assertEquals(400, malformed.status());
    assertTrue(malformed.isProblem());

    Api.Answer badEnum =
        api.raw(
            c,
            "POST",
            "documents",
            "{\"code\":\"QT-1\",\"title\":\"X\",\"kind\":\"NOVEL\",\"unitCode\":\"" + unit + "\"}",
            "application/json");
    assertEquals(400, badEnum.status());
    assertTrue(badEnum.isProblem());

    Api.Answer wrongType = api.raw(c, "POST", "documents", "code=QT-1", "text/plain");
    assertEquals(415, wrongType.status());
    assertTrue(wrongType.isProblem());

    long id =
        api.post(
                c,
                "documents",
                Map.of(
                    "code", "QT-01", "title", "Quy trình", "kind", "PROCEDURE", "unitCode", unit))
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Answer draft = api.post(c, "documents/" + id + "/versions", null);
    Api.Answer badDays =
        api.put(
            c,
            "documents/" + id + "/versions/1",
            Map.of(
                "content",
                Map.of(
                    "steps",
                    List.of(
                        Map.of("action", "A", "responsible", "B", "days", 1),
                        Map.of("action", "A", "responsible", "B", "days", -1)))),
            draft.etag());
    assertEquals(400, badDays.status());
    assertEquals(
        "content.steps[1].days",
        badDays.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Answer wrongNumber =
        api.raw(
            c,
            "PUT",
            "documents/" + id + "/versions/1",
            "{\"content\":{\"steps\":[{\"days\":\"nhiều\"}]}}",
            "application/json");
    assertTrue(wrongNumber.status() == 400 || wrongNumber.status() == 428, wrongNumber.body());
    Api.Answer huge =
        api.put(
            c,
            "documents/" + id + "/versions/1",
            Map.of("content", Map.of("purpose", "x".repeat(1_000_000))),
            "*");
    assertEquals(400, huge.status());
    assertEquals(
        "content.purpose", huge.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void theAuditTrailRecordsChangesAndVerifies() {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    assertEquals(
        201,
        api.post(
                ADMIN,
                "users",
                Map.of(
                    "username",
                    "dg-" + s.toLowerCase(),
                    "fullName",
                    "Đánh giá viên",
                    "unitCode",
                    unit,
                    "roles",
                    List.of("AUDITOR"),
                    "password",
                    PASSWORD))
            .status());
    String auditor = "dg-" + s.toLowerCase() + ":" + PASSWORD;
    long id =
        api.post(
                coordinator,
                "documents",
                Map.of(
                    "code", "QT-AU", "title", "Quy trình", "kind", "PROCEDURE", "unitCode", unit))
            .json()
            .getJsonNumber("id")
            .longValue();
    api.get("tk-" + s.toLowerCase() + ":sai-mat-khau-9", "me");

    JsonObject events = api.get(auditor, "audit?entity=DOCUMENT&id=" + id).json();
    assertEquals(1, events.getInt("total"), events.toString());
    JsonObject created = events.getJsonArray("items").getJsonObject(0);
    assertEquals("CREATE", created.getString("action"));
    assertEquals("tk-" + s.toLowerCase(), created.getString("actor"));
    assertEquals(64, created.getString("hash").length());
    // failed sign-ins are gathered: one SIGN_IN_FAILED event per source and period, naming them;
    // an event of no unit, read by OVERSIGHT and not by a unit's auditor
    assertEquals(
        201,
        api.post(
                ADMIN,
                "users",
                Map.of(
                    "username",
                    "tt-" + s.toLowerCase(),
                    "fullName",
                    "Thanh tra",
                    "roles",
                    List.of("OVERSIGHT"),
                    "password",
                    PASSWORD))
            .status());
    String oversight = "tt-" + s.toLowerCase() + ":" + PASSWORD;
    assertTrue(
        PermissionTable.eventually(
            () -> {
              String trail = api.get(oversight, "audit?entity=SOURCE&size=500").body();
              return trail.contains("SIGN_IN_FAILED") && trail.contains("tk-" + s.toLowerCase());
            }),
        "a SIGN_IN_FAILED summary names tk-" + s.toLowerCase());
    String auditorSees = api.get(auditor, "audit?entity=SOURCE&size=500").body();
    assertTrue(!auditorSees.contains("SIGN_IN_FAILED"), auditorSees);
    // the creation of a person of no unit (the overseer) is not the unit auditor's either
    String people = api.get(auditor, "audit?entity=USER&size=500").body();
    assertTrue(people.contains("dg-" + s.toLowerCase()), people);
    assertTrue(!people.contains("tt-" + s.toLowerCase()), people);

    assertEquals(403, api.get(coordinator, "audit/verify").status());
    JsonObject verification = api.get(auditor, "audit/verify").json();
    assertTrue(verification.getBoolean("valid"), verification.toString());
    assertTrue(verification.getJsonNumber("events").longValue() > 3);
  }

  /** The same request ten times at once, each from its own thread: the statuses answered. */
  List<Integer> tenAtOnce(java.util.function.Supplier<Api.Answer> request) throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(10);
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(10);
    try {
      List<java.util.concurrent.Future<Api.Answer>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) {
        all.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.get();
                }));
      }
      List<Integer> statuses = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<Api.Answer> f : all) {
        Api.Answer a = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
        statuses.add(a.status());
        if (a.status() >= 400) {
          statuses.add(-1);
          System.err.println("racing repeat answered " + a.status() + ": " + a.body());
        }
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  static long count(List<Integer> statuses, int status) {
    return statuses.stream().filter(x -> x == status).count();
  }

  @Test
  void theSameRelationOrTthcChangeTenTimesAtOnceIsOne201AndNine200() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    int n = 1000 + new java.util.Random().nextInt(8_000_000);
    String target = n + "/2016/NĐ-CP";
    String acting = (n + 1) + "/2016/NĐ-CP";
    long actingId = 0;
    for (String number : List.of(target, acting)) {
      Api.Answer law =
          api.post(
              coordinator,
              "legal-documents",
              Map.of(
                  "number", number,
                  "type", "NGHI_DINH",
                  "issuer", "Chính phủ",
                  "title", "Quy định chi tiết",
                  "signedOn", "2016-01-01",
                  "effectiveFrom", "2016-02-01"));
      assertEquals(201, law.status(), law.body());
      actingId = law.json().getJsonNumber("id").longValue();
    }
    String relations = "legal-documents/" + actingId + "/relations";
    List<Integer> statuses =
        tenAtOnce(
            () ->
                api.post(
                    coordinator,
                    relations,
                    Map.of(
                        "kind",
                        "AMENDS",
                        "targetNumber",
                        target,
                        "articles",
                        List.of("5"),
                        "effectiveFrom",
                        "2025-01-09")));
    assertEquals(1, count(statuses, 201), "one records it: " + statuses);
    assertEquals(9, count(statuses, 200), "nine are repeats: " + statuses);

    String tthc = "2." + String.format("%06d", n % 1_000_000);
    Api.Answer created =
        api.post(
            coordinator,
            "tthc",
            Map.of(
                "code",
                tthc,
                "name",
                "Thủ tục thử song song",
                "level",
                "XA",
                "unitCodes",
                List.of(unit),
                "timeLimitDays",
                3));
    assertEquals(201, created.status(), created.body());
    List<Integer> changes =
        tenAtOnce(
            () ->
                api.post(
                    coordinator,
                    "tthc/" + tthc + "/changes",
                    Map.of(
                        "kind",
                        "AMENDED",
                        "decisionNumber",
                        n + "/QĐ-UBND",
                        "effectiveFrom",
                        "2025-03-01")));
    assertEquals(1, count(changes, 201), "one records it: " + changes);
    assertEquals(9, count(changes, 200), "nine are repeats: " + changes);
  }

  @Test
  void ifMatchStarOnADraftSavedConcurrentlyIs200Or409NeverA412() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    Api.Answer d =
        api.post(
            coordinator,
            "documents",
            Map.of("code", "QT-SS", "title", "Quy trình", "kind", "PROCEDURE", "unitCode", unit));
    assertEquals(201, d.status(), d.body());
    String doc = "documents/" + d.json().getJsonNumber("id").longValue();
    assertEquals(201, api.post(coordinator, doc + "/versions", null).status());
    java.util.concurrent.atomic.AtomicInteger turn =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Integer> statuses =
        tenAtOnce(
            () ->
                api.put(
                    coordinator,
                    doc + "/versions/1",
                    Map.of(
                        "content",
                        ProcedureLifecycleIT.content(
                            "Mục đích " + turn.incrementAndGet(),
                            List.of(
                                ProcedureLifecycleIT.step(
                                    "Tiếp nhận hồ sơ", "Bộ phận một cửa", 0.5))),
                        "changeSummary",
                        "Soạn song song"),
                    "*"));
    statuses.removeIf(x -> x == -1);
    assertEquals(0, count(statuses, 412), "'*' holds while the draft exists: " + statuses);
    assertTrue(count(statuses, 200) >= 1, statuses.toString());
    assertEquals(10, count(statuses, 200) + count(statuses, 409), statuses.toString());
  }

  /**
   * What the web container used to refuse itself with an empty answer is the application's own
   * problem (scripts/payara.asadmin and RequestGuard): TRACE is 405 with {@code Allow} and echoes
   * nothing, a page's TRACE a page; a URL over 8 KB is 414; headers over 16 KB or over 100 lines
   * are 431; a method no servlet knows is 501 in the application's words, not the container's
   * report; an encoded {@code ..} is the error page's 404. Only what the container cannot decode (a
   * NUL byte in the path) stays its bare 400 (docs/api.md). No answer names the server.
   */
  @Test
  void whatTheContainerRefusedEmptyIsTheApplicationsOwnProblem() throws Exception {
    java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    java.net.URI root = Api.loopback(base);
    String auth =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString((ADMIN).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String marker = "echo-" + UUID.randomUUID();
    java.net.http.HttpResponse<String> trace =
        http.send(
            java.net.http.HttpRequest.newBuilder(root.resolve("api/v1/me"))
                .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Authorization", auth)
                .header("X-Marker", marker)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertProblem(trace, 405, "method-not-allowed");
    assertEquals(
        "GET, HEAD, POST, PUT, DELETE, OPTIONS",
        trace.headers().firstValue("Allow").orElse(""),
        trace.headers().toString());
    assertTrue(!trace.body().contains(marker) && !trace.body().contains("Basic"), trace.body());
    java.net.http.HttpResponse<String> tracePage =
        http.send(
            java.net.http.HttpRequest.newBuilder(root)
                .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/html")
                .header("X-Marker", marker)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(405, tracePage.statusCode(), tracePage.body());
    assertTrue(
        tracePage.body().contains("Yêu cầu không hợp lệ") && !tracePage.body().contains(marker),
        tracePage.body());

    String pad = "a".repeat(9_000);
    assertProblem(
        http.send(
            java.net.http.HttpRequest.newBuilder(root.resolve("api/v1/documents?q=" + pad))
                .header("Authorization", auth)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString()),
        414,
        "uri-too-long");
    java.net.http.HttpRequest.Builder manyHeaders =
        java.net.http.HttpRequest.newBuilder(root.resolve("api/v1/me"))
            .header("Authorization", auth);
    for (int i = 0; i < 120; i++) {
      manyHeaders.header("X-H" + i, "v");
    }
    for (java.net.http.HttpRequest r :
        List.of(
            java.net.http.HttpRequest.newBuilder(root.resolve("api/v1/me"))
                .header("Authorization", auth)
                .header("X-Pad", pad)
                .header("X-Pad-2", pad)
                .build(),
            manyHeaders.build())) {
      java.net.http.HttpResponse<String> a =
          http.send(r, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertProblem(a, 431, "request-header-fields-too-large");
      assertTrue(!a.body().contains(pad), a.body());
    }
    // a header of 9 KB alone, over the container's old bound, is no longer refused
    assertEquals(
        200,
        http.send(
                java.net.http.HttpRequest.newBuilder(root.resolve("api/v1/me"))
                    .header("Authorization", auth)
                    .header("X-Pad", pad)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .statusCode());

    java.net.http.HttpResponse<String> unknown =
        http.send(
            java.net.http.HttpRequest.newBuilder(root.resolve("dang-nhap"))
                .method("FOO", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/html")
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(501, unknown.statusCode(), unknown.body());
    assertTrue(
        unknown.body().contains("Yêu cầu không hợp lệ") && !unknown.body().contains("Payara"),
        unknown.body());

    java.net.http.HttpResponse<String> nul =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(root + "api/v1/documents/1%00"))
                .header("Authorization", auth)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(400, nul.statusCode(), nul.body());
    assertTrue(nul.body().isEmpty(), nul.body());
    for (java.net.http.HttpResponse<String> a : List.of(trace, tracePage, unknown, nul)) {
      assertTrue(
          a.headers().firstValue("Server").isEmpty()
              && a.headers().firstValue("X-Powered-By").isEmpty(),
          a.headers().toString());
    }
    // an encoded '..' is normalised by the container and maps to nothing: the error page's 404
    java.net.http.HttpResponse<String> dots =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(root + "api/v1/%2e%2e/%2e%2e/WEB-INF/web.xml"))
                .header("Authorization", auth)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertProblem(dots, 404, "not-found");
    assertTrue(!dots.body().contains("web-app"), dots.body());
    assertEquals(200, api.get(ADMIN, "me").status(), "the server answers on");
  }

  /**
   * JSON is UTF-8 whatever charset {@code Accept} names: an unknown one answered 500 after the
   * write had been made, ISO-8859-1 turned Vietnamese letters into question marks.
   */
  @Test
  void aCharsetInAcceptChangesNothingOfTheAnswer() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    String auth =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(coordinator.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String title = "Quy trình cấp bản sao trích lục hộ tịch";
    java.net.http.HttpResponse<byte[]> created =
        http.send(
            java.net.http.HttpRequest.newBuilder(Api.loopback(base).resolve("api/v1/documents"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json;charset=bogus")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"code\":\"QT-CS-"
                            + s
                            + "\",\"title\":\""
                            + title
                            + "\",\"kind\":\"PROCEDURE\",\"unitCode\":\""
                            + unit
                            + "\"}",
                        java.nio.charset.StandardCharsets.UTF_8))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    String body = new String(created.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(201, created.statusCode(), body);
    assertTrue(body.contains(title), body);
    long id =
        jakarta.json.Json.createReader(new java.io.StringReader(body))
            .readObject()
            .getJsonNumber("id")
            .longValue();
    for (String charset : List.of("ISO-8859-1", "utf-16", "bogus")) {
      java.net.http.HttpResponse<byte[]> read =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      Api.loopback(base).resolve("api/v1/documents/" + id))
                  .header("Authorization", auth)
                  .header("Accept", "application/json; charset=" + charset)
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      String text = new String(read.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(200, read.statusCode(), charset + ": " + text);
      assertTrue(text.contains(title), charset + ": " + text);
    }
  }

  /** A problem+json answer of this status and type, with the security headers on it. */
  private static void assertProblem(java.net.http.HttpResponse<String> a, int status, String type) {
    assertEquals(status, a.statusCode(), a.body());
    assertTrue(
        a.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        a.headers().toString());
    assertTrue(
        a.body().contains("\"type\":\"https://quytrinh.vn/problems/" + type + "\""), a.body());
    assertTrue(a.body().contains("\"status\":" + status), a.body());
    assertEquals(
        "nosniff",
        a.headers().firstValue("X-Content-Type-Options").orElse(""),
        a.headers().toString());
  }

  @Test
  void searchFindsNewDocumentsWithoutDiacriticsWithinASecondOrTwo() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    String code = "QT-GPXD-" + s;
    assertEquals(
        201,
        api.post(
                coordinator,
                "documents",
                Map.of(
                    "code",
                    code,
                    "title",
                    "Quy trình cấp giấy phép xây dựng nhà ở riêng lẻ",
                    "kind",
                    "PROCEDURE",
                    "unitCode",
                    unit))
            .status());
    String found = "";
    for (int i = 0; i < 40 && !found.contains(code); i++) {
      Thread.sleep(250);
      found = api.get(coordinator, "search?q=giay%20phep%20xay%20dung&type=document").body();
    }
    assertTrue(found.contains(code), found);
    assertTrue(found.contains("<mark>"), found);
    JsonObject byCode = api.get(coordinator, "search?q=" + code.toLowerCase()).json();
    assertEquals(
        code,
        byCode.getJsonArray("items").getJsonObject(0).getString("code"),
        "the exact code ranks first");
    String other =
        "tk-"
            + unitWithCoordinator(UUID.randomUUID().toString().substring(0, 6).toUpperCase())
                .substring(2)
                .toLowerCase();
    assertTrue(
        !api.get(other + ":" + PASSWORD, "search?q=giay%20phep%20xay%20dung").body().contains(code),
        "another unit's draft stays hidden");
    assertEquals(400, api.get(coordinator, "search").status());

    // an import is one event for the whole file; what it wrote is found all the same
    String tthc = "1." + (100000 + Math.abs(s.hashCode() % 899999));
    Api.Answer imported =
        api.upload(
            coordinator,
            "imports/tthc",
            ("STT;Mã TTHC;Tên TTHC\n1;" + tthc + ";Thủ tục cấp phép khai thác nước ngầm\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(200, imported.status(), imported.body());
    String byImport = "";
    for (int i = 0; i < 40 && !byImport.contains(tthc); i++) {
      Thread.sleep(250);
      byImport = api.get(coordinator, "search?q=khai%20thac%20nuoc%20ngam&type=tthc").body();
    }
    assertTrue(byImport.contains(tthc), byImport);
  }

  static byte[] lawText(String file) throws java.io.IOException {
    return java.nio.file.Files.readAllBytes(
        java.nio.file.Path.of("src/test/resources/vn/quytrinh/legal/text/texts", file));
  }

  static JsonObject article(JsonObject text, String number) {
    return text.getJsonArray("articles").stream()
        .map(JsonObject.class::cast)
        .filter(a -> a.getString("number").equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Điều " + number + " in " + text));
  }

  static String point(JsonObject text, String article, String clause, String point) {
    JsonObject c =
        article(text, article).getJsonArray("clauses").stream()
            .map(JsonObject.class::cast)
            .filter(x -> x.getString("number").equals(clause))
            .findFirst()
            .orElseThrow();
    return c.getJsonArray("points").stream()
        .map(JsonObject.class::cast)
        .filter(x -> x.getString("label").equals(point))
        .findFirst()
        .orElseThrow()
        .getString("text");
  }

  /**
   * Thông tư 38/2018/TT-BTC as issued and Thông tư 62/2019/TT-BTC that amends it from 21/10/2019,
   * both real texts: imported (a dry run first), the amending instructions proposed, confirmed, and
   * the consolidated text read the day before and the day the amendment takes effect.
   */
  @Test
  void aLegalTextIsImportedAndReadAsInForceBeforeAndAfterItsConfirmedAmendment() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    long tt38 = legalDocument(coordinator, "38/2018/TT-BTC", "2018-04-20", "2018-06-05");
    long tt62 = legalDocument(coordinator, "62/2019/TT-BTC", "2019-09-05", "2019-10-21");
    String text38 = "legal-documents/" + tt38 + "/text";

    // a procedure that cites the article the amendment changes
    Api.Answer d =
        api.post(
            coordinator,
            "documents",
            Map.of(
                "code",
                "QT-XX-" + s,
                "title",
                "Xác định xuất xứ",
                "kind",
                "PROCEDURE",
                "unitCode",
                unit));
    assertEquals(201, d.status(), d.body());
    String doc = "documents/" + d.json().getJsonNumber("id").longValue();
    Api.Answer v = api.post(coordinator, doc + "/versions", null);
    Map<String, Object> content =
        new java.util.HashMap<>(
            ProcedureLifecycleIT.content(
                "Kiểm tra xuất xứ",
                List.of(ProcedureLifecycleIT.step("Tiếp nhận hồ sơ", "Bộ phận một cửa", 0.5))));
    content.put("legalBasis", List.of(Map.of("number", "38/2018/TT-BTC", "article", "4")));
    assertEquals(
        200,
        api.put(coordinator, doc + "/versions/1", Map.of("content", content), v.etag()).status());

    assertEquals(404, api.get(coordinator, text38).status(), "no text yet");
    Api.Answer dry =
        api.upload(
            coordinator,
            text38 + "?dryRun=true",
            lawText("tt38_2018.txt"),
            "text/plain; charset=UTF-8");
    assertEquals(200, dry.status(), dry.body());
    assertFalse(dry.json().getBoolean("stored"));
    assertEquals(7, dry.json().getInt("articleCount"));
    assertEquals(
        "Phạm vi điều chỉnh",
        dry.json()
            .getJsonObject("structure")
            .getJsonArray("articles")
            .getJsonObject(0)
            .getString("title"));
    assertEquals(404, api.get(coordinator, text38).status(), "a dry run stores nothing");

    Api.Answer stored = api.upload(coordinator, text38, lawText("tt38_2018.txt"), "text/plain");
    assertEquals(201, stored.status(), stored.body());
    assertTrue(stored.json().getBoolean("stored"));
    assertEquals(0, stored.json().getJsonArray("report").size(), stored.body());
    // the articles' words are searchable like the rest (issue 13, point 1)
    String byArticle = "";
    for (int i = 0; i < 40 && !byArticle.contains("\"" + tt38 + "\""); i++) {
      Thread.sleep(250);
      byArticle = api.get(coordinator, "search?q=catalogue%20hinh%20anh&type=legal").body();
    }
    assertTrue(byArticle.contains("\"" + tt38 + "\""), byArticle);
    assertTrue(byArticle.contains("<mark>") && byArticle.contains("Catalogue"), byArticle);
    Api.Answer amending =
        api.upload(
            coordinator,
            "legal-documents/" + tt62 + "/text",
            lawText("tt62_2019.txt"),
            "text/plain");
    assertEquals(201, amending.status(), amending.body());

    Api.Answer proposed = api.get(coordinator, "legal-documents/" + tt62 + "/amendments");
    assertEquals(200, proposed.status(), proposed.body());
    var items = proposed.json().getJsonArray("items");
    assertEquals(5, items.size(), proposed.body());
    assertEquals("AMEND", items.getJsonObject(0).getString("kind"));
    assertEquals("38/2018/TT-BTC", items.getJsonObject(0).getString("target"));
    assertEquals("4.4.b", items.getJsonObject(0).getJsonArray("places").getString(0));
    assertEquals(
        0,
        api.get(coordinator, "flags?documentId=" + d.json().getJsonNumber("id").longValue())
            .json()
            .getInt("total"),
        "proposals raise nothing until confirmed");

    // the person confirms every proposal as read, each from the amendment's effective date
    List<Map<String, Object>> confirmed = new java.util.ArrayList<>();
    for (var item : items) {
      JsonObject p = (JsonObject) item;
      Map<String, Object> c = new java.util.HashMap<>();
      c.put("kind", p.getString("kind"));
      c.put("target", p.getString("target"));
      c.put("places", p.getJsonArray("places").getValuesAs(jakarta.json.JsonString::getString));
      if (!p.isNull("wording")) {
        c.put("wording", p.getString("wording"));
      }
      c.put("effectiveFrom", "2019-10-21");
      confirmed.add(c);
    }
    Api.Answer done =
        api.post(
            coordinator,
            "legal-documents/" + tt62 + "/amendments",
            Map.of("amendments", confirmed));
    assertEquals(200, done.status(), done.body());
    JsonObject relation =
        done.json().getJsonArray("relations").getJsonObject(0).getJsonObject("relation");
    assertEquals("AMENDS", relation.getString("kind"));
    assertEquals(
        List.of("4.4.b", "7a", "15.6.h", "22.1.d"),
        relation.getJsonArray("articles").getValuesAs(jakarta.json.JsonString::getString),
        "the places as precise as the instructions name them (clause precision)");
    assertEquals(1, done.json().getJsonArray("flagsRaised").size(), done.body());
    assertEquals(
        "AFFECTED", done.json().getJsonArray("flagsRaised").getJsonObject(0).getString("severity"));
    var outcomes = done.json().getJsonArray("amendments");
    assertTrue(
        outcomes.getJsonObject(0).getJsonArray("wordings").getJsonObject(0).getBoolean("applied"));
    JsonObject missing = outcomes.getJsonObject(1).getJsonArray("wordings").getJsonObject(0);
    assertEquals("NO_ARTICLE", missing.getString("reason"), "15.6.h is outside the stored text");
    assertFalse(missing.getString("reasonLabel").isBlank());

    JsonObject before = api.get(coordinator, text38 + "?asOf=2019-10-20").json();
    JsonObject after = api.get(coordinator, text38 + "?asOf=2019-10-21").json();
    assertTrue(
        point(before, "4", "4", "b")
            .contains("thì cơ quan hải quan thực hiện thông quan theo quy định"),
        "the old wording the day before");
    assertEquals(
        "38/2018/TT-BTC", article(before, "4").getJsonObject("lastChangedBy").getString("number"));
    assertEquals(
        "Trường hợp người khai hải quan không nộp chứng từ chứng nhận xuất xứ hàng hóa theo quy"
            + " định tại điểm b, điểm c, khoản 1 và khoản 2 Điều này thì hàng hóa không được thông"
            + " quan và bị xử lý theo quy định của pháp luật.",
        point(after, "4", "4", "b"),
        "the new wording from the effective date");
    assertEquals(
        "62/2019/TT-BTC", article(after, "4").getJsonObject("lastChangedBy").getString("number"));
    assertTrue(article(after, "4").getBoolean("amended"));
    assertEquals(7, before.getJsonArray("articles").size());
    assertEquals(
        "7a",
        after.getJsonArray("articles").getJsonObject(7).getString("number"),
        "Điều 7a after Điều 7");

    // the flag shows the cited article's wording before and after
    long flagId =
        done.json().getJsonArray("flagsRaised").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject flag = api.get(coordinator, "flags/" + flagId).json();
    JsonObject change = flag.getJsonArray("wordings").getJsonObject(0);
    assertEquals("4", change.getString("article"), flag.toString());
    assertTrue(change.get("missing") == null || change.isNull("missing"), flag.toString());
    assertTrue(
        change
            .getJsonObject("before")
            .getJsonArray("lines")
            .toString()
            .contains("thực hiện thông quan theo quy định"));
    assertEquals("38/2018/TT-BTC", change.getJsonObject("before").getString("setBy"));
    assertEquals("62/2019/TT-BTC", change.getJsonObject("after").getString("setBy"));
    assertFalse(
        change
            .getJsonObject("after")
            .getJsonArray("lines")
            .toString()
            .contains("thực hiện thông quan theo quy định"));
    JsonObject listed =
        api.get(coordinator, "flags?documentId=" + d.json().getJsonNumber("id").longValue())
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertTrue(
        listed.get("wordings") == null || listed.isNull("wordings"),
        "the list stays short: the wordings are on the flag's own view");

    // the same confirmed again records nothing new and raises nothing
    Api.Answer again =
        api.post(
            coordinator,
            "legal-documents/" + tt62 + "/amendments",
            Map.of("amendments", confirmed));
    assertEquals(200, again.status(), again.body());
    assertEquals(0, again.json().getJsonArray("flagsRaised").size());
    assertEquals(after, api.get(coordinator, text38 + "?asOf=2019-10-21").json());

    // a change of a document whose text is not stored (NĐ 59/2018 amending Điều 24 of NĐ 08/2015,
    // which the procedure also cites): the flag says which text is missing
    legalDocument(coordinator, "08/2015/NĐ-CP", "2015-01-21", "2015-03-15");
    long nd59 = legalDocument(coordinator, "59/2018/NĐ-CP", "2018-04-20", "2018-06-05");
    content.put(
        "legalBasis",
        List.of(
            Map.of("number", "38/2018/TT-BTC", "article", "4"),
            Map.of("number", "08/2015/NĐ-CP", "article", "24")));
    Api.Answer v1 = api.get(coordinator, doc + "/versions/1");
    assertEquals(
        200,
        api.put(coordinator, doc + "/versions/1", Map.of("content", content), v1.etag()).status());
    Api.Answer rel =
        api.post(
            coordinator,
            "legal-documents/" + nd59 + "/relations",
            Map.of(
                "kind",
                "AMENDS",
                "targetNumber",
                "08/2015/NĐ-CP",
                "articles",
                List.of("24"),
                "effectiveFrom",
                "2018-06-05"));
    assertEquals(201, rel.status(), rel.body());
    long otherFlag =
        rel.json().getJsonArray("flagsRaised").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject noText =
        api.get(coordinator, "flags/" + otherFlag).json().getJsonArray("wordings").getJsonObject(0);
    assertEquals("24", noText.getString("article"));
    assertEquals("TARGET_TEXT", noText.getString("missing"), noText.toString());
    assertFalse(noText.getString("missingLabel").isBlank());

    Api.FileAnswer original = api.download(coordinator, text38 + "/original");
    assertEquals(200, original.status());
    assertTrue(java.util.Arrays.equals(lawText("tt38_2018.txt"), original.bytes()));
    assertTrue(
        original.disposition().startsWith("attachment; filename=\"text-"), original.disposition());
    assertEquals(
        "nosniff", api.headers(coordinator, text38 + "/original").header("X-Content-Type-Options"));
  }

  @Test
  void aLegalTextThatCannotBeReadIsA4xxProblemAndChangesNothing() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    long id =
        legalDocument(
            coordinator,
            "9" + (100 + new java.util.Random().nextInt(800)) + "/2024/TT-BTC",
            "2024-01-02",
            "2024-03-01");
    String text = "legal-documents/" + id + "/text";
    byte[] doc = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    Api.Answer legacy = api.upload(coordinator, text, doc, "application/msword");
    assertEquals(415, legacy.status(), legacy.body());
    assertTrue(legacy.isProblem());
    assertTrue(
        legacy.json().getString("detail").contains("libreoffice --headless --convert-to docx"),
        legacy.body());
    Api.Answer noArticle =
        api.upload(
            coordinator,
            text,
            "Không có điều nào.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/plain");
    assertEquals(400, noArticle.status(), noArticle.body());
    assertTrue(noArticle.isProblem());
    assertEquals(
        400,
        api.upload(coordinator, text, new byte[] {'a', (byte) 0xC3, 0x28}, "text/plain").status());
    assertEquals(
        415,
        api.upload(
                coordinator,
                text,
                "Điều 1. A".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "image/png")
            .status());
    assertEquals(
        413,
        api.upload(coordinator, text, new byte[Api.CONFIGURED_UPLOAD_LIMIT + 1], "text/plain")
            .status());
    assertEquals(403, api.upload(ADMIN, text, lawText("tt38_2018.txt"), "text/plain").status());
    assertEquals(404, api.get(coordinator, text).status(), "nothing stored by any of them");
    assertEquals(404, api.get(coordinator, "legal-documents/999999999/text").status());
    assertEquals(400, api.get(coordinator, text + "?asOf=2019-13-45").status());

    Api.Answer empty =
        api.post(
            coordinator, "legal-documents/" + id + "/amendments", Map.of("amendments", List.of()));
    assertEquals(400, empty.status(), empty.body());
    Api.Answer bad =
        api.post(
            coordinator,
            "legal-documents/" + id + "/amendments",
            Map.of(
                "amendments",
                List.of(
                    Map.of(
                        "kind",
                        "NONSENSE",
                        "target",
                        "1/2099/TT-XX",
                        "places",
                        List.of("4.4.b")))));
    assertEquals(400, bad.status(), bad.body());
    String fields = bad.json().getJsonArray("errors").toString();
    assertTrue(
        fields.contains("amendments[0].kind") && fields.contains("amendments[0].target"), fields);
    assertEquals(
        404,
        api.get(coordinator, "legal-documents/" + id + "/amendments").status(),
        "no text: nothing to propose");
  }

  long legalDocument(String user, String number, String signedOn, String effectiveFrom) {
    boolean decree = number.endsWith("NĐ-CP");
    Api.Answer a =
        api.post(
            user,
            "legal-documents",
            Map.of(
                "number",
                number,
                "type",
                decree ? "NGHI_DINH" : "THONG_TU",
                "issuer",
                decree ? "Chính phủ" : "Bộ Tài chính",
                "title",
                (decree ? "Nghị định " : "Thông tư ") + number,
                "signedOn",
                signedOn,
                "effectiveFrom",
                effectiveFrom));
    assertEquals(201, a.status(), a.body());
    return a.json().getJsonNumber("id").longValue();
  }

  @Test
  void importsAreAllOrNothingIdempotentAndRefuseBadFiles() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    byte[] annex =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("sample-data/tthc-quyet-dinh-cong-bo.xlsx"));

    Api.Answer dry = api.upload(coordinator, "imports/tthc?dryRun=true&unit=" + unit, annex, xlsx);
    assertEquals(200, dry.status(), dry.body());
    assertTrue(dry.json().getBoolean("dryRun"));
    Api.Answer first = api.upload(coordinator, "imports/tthc?unit=" + unit, annex, xlsx);
    assertEquals(200, first.status(), first.body());
    int created = first.json().getInt("created");
    int updated = first.json().getInt("updated");
    assertEquals(6, created + updated + first.json().getInt("unchanged"));
    JsonObject tthc = api.get(coordinator, "tthc/1.001612").json();
    assertTrue(tthc.getJsonArray("unitCodes").toString().contains(unit), tthc.toString());
    Api.Answer second = api.upload(coordinator, "imports/tthc?unit=" + unit, annex, xlsx);
    assertEquals(6, second.json().getInt("unchanged"), second.body());

    String bad = "STT;Mã TTHC;Tên TTHC\n1;9.999998;Thủ tục thử\n2;không-phải-mã;Sai\n";
    Api.Answer rejected =
        api.upload(
            coordinator,
            "imports/tthc",
            bad.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(400, rejected.status(), rejected.body());
    assertTrue(rejected.isProblem());
    assertEquals(3, rejected.json().getJsonArray("rejected").getJsonObject(0).getInt("line"));
    assertEquals(404, api.get(coordinator, "tthc/9.999998").status(), "nothing written");

    assertEquals(
        415,
        api.upload(
                coordinator,
                "imports/tthc",
                "STT;Mã TTHC\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                xlsx)
            .status());
    assertEquals(
        415, api.upload(coordinator, "imports/tthc", new byte[] {1, 2, 3}, "image/png").status());
    assertEquals(403, api.upload(ADMIN, "imports/tthc", annex, xlsx).status());
    // the server runs with a configured limit (1 MiB, far under the 20 MB default): one byte
    // over it is refused, a file of exactly that size is read
    int limit = Api.CONFIGURED_UPLOAD_LIMIT;
    Api.Answer tooLarge = api.upload(coordinator, "imports/tthc", new byte[limit + 1], "text/csv");
    assertEquals(413, tooLarge.status(), tooLarge.body());
    assertTrue(tooLarge.isProblem());
    Api.Answer atTheLimit = api.upload(coordinator, "imports/tthc", new byte[limit], "text/csv");
    assertNotEquals(413, atTheLimit.status(), atTheLimit.body());
    assertTrue(
        atTheLimit.status() >= 400 && atTheLimit.status() < 500 && atTheLimit.isProblem(),
        "read, then refused for its content: " + atTheLimit.status() + " " + atTheLimit.body());

    // an existing procedure written in Word becomes a draft with its structured content
    String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    byte[] word =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("sample-data/QT-04-HT-dang-ky-ket-hon.docx"));
    Api.Answer procedure = api.upload(coordinator, "imports/procedures?unit=" + unit, word, docx);
    assertEquals(200, procedure.status(), procedure.body());
    assertEquals(1, procedure.json().getInt("created"));
    assertTrue(procedure.json().getJsonArray("notes").toString().contains("5.9"), procedure.body());
    JsonObject docs = api.get(coordinator, "documents?unit=" + unit + "&q=QT-04").json();
    long id = docs.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject v1 = api.get(coordinator, "documents/" + id + "/versions/1").json();
    assertEquals("DRAFT", v1.getString("status"));
    assertEquals(4, v1.getJsonObject("content").getJsonArray("steps").size());
    Api.Answer again = api.upload(coordinator, "imports/procedures?unit=" + unit, word, docx);
    assertEquals(200, again.status(), "the same file again changes nothing: " + again.body());
    assertEquals(1, again.json().getInt("unchanged"), again.body());
    assertEquals(0, again.json().getInt("created") + again.json().getInt("updated"));
    assertEquals(
        400,
        api.upload(coordinator, "imports/procedures?unit=" + unit, annex, docx).status(),
        "a zip that is no Word file");
  }

  /**
   * The org chart from a spreadsheet: an administrator's (403 for a coordinator, before the file is
   * read); a dry run writes nothing; a parent below its child in the file is written first; a new
   * person is created inactive, the file holding no password; both endpoints are in /openapi.
   */
  @Test
  void anAdministratorImportsUnitsAndPeopleWithADryRunAndNobodyElseMay() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    byte[] units =
        ("Mã đơn vị;Tên đơn vị;Cấp;Mã đơn vị cấp trên\n"
                + (unit + ".VP;Văn phòng " + s + ";Phòng;" + unit + ".BP\n")
                + (unit + ".BP;Bộ phận " + s + ";PHONG;" + unit + "\n"))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Api.Answer refused = api.upload(coordinator, "imports/units?dryRun=true", units, "text/csv");
    assertEquals(403, refused.status(), refused.body());
    assertTrue(refused.isProblem());

    Api.Answer dry = api.upload(ADMIN, "imports/units?dryRun=true", units, "text/csv");
    assertEquals(200, dry.status(), dry.body());
    assertEquals(2, dry.json().getInt("created"), dry.body());
    assertEquals(404, api.get(ADMIN, "units/" + unit + ".BP").status(), "a dry run writes nothing");
    Api.Answer done = api.upload(ADMIN, "imports/units", units, "text/csv");
    assertEquals(200, done.status(), done.body());
    assertEquals(
        unit + ".BP", api.get(ADMIN, "units/" + unit + ".VP").json().getString("parentCode"));

    String login = "cb-" + s.toLowerCase();
    byte[] people =
        ("Tên đăng nhập;Họ và tên;Chức vụ;Mã đơn vị;Vai trò\n"
                + (login + ";Cán bộ " + s + ";Chuyên viên;" + unit + ".VP;Xem xét\n"))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(403, api.upload(coordinator, "imports/people", people, "text/csv").status());
    Api.Answer peopleDry = api.upload(ADMIN, "imports/people?dryRun=true", people, "text/csv");
    assertEquals(1, peopleDry.json().getInt("created"), peopleDry.body());
    assertEquals(404, api.get(ADMIN, "users/" + login).status(), "a dry run writes nothing");
    Api.Answer peopleDone = api.upload(ADMIN, "imports/people", people, "text/csv");
    assertEquals(200, peopleDone.status(), peopleDone.body());
    assertFalse(peopleDone.json().getJsonArray("notes").isEmpty(), "told how to give a password");
    JsonObject person = api.get(ADMIN, "users/" + login).json();
    assertFalse(person.getBoolean("active"), "no password in the file: created inactive");

    Api.Answer unknownRole =
        api.upload(
            ADMIN,
            "imports/people",
            ("Tên đăng nhập;Họ và tên;Mã đơn vị;Vai trò\n"
                    + login
                    + "2;Người;"
                    + unit
                    + ";Trưởng thôn\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(400, unknownRole.status(), unknownRole.body());
    assertTrue(unknownRole.isProblem());
    assertEquals(
        "problem.import.unknownRole",
        unknownRole.json().getJsonArray("rejected").getJsonObject(0).getString("reasonKey"));

    URL openapi = Api.loopback(base).resolve("/openapi").toURL();
    var o = (java.net.HttpURLConnection) openapi.openConnection();
    String yaml =
        new String(o.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(yaml.contains("/imports/units") && yaml.contains("/imports/people"), "in /openapi");
  }

  @Test
  void aBodyOverTheLimitIs413AndAnUploadOfSomeoneWhoMayNotImportIs403() {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unit = unitWithCoordinator(s);
    Api.Answer reader =
        api.post(
            ADMIN,
            "users",
            Map.of(
                "username",
                "dg-" + s.toLowerCase(),
                "fullName",
                "Người đọc " + s,
                "unitCode",
                unit,
                "roles",
                List.of("READER"),
                "password",
                PASSWORD));
    assertEquals(201, reader.status(), reader.body());
    String readerUser = "dg-" + s.toLowerCase() + ":" + PASSWORD;

    String big = "{\"title\":\"" + "a".repeat(1536 * 1024) + "\"}";
    for (String who : List.of(ADMIN, readerUser)) {
      Api.Answer tooBig = api.raw(who, "POST", "documents", big, "application/json");
      assertEquals(413, tooBig.status(), tooBig.body());
      assertTrue(tooBig.isProblem(), tooBig.contentType());
    }
    Api.Answer small =
        api.post(readerUser, "documents", Map.of("title", "Quy trình", "code", "QT-" + s));
    assertEquals(403, small.status(), "a body within the limit reaches the role check");

    Api.Answer upload =
        api.upload(readerUser, "imports/tthc?dryRun=true", new byte[5 * 1024 * 1024], "text/csv");
    assertEquals(403, upload.status(), upload.body());
    assertTrue(upload.isProblem());
    Api.Answer form =
        api.upload(
            readerUser,
            "imports/legal-documents",
            "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nSTT\r\n--x--\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "multipart/form-data; boundary=x");
    assertEquals(403, form.status(), form.body());
  }

  @Test
  void unknownPathsAndIdsAre404ProblemJson() {
    Api.Answer path = api.get(ADMIN, "no-such-thing");
    assertEquals(404, path.status());
    assertTrue(path.isProblem());
    assertEquals(404, api.get(ADMIN, "documents/999999999").status());
    assertEquals(404, api.get(ADMIN, "documents/not-a-number").status());
    assertEquals(400, api.get(ADMIN, "documents?size=10000").status());
  }

  @Test
  void healthAndOpenApiNeedNoUser() throws Exception {
    URL live = Api.loopback(base).resolve("/health/live").toURL();
    var c = (java.net.HttpURLConnection) live.openConnection();
    assertEquals(200, c.getResponseCode());
    String liveness =
        new String(c.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(liveness.contains("\"jvm\"") && liveness.contains("heapMaxBytes"), liveness);
    // readiness names each background work of this instance, and each is running
    URL ready = Api.loopback(base).resolve("/health/ready").toURL();
    var r = (java.net.HttpURLConnection) ready.openConnection();
    assertEquals(200, r.getResponseCode());
    String checks =
        new String(r.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    for (String work :
        List.of(
            "database",
            "search-index",
            "search-follower",
            "effective-date-scheduler",
            "access-follower")) {
      assertTrue(checks.contains("\"" + work + "\""), work + " in " + checks);
    }
    assertFalse(checks.contains("\"DOWN\""), checks);
    URL openapi = Api.loopback(base).resolve("/openapi").toURL();
    var o = (java.net.HttpURLConnection) openapi.openConnection();
    assertEquals(200, o.getResponseCode());
    String yaml =
        new String(o.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        yaml.contains("/api/v1/documents/{id}/versions/{issueNo}/approve")
            || yaml.contains("/documents/{id}/versions/{issueNo}/approve"),
        yaml.substring(0, Math.min(500, yaml.length())));
    assertNotNull(yaml);
  }

  /** The application's metrics in Prometheus text, as a scraper reads them (no user needed). */
  String metrics() throws Exception {
    URL url = Api.loopback(base).resolve("/metrics?scope=application").toURL();
    var c = (java.net.HttpURLConnection) url.openConnection();
    c.setRequestProperty("Accept", "text/plain");
    assertEquals(200, c.getResponseCode());
    return new String(c.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The sum of the samples of {@code name} whose labels include all of {@code labels}. */
  static double sample(String metrics, String name, String... labels) {
    double sum = 0;
    for (String line : metrics.split("\n")) {
      if ((line.startsWith(name + "{") || line.startsWith(name + " "))
          && java.util.Arrays.stream(labels).allMatch(line::contains)) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  static String ours(String metrics) {
    return String.join(
        "\n",
        metrics
            .lines()
            .filter(
                l -> l.startsWith("quytrinh_") && (l.contains("_count{") || l.contains("_total{")))
            .limit(80)
            .toList());
  }

  @Test
  void metricsCountRequestsByEndpointImpactRunsImportsAndFailedSignIns() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    unitWithCoordinator(s);
    String coordinator = "tk-" + s.toLowerCase() + ":" + PASSWORD;
    int n = 1000 + new java.util.Random().nextInt(8_000_000);
    long actingId = 0;
    for (String number : List.of(n + "/2017/NĐ-CP", (n + 1) + "/2017/NĐ-CP")) {
      Api.Answer law =
          api.post(
              coordinator,
              "legal-documents",
              Map.of(
                  "number", number,
                  "type", "NGHI_DINH",
                  "issuer", "Chính phủ",
                  "title", "Quy định chi tiết",
                  "signedOn", "2017-01-01",
                  "effectiveFrom", "2017-02-01"));
      assertEquals(201, law.status(), law.body());
      actingId = law.json().getJsonNumber("id").longValue();
    }
    String before = metrics();

    assertEquals(200, api.get(ADMIN, "me").status());
    assertEquals(200, api.get(ADMIN, "me").status());
    assertEquals(404, api.get(ADMIN, "documents/987654321").status());
    assertEquals(401, api.get("admin:not-the-password", "me").status());
    Api.Answer dry =
        api.upload(
            coordinator,
            "imports/tthc?dryRun=true",
            ("STT;Mã TTHC;Tên TTHC\n1;1.00" + (1000 + n % 9000) + ";Thủ tục thử đo đếm\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(200, dry.status(), dry.body());
    Api.Answer amended =
        api.post(
            coordinator,
            "legal-documents/" + actingId + "/relations",
            Map.of(
                "kind",
                "AMENDS",
                "targetNumber",
                n + "/2017/NĐ-CP",
                "articles",
                List.of("5"),
                "effectiveFrom",
                "2025-01-09"));
    assertEquals(201, amended.status(), amended.body());
    // a page a caller made up is sent to sign in like a real one, and opens no series of its own
    String madeUp = "/app/r" + s.toLowerCase() + ".xhtml";
    var page =
        (java.net.HttpURLConnection)
            Api.loopback(base).resolve(madeUp.substring(1)).toURL().openConnection();
    page.setInstanceFollowRedirects(false);
    assertEquals(303, page.getResponseCode());

    String after = metrics();
    assertFalse(after.contains(madeUp), "a series for a made-up page");
    String me = "endpoint=\"GET /api/v1/me\"";
    String requests = "quytrinh_http_requests_count";
    assertEquals(
        2,
        sample(after, requests, me, "status=\"2xx\"")
            - sample(before, requests, me, "status=\"2xx\""),
        ours(after));
    String document = "endpoint=\"GET /api/v1/documents/{id}\"";
    assertEquals(
        1,
        sample(after, requests, document, "status=\"4xx\"")
            - sample(before, requests, document, "status=\"4xx\""),
        ours(after));
    assertTrue(sample(after, "quytrinh_http_requests_sum", me) > 0, ours(after));
    String failures = "quytrinh_signin_failures_total";
    assertEquals(
        1,
        sample(after, failures, "reason=\"credentials\"")
            - sample(before, failures, "reason=\"credentials\""),
        ours(after));
    String imports = "quytrinh_imports_total";
    String dryTthc = "kind=\"TTHC\"";
    assertEquals(
        1,
        sample(after, imports, dryTthc, "outcome=\"dry_run\"")
            - sample(before, imports, dryTthc, "outcome=\"dry_run\""),
        ours(after));
    assertEquals(
        1,
        sample(after, "quytrinh_imports_rows_total", dryTthc)
            - sample(before, "quytrinh_imports_rows_total", dryTthc),
        ours(after));
    String runs = "quytrinh_impact_runs_count";
    String legal = "cause=\"LEGAL_RELATION\"";
    assertEquals(1, sample(after, runs, legal) - sample(before, runs, legal), ours(after));
    assertTrue(after.contains("quytrinh_impact_flags_total{"), ours(after));
  }
}
