package vn.quytrinh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.quytrinh.platform.security.Role;

/**
 * The table "Role may do what" of the API contract, played over HTTP: every action, asked by a
 * person holding each role in turn. A role outside the row must be refused (403, or 404 where the
 * thing is hidden from it) and the refusal must change nothing; each role in the row must succeed.
 * Refusals are asked first, then the allowed roles in order, so each row leaves one known state.
 */
final class PermissionTable {

  static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  static final Set<Role> WORK_READERS =
      EnumSet.of(Role.COORDINATOR, Role.REVIEWER, Role.APPROVER, Role.AUDITOR, Role.OVERSIGHT);
  static final Set<Role> REGISTRY_EDITORS = EnumSet.of(Role.COORDINATOR, Role.APPROVER);
  static final Set<Role> TRAIL_VERIFIERS = EnumSet.of(Role.AUDITOR, Role.OVERSIGHT, Role.ADMIN);

  private final Api api;
  private final String admin;
  private final String password;
  private final String s = UUID.randomUUID().toString().substring(0, 6).toLowerCase();
  private final String unit = "PQ-" + s.toUpperCase();
  private final Map<Role, String> people = new EnumMap<>(Role.class);
  private final List<String> mismatches = new ArrayList<>();
  private int counter;
  private final int base = 1000 + new java.util.Random().nextInt(8_000_000);
  private String lawNumber;

  PermissionTable(Api api, String admin, String password) {
    this.api = api;
    this.admin = admin;
    this.password = password;
  }

  /** Every mismatch between the answers and the table, one line each; empty when all agree. */
  List<String> play() {
    setUp();
    String law = registerLaw();
    lawNumber = api.get(people.get(Role.COORDINATOR), "legal-documents/" + law).str("number");
    String effective = effectiveDocument();
    String effectiveV1 = effective + "/versions/1";
    String draft = draftDocument("QT-NHAP");
    String draftV1 = draft + "/versions/1";

    // reading
    row("read an effective version", EVERYONE, 200, who -> api.get(who, effectiveV1));
    row("read a draft", WORK_READERS, 200, who -> api.get(who, draftV1));
    row("history of a draft", WORK_READERS, 200, who -> api.get(who, draftV1 + "/history"));
    row(
        "history of a version in force",
        WORK_READERS,
        200,
        who -> api.get(who, effectiveV1 + "/history"));
    row("signatures", EVERYONE, 200, who -> api.get(who, effectiveV1 + "/signatures"));
    row("actions on a draft", WORK_READERS, 200, who -> api.get(who, draftV1 + "/actions"));
    row(
        "actions on a version in force",
        EVERYONE,
        200,
        who -> api.get(who, effectiveV1 + "/actions"));
    row("flags of the unit", WORK_READERS, 200, who -> api.get(who, "flags?unit=" + unit));
    row("findings of the unit", WORK_READERS, 200, who -> api.get(who, "findings?unit=" + unit));
    row("audit of documents", WORK_READERS, 200, who -> api.get(who, "audit?entity=DOCUMENT"));
    row("verify the whole trail", TRAIL_VERIFIERS, 200, who -> api.get(who, "audit/verify"));
    row("legal documents", EVERYONE, 200, who -> api.get(who, "legal-documents"));
    row("TTHC", EVERYONE, 200, who -> api.get(who, "tthc"));
    row("search", EVERYONE, 200, who -> api.get(who, "search?q=quy+trinh"));
    row(
        "what cites a law",
        EVERYONE,
        200,
        who -> api.get(who, "legal-documents/" + law + "/dependents"));

    // exports follow reading
    row(
        "export effective",
        EVERYONE,
        200,
        who -> status(api.download(who, effectiveV1 + "/export?format=pdf")));
    row(
        "export draft",
        WORK_READERS,
        200,
        who -> status(api.download(who, draftV1 + "/export?format=docx")));
    row(
        "manual",
        EVERYONE,
        200,
        who -> status(api.download(who, "manuals/" + unit + "?format=pdf")));
    row(
        "master list",
        EVERYONE,
        200,
        who -> status(api.download(who, "reports/master-list?unit=" + unit + "&format=xlsx")));
    row(
        "flags register",
        WORK_READERS,
        200,
        who -> status(api.download(who, "reports/flags?unit=" + unit + "&format=xlsx")));
    row(
        "audit register",
        TRAIL_VERIFIERS,
        200,
        who -> status(api.download(who, "reports/audit?format=xlsx")));

    // people and units
    row("list people", EnumSet.of(Role.ADMIN), 200, who -> api.get(who, "users"));
    row(
        "create a unit",
        EnumSet.of(Role.ADMIN),
        201,
        who ->
            api.post(
                who,
                "units",
                Map.of(
                    "code",
                    unit + "-" + next(),
                    "name",
                    "Bộ phận",
                    "parentCode",
                    unit,
                    "level",
                    "KHAC")));
    row(
        "create a person",
        EnumSet.of(Role.ADMIN),
        201,
        who ->
            api.post(
                who,
                "users",
                Map.of(
                    "username",
                    "nv" + s + next(),
                    "fullName",
                    "Nhân viên mới",
                    "unitCode",
                    unit,
                    "roles",
                    List.of("READER"),
                    "password",
                    password)));
    row(
        "rebuild the search index",
        EnumSet.of(Role.ADMIN),
        200,
        who -> api.post(who, "search/rebuild", null));
    // the server under test runs on an in-memory H2 (or PostgreSQL): past the role check, the
    // administrator is told 409 (backups from the application are of an embedded file database)
    row("write a backup", EnumSet.of(Role.ADMIN), 409, who -> api.post(who, "admin/backups", null));

    // drafting, in the own unit
    row(
        "create a document",
        EnumSet.of(Role.COORDINATOR),
        201,
        who ->
            api.post(
                who,
                "documents",
                Map.of(
                    "code",
                    "QT-M" + next(),
                    "title",
                    "Quy trình mới",
                    "kind",
                    "PROCEDURE",
                    "unitCode",
                    unit)));
    row(
        "edit a draft",
        EnumSet.of(Role.COORDINATOR),
        200,
        who ->
            api.put(
                who,
                draftV1,
                Map.of("content", content(), "changeSummary", "Soạn lần " + next()),
                api.get(people.get(Role.COORDINATOR), draftV1).etag()));
    row(
        "start a revision",
        EnumSet.of(Role.COORDINATOR),
        201,
        who -> api.post(who, effective + "/versions", null));
    row(
        "import (dry run)",
        EnumSet.of(Role.COORDINATOR),
        200,
        who ->
            api.upload(
                who,
                "imports/legal-documents?dryRun=true",
                ("Số ký hiệu,Loại văn bản,Cơ quan ban hành,Trích yếu,Ngày ban hành,Ngày hiệu lực\n"
                        + serial()
                        + "/2020/QĐ-UBND,Quyết định,UBND tỉnh,Thử,01/01/2020,01/01/2020\n")
                    .getBytes(StandardCharsets.UTF_8),
                "text/csv"));

    // the workflow on the draft: submit, review, approve, then withdraw the document
    row(
        "submit",
        EnumSet.of(Role.COORDINATOR),
        200,
        who -> api.post(who, draftV1 + "/submit", null));
    Api.Answer wrongPassword =
        api.post(
            people.get(Role.REVIEWER),
            draftV1 + "/review",
            Map.of("decision", "ACCEPT", "password", "khong-phai-mat-khau"));
    expect("a signature with a wrong password", 403, wrongPassword);
    row(
        "review",
        EnumSet.of(Role.REVIEWER),
        200,
        who ->
            api.post(who, draftV1 + "/review", Map.of("decision", "ACCEPT", "password", password)));
    row(
        "approve",
        EnumSet.of(Role.APPROVER),
        200,
        who ->
            api.post(
                who, draftV1 + "/approve", Map.of("decision", "APPROVE", "password", password)));
    row(
        "withdraw a document",
        EnumSet.of(Role.APPROVER),
        200,
        who -> api.post(who, draft + "/withdraw", Map.of("reason", "Thủ tục bị bãi bỏ")));

    // the shared registries
    row(
        "register a legal document",
        REGISTRY_EDITORS,
        201,
        who -> api.post(who, "legal-documents", legalDocument(serial() + "/2019/QĐ-UBND")));
    row(
        "edit a legal document",
        REGISTRY_EDITORS,
        200,
        who ->
            api.put(
                who,
                "legal-documents/" + law,
                legalDocument(
                    api.get(people.get(Role.COORDINATOR), "legal-documents/" + law).str("number")),
                api.get(people.get(Role.COORDINATOR), "legal-documents/" + law).etag()));
    String tthc = tthcCode();
    created(api.post(people.get(Role.COORDINATOR), "tthc", tthcBody(tthc)));
    row(
        "register a TTHC",
        REGISTRY_EDITORS,
        201,
        who -> api.post(who, "tthc", tthcBody(tthcCode())));
    row(
        "edit a TTHC",
        REGISTRY_EDITORS,
        200,
        who ->
            api.put(
                who,
                "tthc/" + tthc,
                tthcBody(tthc),
                api.get(people.get(Role.COORDINATOR), "tthc/" + tthc).etag()));
    String amending = registerLaw();
    row(
        "record an amendment",
        REGISTRY_EDITORS,
        -1,
        who ->
            api.post(
                who,
                "legal-documents/" + amending + "/relations",
                Map.of(
                    "kind", "AMENDS", "targetNumber", lawNumber, "effectiveFrom", "2025-01-09")));
    // the law as text: imported and amended by those who keep the registry, read by everyone
    String text = "legal-documents/" + law + "/text";
    byte[] wording =
        "Điều 1. Phạm vi điều chỉnh\n1. Quy định chung.\nĐiều 5. Hồ sơ\n1. Tờ khai.\n"
            .getBytes(StandardCharsets.UTF_8);
    row(
        "import a legal text (dry run)",
        REGISTRY_EDITORS,
        200,
        who -> api.upload(who, text + "?dryRun=true", wording, "text/plain"));
    row(
        "import a legal text",
        REGISTRY_EDITORS,
        -1,
        who -> api.upload(who, text, wording, "text/plain"));
    row(
        "read a legal text as in force",
        EVERYONE,
        200,
        who -> api.get(who, text + "?asOf=2026-01-01"));
    String amendingText = "legal-documents/" + amending + "/text";
    created(
        api.upload(
            people.get(Role.COORDINATOR),
            amendingText,
            ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số "
                    + lawNumber
                    + "\n1. Sửa đổi khoản 1 Điều 5 như sau:\n“1. Tờ khai theo mẫu.”\nĐiều 2."
                    + " Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 09 tháng 01 năm 2025./.\n")
                .getBytes(StandardCharsets.UTF_8),
            "text/plain"));
    row(
        "amendments proposed from a text",
        EVERYONE,
        200,
        who -> api.get(who, "legal-documents/" + amending + "/amendments"));
    row(
        "confirm proposed amendments",
        REGISTRY_EDITORS,
        200,
        who ->
            api.post(
                who,
                "legal-documents/" + amending + "/amendments",
                Map.of(
                    "amendments",
                    List.of(
                        Map.of(
                            "kind", "AMEND",
                            "target", lawNumber,
                            "places", List.of("5.1"),
                            "wording", "1. Tờ khai theo mẫu.",
                            "effectiveFrom", "2025-01-09")))));
    row(
        "record a TTHC change",
        REGISTRY_EDITORS,
        -1,
        who ->
            api.post(
                who,
                "tthc/" + tthc + "/changes",
                Map.of(
                    "kind",
                    "AMENDED",
                    "decisionNumber",
                    serial() + "/QĐ-UBND",
                    "effectiveFrom",
                    "2025-03-01")));
    String flag =
        String.valueOf(
            api.get(people.get(Role.COORDINATOR), "flags?status=OPEN&unit=" + unit)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue());
    row(
        "dismiss a flag",
        EnumSet.of(Role.APPROVER),
        200,
        who ->
            api.post(
                who,
                "flags/" + flag + "/dismiss",
                Map.of("justification", "Điều được sửa không áp dụng")));
    importsOutsideTheRules();
    trailSays(draft, flag);
    return mismatches;
  }

  /**
   * A procedure import into a unit outside the coordinator's scope is 404, as every read of that
   * unit; a macro-enabled Word file is 415 whatever it holds. Neither reads the file.
   */
  private void importsOutsideTheRules() {
    String coordinator = people.get(Role.COORDINATOR);
    byte[] file = "PK not read".getBytes(StandardCharsets.UTF_8);
    expect(
        "a procedure import into another unit",
        404,
        api.upload(
            coordinator,
            "imports/procedures?dryRun=true&unit=" + unit + "-T",
            file,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    expect(
        "a macro-enabled procedure (.docm)",
        415,
        api.upload(
            coordinator,
            "imports/procedures?dryRun=true&unit=" + unit,
            file,
            "application/vnd.ms-word.document.macroEnabled.12"));
  }

  /**
   * What the table's actions left in the audit trail, as the unit's auditor reads it: each workflow
   * step, the refused signature, the flags raised for this unit and the dismissal, the exports; a
   * failed sign-in is for auditors' eyes, not the coordinator's.
   */
  private void trailSays(String draft, String flag) {
    String id = draft.substring(draft.indexOf('/') + 1);
    String auditor = people.get(Role.AUDITOR);
    expectActions(
        auditor,
        "audit?entity=VERSION&id=" + id + "/1",
        "START_VERSION",
        "SUBMIT",
        "SIGNATURE_REFUSED",
        "ACCEPT_REVIEW",
        "APPROVE",
        "EXPORT");
    expectActions(auditor, "audit?entity=DOCUMENT&id=" + id, "CREATE", "WITHDRAW");
    expectActions(auditor, "audit?entity=FLAG&id=" + flag, "DISMISS");
    expectActions(auditor, "audit?entity=MANUAL&id=" + unit, "EXPORT");
    String raised = api.get(auditor, "audit?entity=LEGAL_RELATION&size=500").body();
    if (!raised.contains("FLAGS_RAISED") || !raised.contains(unit)) {
      mismatches.add("trail: no FLAGS_RAISED event for " + unit + ": " + raised);
    }
    String stranger = "khong-co-ai-" + s;
    expect("a failed sign-in", 401, api.get(stranger + ":" + password, "me"));
    // gathered per source and period (issue 10.7): wait for the period's summary
    String oversight = people.get(Role.OVERSIGHT);
    boolean summarised =
        eventually(
            () -> api.get(oversight, "audit?entity=SOURCE&size=500").body().contains(stranger));
    String coordinatorSees =
        api.get(people.get(Role.COORDINATOR), "audit?entity=SOURCE&size=500").body();
    String auditorSees = api.get(auditor, "audit?entity=SOURCE&size=500").body();
    if (!summarised
        || coordinatorSees.contains("SIGN_IN_FAILED")
        || auditorSees.contains("SIGN_IN_FAILED")) {
      mismatches.add(
          "trail: a failed sign-in (an event of no unit) should show to OVERSIGHT only:"
              + " coordinator "
              + coordinatorSees
              + ", unit auditor "
              + auditorSees);
    }
    // events about a person: the auditors of that person's unit, not its other staff
    String coordinator = people.get(Role.COORDINATOR);
    String peopleForAuditor = api.get(auditor, "audit?entity=USER&size=500").body();
    String peopleForCoordinator = api.get(coordinator, "audit?entity=USER&size=500").body();
    String coordinatorName = coordinator.substring(0, coordinator.indexOf(':'));
    if (!peopleForAuditor.contains(coordinatorName) || peopleForCoordinator.contains("\"USER\"")) {
      mismatches.add(
          "trail: the creation of "
              + coordinatorName
              + " should show to the unit's auditor only: auditor "
              + peopleForAuditor
              + ", coordinator "
              + peopleForCoordinator);
    }
  }

  /** Whether the condition holds within 15 s (for what an instance does once a period). */
  static boolean eventually(java.util.function.BooleanSupplier condition) {
    long end = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }

  private void expectActions(String who, String path, String... actions) {
    Api.Answer a = api.get(who, path);
    var found =
        a.status() != 200
            ? List.<String>of()
            : a.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(e -> e.getString("action"))
                .toList();
    for (String action : actions) {
      if (!found.contains(action)) {
        mismatches.add("trail: " + path + " lacks " + action + " (has " + found + ")");
      }
    }
  }

  private void expect(String what, int status, Api.Answer a) {
    if (a.status() != status) {
      mismatches.add(what + ": expected " + status + ", got " + a.status() + " " + a.body());
    }
  }

  /**
   * One row: the roles outside {@code allowed} first (each must be refused), then each allowed role
   * (each must answer {@code success}, or any 2xx when it is -1).
   */
  private void row(String what, Set<Role> allowed, int success, Function<String, Api.Answer> call) {
    for (Role w : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
      Api.Answer a = call.apply(people.get(w));
      if (a.status() != 403 && a.status() != 404) {
        mismatches.add(what + ": " + w + " should be refused, got " + a.status() + " " + a.body());
      } else if (!a.isProblem()) {
        mismatches.add(what + ": " + w + " refused without problem+json");
      }
    }
    for (Role w : allowed) {
      Api.Answer a = call.apply(people.get(w));
      boolean ok = success == -1 ? a.status() / 100 == 2 : a.status() == success;
      if (!ok) {
        mismatches.add(what + ": " + w + " should succeed, got " + a.status() + " " + a.body());
      }
    }
  }

  private static Api.Answer status(Api.FileAnswer f) {
    boolean problem = f.contentType() != null && f.contentType().startsWith("application/problem");
    return new Api.Answer(
        f.status(),
        f.contentType(),
        null,
        null,
        problem ? new String(f.bytes(), StandardCharsets.UTF_8) : f.bytes().length + " bytes");
  }

  private int next() {
    return ++counter;
  }

  /** A number no other test run uses, for legal document numbers and TTHC codes. */
  private int serial() {
    return base + next();
  }

  private String tthcCode() {
    return "2." + String.format("%06d", serial() % 1_000_000);
  }

  private void setUp() {
    created(
        api.post(
            admin,
            "units",
            Map.of("code", unit, "name", "UBND xã Phân Quyền " + s, "level", "XA")));
    String elsewhere = unit + "-T";
    created(
        api.post(
            admin, "units", Map.of("code", elsewhere, "name", "Thanh tra " + s, "level", "KHAC")));
    people.put(Role.ADMIN, admin);
    for (Role w : EnumSet.range(Role.COORDINATOR, Role.READER)) {
      String username = w.name().toLowerCase().substring(0, 4) + s;
      created(
          api.post(
              admin,
              "users",
              Map.of(
                  "username",
                  username,
                  "fullName",
                  "Người " + w.name().toLowerCase(),
                  "unitCode",
                  w == Role.OVERSIGHT ? elsewhere : unit,
                  "roles",
                  List.of(w.name()),
                  "password",
                  password)));
      people.put(w, username + ":" + password);
    }
  }

  private String effectiveDocument() {
    String doc = draftDocument("QT-HL");
    String v = doc + "/versions/1";
    created200(api.post(people.get(Role.COORDINATOR), v + "/submit", null));
    created200(
        api.post(
            people.get(Role.REVIEWER),
            v + "/review",
            Map.of("decision", "ACCEPT", "password", password)));
    Api.Answer approved =
        api.post(
            people.get(Role.APPROVER),
            v + "/approve",
            Map.of("decision", "APPROVE", "password", password));
    assertEquals("EFFECTIVE", approved.str("status"), approved.body());
    return doc;
  }

  private String draftDocument(String code) {
    Api.Answer d =
        api.post(
            people.get(Role.COORDINATOR),
            "documents",
            Map.of(
                "code", code, "title", "Quy trình " + code, "kind", "PROCEDURE", "unitCode", unit));
    created(d);
    String doc = "documents/" + d.json().getJsonNumber("id").longValue();
    Api.Answer v = api.post(people.get(Role.COORDINATOR), doc + "/versions", null);
    created(v);
    created200(
        api.put(
            people.get(Role.COORDINATOR),
            doc + "/versions/1",
            Map.of("content", content(), "changeSummary", "Ban hành lần đầu"),
            v.etag()));
    return doc;
  }

  /** Content that cites the law of the table, with no article, so any amendment hits it. */
  private Map<String, Object> content() {
    Map<String, Object> c =
        new java.util.HashMap<>(
            ProcedureLifecycleIT.content("Quy định trình tự giải quyết", steps()));
    c.put("legalBasis", List.of(Map.of("number", lawNumber)));
    return c;
  }

  private static List<Map<String, Object>> steps() {
    return List.of(ProcedureLifecycleIT.step("Tiếp nhận hồ sơ", "Bộ phận một cửa", 0.5));
  }

  private String registerLaw() {
    String number = serial() + "/2015/NĐ-CP";
    Api.Answer a = api.post(people.get(Role.COORDINATOR), "legal-documents", legalDocument(number));
    created(a);
    return String.valueOf(a.json().getJsonNumber("id").longValue());
  }

  private static Map<String, Object> legalDocument(String number) {
    return Map.of(
        "number", number,
        "type", "NGHI_DINH",
        "issuer", "Chính phủ",
        "title", "Quy định chi tiết",
        "signedOn", "2015-01-01",
        "effectiveFrom", "2015-02-01");
  }

  private Map<String, Object> tthcBody(String code) {
    return Map.of(
        "code",
        code,
        "name",
        "Thủ tục thử phân quyền",
        "level",
        "XA",
        "unitCodes",
        List.of(unit),
        "timeLimitDays",
        3);
  }

  private static void created(Api.Answer a) {
    assertEquals(201, a.status(), a.body());
  }

  private static void created200(Api.Answer a) {
    assertEquals(200, a.status(), a.body());
  }
}
