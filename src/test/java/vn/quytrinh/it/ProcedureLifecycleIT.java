package vn.quytrinh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The life of a procedure over HTTP, against the built WAR on Payara Micro: drafted, edited with a
 * stale ETag, submitted, returned, resubmitted, reviewed, approved (a wrong password first),
 * effective, then superseded by a revision. Each test builds its own unit and people, so the tests
 * share a server but no state.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureLifecycleIT {

  static final String ADMIN = "admin:it-quantri-matkhau-2026";
  static final String PASSWORD = "mat-khau-du-dai-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("it.war", "target/quytrinh.war")));
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

  /**
   * A unit with a coordinator, a deputy (reviewer and approver), a chairman (approver), a reader.
   */
  record Team(String unit, String coordinator, String deputy, String chairman, String reader) {}

  Team team() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = "XA-" + s;
    Api.Answer created =
        api.post(
            ADMIN, "units", Map.of("code", unit, "name", "UBND xã Thử nghiệm " + s, "level", "XA"));
    // the whole answer on failure: a 404 here once came with no trace in the server's log
    assertEquals(201, created.status(), created::toString);
    person(
        "tk" + s, "Trần Thị Hoa", "Công chức Văn phòng – Thống kê", unit, List.of("COORDINATOR"));
    person("pct" + s, "Lê Văn Minh", "Phó Chủ tịch UBND xã", unit, List.of("REVIEWER", "APPROVER"));
    person("ct" + s, "Nguyễn Văn Hùng", "Chủ tịch UBND xã", unit, List.of("APPROVER"));
    person("cb" + s, "Vũ Đức Anh", "Công chức Tư pháp – Hộ tịch", unit, List.of("READER"));
    return new Team(
        unit,
        "tk" + s + ":" + PASSWORD,
        "pct" + s + ":" + PASSWORD,
        "ct" + s + ":" + PASSWORD,
        "cb" + s + ":" + PASSWORD);
  }

  void person(String username, String fullName, String position, String unit, List<String> roles) {
    Api.Answer a =
        api.post(
            ADMIN,
            "users",
            Map.of(
                "username",
                username,
                "fullName",
                fullName,
                "position",
                position,
                "unitCode",
                unit,
                "roles",
                roles,
                "password",
                PASSWORD));
    assertEquals(201, a.status(), a.body());
  }

  static Map<String, Object> content(String purpose, List<Map<String, Object>> steps) {
    return Map.of(
        "purpose",
        purpose,
        "scope",
        "Áp dụng tại UBND xã",
        "legalBasis",
        List.of(
            Map.of("number", "60/2014/QH13", "article", "16"), Map.of("number", "123/2015/NĐ-CP")),
        "dossier",
        List.of(Map.of("name", "Tờ khai đăng ký khai sinh", "copies", 1)),
        "timeLimitDays",
        1,
        "fee",
        "Miễn lệ phí",
        "steps",
        steps,
        "records",
        List.of(
            Map.of(
                "name",
                "Sổ đăng ký khai sinh",
                "keeper",
                "Công chức Tư pháp – Hộ tịch",
                "retention",
                "Vĩnh viễn")));
  }

  static Map<String, Object> step(String action, String responsible, double days) {
    return Map.of("action", action, "responsible", responsible, "days", days, "output", "Mẫu 01");
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
  }

  @Test
  void aProcedureIsDraftedReviewedApprovedAndSupersededByItsRevision() {
    Team t = team();
    String docs = "documents";

    Api.Answer created =
        api.post(
            t.coordinator(),
            docs,
            Map.of(
                "code",
                "QT-01/HT",
                "title",
                "Quy trình đăng ký khai sinh",
                "kind",
                "PROCEDURE",
                "unitCode",
                t.unit(),
                "tthcCodes",
                List.of("1.001193")));
    assertEquals(201, created.status(), created.body());
    assertNotNull(created.location());
    long id = created.json().getJsonNumber("id").longValue();
    String doc = docs + "/" + id;

    Api.Answer duplicate =
        api.post(
            t.coordinator(),
            docs,
            Map.of(
                "code",
                "qt-01 / ht",
                "title",
                "Trùng mã",
                "kind",
                "PROCEDURE",
                "unitCode",
                t.unit()));
    assertEquals(409, duplicate.status(), "the same code in other case and spacing is a duplicate");
    assertTrue(duplicate.isProblem());

    Api.Answer draft = api.post(t.coordinator(), doc + "/versions", null);
    assertEquals(201, draft.status(), draft.body());
    assertEquals(1, draft.json().getInt("issueNo"));
    assertEquals("DRAFT", draft.str("status"));
    String v1 = doc + "/versions/1";

    // editing needs If-Match; a stale one is refused and changes nothing
    var body =
        Map.of(
            "content",
            content(
                "Quy định trình tự đăng ký khai sinh",
                List.of(
                    step("Tiếp nhận hồ sơ", "Bộ phận TN&TKQ", 0.25),
                    step("Thẩm định, trình ký", "Công chức Tư pháp – Hộ tịch", 0.5),
                    step("Trả kết quả", "Bộ phận TN&TKQ", 0))),
            "changeSummary",
            "Ban hành lần đầu",
            "changeReason",
            "Áp dụng TCVN ISO 9001:2015");
    assertEquals(428, api.put(t.coordinator(), v1, body, null).status());
    Api.Answer saved = api.put(t.coordinator(), v1, body, draft.etag());
    assertEquals(200, saved.status(), saved.body());
    assertNotEquals(draft.etag(), saved.etag());
    assertEquals(
        "Thẩm định, trình ký",
        saved
            .json()
            .getJsonObject("content")
            .getJsonArray("steps")
            .getJsonObject(1)
            .getString("action"));
    Api.Answer stale =
        api.put(
            t.coordinator(),
            v1,
            Map.of("content", content("Mục đích khác", List.of())),
            draft.etag());
    assertEquals(412, stale.status());
    assertTrue(stale.isProblem());
    assertEquals(
        "Quy định trình tự đăng ký khai sinh",
        api.get(t.coordinator(), v1).json().getJsonObject("content").getString("purpose"));

    // the reader does not see drafts; the coordinator cannot review
    assertEquals(404, api.get(t.reader(), v1).status());
    assertEquals(
        403,
        api.post(
                t.coordinator(), v1 + "/review", Map.of("decision", "ACCEPT", "password", PASSWORD))
            .status());

    // submit, return with a comment, resubmit
    assertEquals(
        "IN_REVIEW", api.post(t.coordinator(), v1 + "/submit", null, saved.etag()).str("status"));
    assertEquals(
        409, api.put(t.coordinator(), v1, body, "*").status(), "only drafts can be edited");
    Api.Answer returned =
        api.post(
            t.deputy(),
            v1 + "/review",
            Map.of("decision", "RETURN", "comment", "Bổ sung căn cứ pháp lý"));
    assertEquals(200, returned.status(), returned.body());
    assertEquals("DRAFT", returned.str("status"));
    assertEquals("Bổ sung căn cứ pháp lý", returned.str("lastComment"));
    assertEquals("IN_REVIEW", api.post(t.coordinator(), v1 + "/submit", null).str("status"));

    // review: the password is a signature
    assertEquals(
        403,
        api.post(
                t.deputy(),
                v1 + "/review",
                Map.of("decision", "ACCEPT", "password", "sai-mat-khau-123"))
            .status());
    Api.Answer reviewed =
        api.post(t.deputy(), v1 + "/review", Map.of("decision", "ACCEPT", "password", PASSWORD));
    assertEquals("REVIEWED", reviewed.str("status"), reviewed.body());

    // the reviewer may not also approve; a wrong password is refused and changes nothing
    Api.Answer selfApproval =
        api.post(t.deputy(), v1 + "/approve", Map.of("decision", "APPROVE", "password", PASSWORD));
    assertEquals(403, selfApproval.status());
    assertTrue(selfApproval.isProblem());
    Api.Answer wrong =
        api.post(
            t.chairman(),
            v1 + "/approve",
            Map.of("decision", "APPROVE", "password", "khong-dung-mat-khau"));
    assertEquals(403, wrong.status());
    assertEquals("REVIEWED", api.get(t.coordinator(), v1).str("status"));
    assertEquals(
        400,
        api.post(
                t.chairman(),
                v1 + "/approve",
                Map.of("decision", "APPROVE", "password", PASSWORD, "effectiveFrom", "2020-01-01"))
            .status());

    Api.Answer approved =
        api.post(
            t.chairman(),
            v1 + "/approve",
            Map.of("decision", "APPROVE", "password", PASSWORD),
            reviewed.etag());
    assertEquals(200, approved.status(), approved.body());
    assertEquals("EFFECTIVE", approved.str("status"));
    assertEquals(today(), approved.str("effectiveFrom"));
    assertNotNull(approved.etag());

    JsonObject signatures = api.get(t.coordinator(), v1 + "/signatures").json();
    JsonArray sigs = signatures.getJsonArray("signatures");
    assertEquals(2, sigs.size());
    assertEquals("REVIEW", sigs.getJsonObject(0).getString("capacity"));
    assertEquals("Xem xét", sigs.getJsonObject(0).getString("capacityLabel"));
    assertEquals("APPROVAL", sigs.getJsonObject(1).getString("capacity"));
    assertEquals(
        signatures.getString("currentHash"), sigs.getJsonObject(1).getString("contentHash"));
    assertTrue(sigs.getJsonObject(1).getBoolean("valid"));

    // everyone in the unit reads the effective version
    assertEquals(200, api.get(t.reader(), v1).status());

    // a revision copies the effective content; the diff shows what changed
    Api.Answer rev = api.post(t.coordinator(), doc + "/versions", null);
    assertEquals(201, rev.status(), rev.body());
    assertEquals(2, rev.json().getInt("issueNo"));
    assertEquals(
        409,
        api.post(t.coordinator(), doc + "/versions", null).status(),
        "one version in progress at a time");
    String v2 = doc + "/versions/2";
    assertEquals(
        "Quy định trình tự đăng ký khai sinh",
        rev.json().getJsonObject("content").getString("purpose"));
    var revised =
        Map.of(
            "content",
            content(
                "Quy định trình tự đăng ký khai sinh",
                List.of(
                    step("Tiếp nhận hồ sơ", "Bộ phận TN&TKQ", 0.25),
                    step(
                        "Kiểm tra trên cơ sở dữ liệu hộ tịch", "Công chức Tư pháp – Hộ tịch", 0.25),
                    step("Thẩm định, trình ký", "Công chức Tư pháp – Hộ tịch", 0.5),
                    step("Trả kết quả", "Bộ phận TN&TKQ", 0))),
            "changeSummary",
            "Bổ sung bước kiểm tra trên cơ sở dữ liệu",
            "changeReason",
            "Nghị định 07/2025/NĐ-CP");
    Api.Answer rev2 = api.put(t.coordinator(), v2, revised, rev.etag());
    assertEquals(200, rev2.status(), rev2.body());
    JsonArray changes = api.get(t.deputy(), v2 + "/diff?against=1").json().getJsonArray("changes");
    assertEquals(1, changes.size(), changes.toString());
    assertEquals("content.steps[1]", changes.getJsonObject(0).getString("path"));
    assertEquals(
        "Kiểm tra trên cơ sở dữ liệu hộ tịch",
        changes.getJsonObject(0).getJsonObject("after").getString("action"));

    api.post(t.coordinator(), v2 + "/submit", null);
    assertEquals(
        "REVIEWED",
        api.post(t.deputy(), v2 + "/review", Map.of("decision", "ACCEPT", "password", PASSWORD))
            .str("status"));
    assertEquals(
        "EFFECTIVE",
        api.post(t.chairman(), v2 + "/approve", Map.of("decision", "APPROVE", "password", PASSWORD))
            .str("status"));
    assertEquals("SUPERSEDED", api.get(t.coordinator(), v1).str("status"));
    assertEquals(404, api.get(t.reader(), v1).status(), "a reader sees only the version in force");

    JsonObject document = api.get(t.reader(), doc).json();
    assertEquals(2, document.getInt("effectiveIssueNo"));
    assertEquals(1, document.getJsonArray("versions").size());

    // the revision page is derived from the versions
    JsonArray revisions =
        api.get(t.coordinator(), v2 + "/history").json().getJsonArray("revisions");
    assertEquals(2, revisions.size());
    assertEquals("Ban hành lần đầu", revisions.getJsonObject(0).getString("changeSummary"));
    assertEquals(
        "Nguyễn Văn Hùng",
        revisions.getJsonObject(1).getJsonObject("approvedBy").getString("fullName"));
    assertEquals(
        "Lê Văn Minh",
        revisions.getJsonObject(1).getJsonObject("reviewedBy").getString("fullName"));
    assertEquals(
        "Trần Thị Hoa",
        revisions
            .getJsonObject(1)
            .getJsonArray("draftedBy")
            .getJsonObject(0)
            .getString("fullName"));

    // withdrawal makes the document and its version in force obsolete, with the reason kept
    assertEquals(
        403,
        api.post(t.coordinator(), doc + "/withdraw", Map.of("reason", "Bãi bỏ TTHC")).status());
    Api.Answer withdrawn =
        api.post(t.chairman(), doc + "/withdraw", Map.of("reason", "TTHC bị bãi bỏ"));
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertEquals("OBSOLETE", withdrawn.str("status"));
    assertEquals("TTHC bị bãi bỏ", withdrawn.str("withdrawnReason"));
    assertEquals("OBSOLETE", api.get(t.coordinator(), v2).str("status"));
  }

  /** A unique legal number per test: the registry is shared by every test on this server. */
  static String number(String symbol) {
    return (1000 + (int) (Math.random() * 8_000_000)) + "/2015/" + symbol;
  }

  long register(String coordinator, String number, String type, String effectiveFrom) {
    Api.Answer a =
        api.post(
            coordinator,
            "legal-documents",
            Map.of(
                "number",
                number,
                "type",
                type,
                "issuer",
                "Chính phủ",
                "title",
                "Văn bản " + number,
                "signedOn",
                effectiveFrom,
                "effectiveFrom",
                effectiveFrom));
    assertEquals(201, a.status(), a.body());
    return a.json().getJsonNumber("id").longValue();
  }

  /** A document in force at issue 1 with the given content; returns its id. */
  long inForce(Team t, String code, List<String> tthc, Map<String, Object> content) {
    Api.Answer created =
        api.post(
            t.coordinator(),
            "documents",
            Map.of(
                "code",
                code,
                "title",
                "Quy trình " + code,
                "kind",
                "PROCEDURE",
                "unitCode",
                t.unit(),
                "tthcCodes",
                tthc));
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    String v = "documents/" + id + "/versions/1";
    Api.Answer draft = api.post(t.coordinator(), "documents/" + id + "/versions", null);
    assertEquals(
        200,
        api.put(
                t.coordinator(),
                v,
                Map.of("content", content, "changeSummary", "Ban hành lần đầu"),
                draft.etag())
            .status());
    assertEquals(200, api.post(t.coordinator(), v + "/submit", null).status());
    api.post(t.deputy(), v + "/review", Map.of("decision", "ACCEPT", "password", PASSWORD));
    assertEquals(
        "EFFECTIVE",
        api.post(t.chairman(), v + "/approve", Map.of("decision", "APPROVE", "password", PASSWORD))
            .str("status"));
    return id;
  }

  @Test
  void anAmendedDecreeFlagsTheProcedureUntilItsRevisionIsApproved() {
    Team t = team();
    String decree = number("NĐ-CP");
    String amending = number("NĐ-CP").replace("/2015/", "/2025/");
    register(t.coordinator(), decree, "NGHI_DINH", "2015-04-10");
    long amendingId = register(t.coordinator(), amending, "NGHI_DINH", "2025-01-09");
    assertEquals(
        409,
        api.post(
                t.coordinator(),
                "legal-documents",
                Map.of("number", "Số " + decree.replace("Đ", "D"), "type", "NGHI_DINH"))
            .status(),
        "same number, other spelling");
    assertEquals(
        400,
        api.post(
                t.coordinator(),
                "legal-documents",
                Map.of("number", "123/20xx", "type", "NGHI_DINH"))
            .status());
    assertEquals(
        403,
        api.post(
                t.reader(),
                "legal-documents",
                Map.of("number", number("QĐ-UBND"), "type", "QUYET_DINH"))
            .status());

    String tthc = "2." + (100000 + (int) (Math.random() * 899999));
    Api.Answer procedureCode =
        api.post(
            t.coordinator(),
            "tthc",
            Map.of(
                "code",
                tthc,
                "name",
                "Chứng thực bản sao từ bản chính",
                "level",
                "XA",
                "unitCodes",
                List.of(t.unit()),
                "timeLimitDays",
                1,
                "fee",
                "2.000 đồng/trang",
                "legalBasis",
                List.of(Map.of("number", decree, "article", "20"))));
    assertEquals(201, procedureCode.status(), procedureCode.body());

    var content =
        Map.<String, Object>of(
            "purpose",
            "Chứng thực bản sao",
            "scope",
            "UBND xã",
            "legalBasis",
            List.of(Map.of("number", decree, "article", "Điều 17")),
            "steps",
            List.of(step("Tiếp nhận", "BPTN&TKQ", 0.25), step("Ký chứng thực", "Lãnh đạo", 0.5)));
    long id = inForce(t, "QT-CT-" + tthc, List.of(tthc), content);

    // the amendment of Articles 5 and 17 hits the procedure citing Article 17, in the same request
    var amendment =
        Map.of(
            "kind",
            "AMENDS",
            "targetNumber",
            decree,
            "articles",
            List.of("5", "17"),
            "effectiveFrom",
            "2025-01-09");
    Api.Answer recorded =
        api.post(t.coordinator(), "legal-documents/" + amendingId + "/relations", amendment);
    assertEquals(201, recorded.status(), recorded.body());
    JsonArray raised = recorded.json().getJsonArray("flagsRaised");
    assertEquals(1, raised.size(), raised.toString());
    JsonObject flag = raised.getJsonObject(0);
    assertEquals(id, flag.getJsonNumber("documentId").longValue());
    assertEquals("AFFECTED", flag.getString("severity"));
    assertEquals("2025-04-09", flag.getString("dueOn"));
    assertEquals("OPEN", flag.getString("status"));
    assertEquals("AMENDS", flag.getJsonObject("trigger").getString("kind"));
    assertTrue(flag.getString("reason").contains("sửa đổi, bổ sung"), flag.getString("reason"));

    Api.Answer again =
        api.post(t.coordinator(), "legal-documents/" + amendingId + "/relations", amendment);
    assertEquals(200, again.status(), "recording the same change again");
    assertEquals(0, again.json().getJsonArray("flagsRaised").size());
    assertEquals(1, api.get(t.coordinator(), "flags?documentId=" + id).json().getInt("total"));
    assertEquals(403, api.get(t.reader(), "flags").status());

    // the reverse index: who cites Article 17 (the procedure), and who cites the decree at all
    // (also the TTHC)
    long decreeId =
        api.get(
                t.coordinator(),
                "legal-documents/lookup?number="
                    + java.net.URLEncoder.encode(decree, java.nio.charset.StandardCharsets.UTF_8))
            .jsonStructure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String article17 =
        api.get(t.coordinator(), "legal-documents/" + decreeId + "/dependents?article=17")
            .json()
            .getJsonArray("items")
            .toString();
    assertTrue(article17.contains("\"documentId\":" + id), article17);
    assertFalse(
        article17.contains("\"tthcCode\":\"" + tthc + "\""),
        "the TTHC cites Article 20 only: " + article17);
    String all =
        api.get(t.coordinator(), "legal-documents/" + decreeId + "/dependents")
            .json()
            .getJsonArray("items")
            .toString();
    assertTrue(
        all.contains("\"tthcCode\":\"" + tthc + "\"") && all.contains("\"documentId\":" + id), all);

    // a revision approved with a higher issue resolves the flag
    String v2 = "documents/" + id + "/versions/2";
    Api.Answer rev = api.post(t.coordinator(), "documents/" + id + "/versions", null);
    var revised =
        Map.<String, Object>of(
            "purpose",
            "Chứng thực bản sao",
            "scope",
            "UBND xã",
            "legalBasis",
            List.of(Map.of("number", decree, "article", "17"), Map.of("number", amending)),
            "steps",
            List.of(step("Tiếp nhận", "BPTN&TKQ", 0.25), step("Ký chứng thực", "Lãnh đạo", 0.5)));
    assertEquals(
        200,
        api.put(
                t.coordinator(),
                v2,
                Map.of("content", revised, "changeSummary", "Cập nhật theo " + amending),
                rev.etag())
            .status());
    api.post(t.coordinator(), v2 + "/submit", null);
    api.post(t.deputy(), v2 + "/review", Map.of("decision", "ACCEPT", "password", PASSWORD));
    assertEquals(
        "EFFECTIVE",
        api.post(t.chairman(), v2 + "/approve", Map.of("decision", "APPROVE", "password", PASSWORD))
            .str("status"));
    JsonObject resolved =
        api.get(t.coordinator(), "flags?documentId=" + id)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("RESOLVED", resolved.getString("status"));
    assertEquals(2, resolved.getInt("resolvedByIssue"));

    // a TTHC change flags it again; an approver dismisses that flag with a justification
    Api.Answer change =
        api.post(
            t.coordinator(),
            "tthc/" + tthc + "/changes",
            Map.of(
                "kind", "AMENDED", "decisionNumber", "1234/QĐ-BTP", "effectiveFrom", "2025-03-01"));
    assertEquals(201, change.status(), change.body());
    long flagId =
        change.json().getJsonArray("flagsRaised").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(
        403,
        api.post(t.coordinator(), "flags/" + flagId + "/dismiss", Map.of("justification", "x"))
            .status());
    assertEquals(
        400,
        api.post(t.chairman(), "flags/" + flagId + "/dismiss", Map.of("justification", " "))
            .status());
    Api.Answer dismissed =
        api.post(
            t.chairman(),
            "flags/" + flagId + "/dismiss",
            Map.of("justification", "Thay đổi chỉ về mẫu đơn, quy trình không đổi"));
    assertEquals(200, dismissed.status(), dismissed.body());
    assertEquals("DISMISSED", dismissed.str("status"));
    // read back alone, by the coordinator, who may read it but not dismiss it: who did and why
    Api.Answer read = api.get(t.coordinator(), "flags/" + flagId);
    assertEquals(200, read.status(), read.body());
    assertEquals("DISMISSED", read.str("status"));
    assertEquals(t.chairman().substring(0, t.chairman().indexOf(':')), read.str("dismissedBy"));
    assertEquals("Thay đổi chỉ về mẫu đơn, quy trình không đổi", read.str("justification"));
    assertEquals(
        409,
        api.post(t.chairman(), "flags/" + flagId + "/dismiss", Map.of("justification", "lần hai"))
            .status());
  }

  @Test
  void versionsManualsAndRegistersExportAsPdfWordAndExcel() throws Exception {
    Team t = team();
    var content =
        Map.<String, Object>of(
            "purpose",
            "Quy định trình tự chứng thực bản sao từ bản chính",
            "scope",
            "UBND xã",
            "legalBasis",
            List.of(Map.of("number", "23/2015/NĐ-CP", "article", "18")),
            "steps",
            List.of(
                step("Tiếp nhận, kiểm tra bản chính", "Bộ phận TN&TKQ", 0.25),
                step("Ký chứng thực", "Lãnh đạo", 0.5)));
    String code = "QT-XB-" + t.unit().substring(3);
    long id = inForce(t, code, List.of(), content);
    String v = "documents/" + id + "/versions/1/export";

    Api.FileAnswer pdf = api.download(t.reader(), v + "?format=pdf");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.contentType());
    assertTrue(pdf.disposition().contains("filename*=UTF-8''"), pdf.disposition());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(text.contains(code), text.substring(0, Math.min(300, text.length())));
      assertTrue(text.contains("Nội dung công việc"));
      assertTrue(text.contains("Bản kiểm soát"), "a version in force is a controlled copy");
    }

    Api.FileAnswer docx = api.download(t.coordinator(), v + "?format=docx");
    assertEquals(
        200, docx.status(), new String(docx.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    try (var word =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(
            new java.io.ByteArrayInputStream(docx.bytes()))) {
      String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText();
      assertTrue(all.contains("Ký chứng thực"), all.substring(0, Math.min(300, all.length())));
    }

    Api.FileAnswer manual = api.download(t.reader(), "manuals/" + t.unit() + "?format=pdf");
    assertEquals(200, manual.status());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(manual.bytes())) {
      assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains(code));
    }

    // the manual can print, under each legal basis, the wording in force of what it cites (issue
    // 13, point 8): a decree of the test's own, its text stored, cited by a procedure in force
    String decree = (900 + Math.abs(t.unit().hashCode() % 99)) + "/2026/NĐ-CP";
    Api.Answer law =
        api.post(
            t.coordinator(),
            "legal-documents",
            Map.of(
                "number", decree,
                "type", "NGHI_DINH",
                "issuer", "Chính phủ",
                "title", "Quy định về chứng thực",
                "signedOn", "2026-01-05",
                "effectiveFrom", "2026-01-05"));
    assertEquals(201, law.status(), law.body());
    long lawId = law.json().getJsonNumber("id").longValue();
    Api.Answer stored =
        api.upload(
            t.coordinator(),
            "legal-documents/" + lawId + "/text",
            ("Điều 1. Phạm vi\nNghị định này quy định về chứng thực.\n"
                    + "Điều 2. Thẩm quyền\n1. Ủy ban nhân dân cấp xã chứng thực bản sao.\n"
                    + "2. Phòng Tư pháp chứng thực chữ ký người dịch.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/plain; charset=UTF-8");
    assertEquals(201, stored.status(), stored.body());
    inForce(
        t,
        code + "B",
        List.of(),
        Map.<String, Object>of(
            "purpose",
            "Chứng thực bản sao",
            "scope",
            "UBND xã",
            "legalBasis",
            List.of(Map.of("number", decree, "article", "2", "clause", "1")),
            "steps",
            List.of(step("Tiếp nhận", "Bộ phận TN&TKQ", 0.5))));
    for (String format : List.of("pdf", "docx")) {
      Api.FileAnswer quoted =
          api.download(t.reader(), "manuals/" + t.unit() + "?format=" + format + "&wordings=true");
      assertEquals(200, quoted.status());
      String text;
      if (format.equals("pdf")) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(quoted.bytes())) {
          text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
      } else {
        try (var word =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(quoted.bytes()))) {
          text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText();
        }
      }
      text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
      assertTrue(text.contains("Lời văn các điều, khoản được viện dẫn"), format);
      assertTrue(text.contains("Khoản 1 Điều 2 Nghị định " + decree), format);
      assertTrue(text.contains("1. Ủy ban nhân dân cấp xã chứng thực bản sao."), format);
      assertFalse(
          text.contains("Phòng Tư pháp chứng thực chữ ký"), format + ": only the clause cited");
    }

    Api.FileAnswer master =
        api.download(t.coordinator(), "reports/master-list?unit=" + t.unit() + "&format=xlsx");
    assertEquals(200, master.status());
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(master.bytes()))) {
      boolean found = false;
      for (var row : wb.getSheetAt(0)) {
        for (var cell : row) {
          found |=
              cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                  && code.equals(cell.getStringCellValue());
        }
      }
      assertTrue(found, "the master list names the document");
    }
    // a unit carrying more TTHC than one page of the registry: the coverage register lists all
    int base = 100000 + (int) (Math.random() * 890000);
    StringBuilder annex = new StringBuilder("STT;Mã TTHC;Tên TTHC\n");
    for (int i = 0; i < 620; i++) {
      annex
          .append(i + 1)
          .append(";1.")
          .append(base + i)
          .append(";Thủ tục số ")
          .append(i)
          .append('\n');
    }
    Api.Answer imported =
        api.upload(
            t.coordinator(),
            "imports/tthc?unit=" + t.unit(),
            annex.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(200, imported.status(), imported.body());
    Api.FileAnswer coverage =
        api.download(t.coordinator(), "reports/coverage?unit=" + t.unit() + "&format=xlsx");
    assertEquals(200, coverage.status());
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(coverage.bytes()))) {
      int missing = 0;
      for (var row : wb.getSheetAt(0)) {
        for (var cell : row) {
          missing +=
              cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                      && "Thiếu".equals(cell.getStringCellValue())
                  ? 1
                  : 0;
        }
      }
      assertEquals(620, missing, "every TTHC of the unit without a procedure");
    }
    assertEquals(200, api.download(t.coordinator(), "reports/flags?unit=" + t.unit()).status());
    assertEquals(403, api.download(t.reader(), "reports/flags?unit=" + t.unit()).status());
    assertEquals(400, api.download(t.reader(), v + "?format=odt").status());
    assertEquals(403, api.download(t.coordinator(), "reports/audit").status());
    assertEquals(200, api.download(ADMIN, "reports/audit").status());
  }

  @Test
  void aDraftCitingALawNotYetInForceCannotBeSubmitted() {
    Team t = team();
    String future = number("QH15").replace("/2015/", "/2026/");
    register(t.coordinator(), future, "LUAT", "2027-03-01");
    long id =
        api.post(
                t.coordinator(),
                "documents",
                Map.of(
                    "code",
                    "QT-FUT",
                    "title",
                    "Quy trình",
                    "kind",
                    "PROCEDURE",
                    "unitCode",
                    t.unit()))
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Answer d = api.post(t.coordinator(), "documents/" + id + "/versions", null);
    var content =
        Map.<String, Object>of(
            "purpose",
            "Mục đích",
            "scope",
            "Phạm vi",
            "legalBasis",
            List.of(Map.of("number", future)),
            "steps",
            List.of(step("Tiếp nhận", "BPTN&TKQ", 0.5)));
    api.put(
        t.coordinator(), "documents/" + id + "/versions/1", Map.of("content", content), d.etag());
    Api.Answer refused = api.post(t.coordinator(), "documents/" + id + "/versions/1/submit", null);
    assertEquals(409, refused.status(), refused.body());
    assertEquals(
        "CITATION_NOT_IN_FORCE",
        refused.json().getJsonArray("findings").getJsonObject(0).getString("kind"));
  }

  @Test
  void aLaterEffectiveDateLeavesTheVersionApproved() {
    Team t = team();
    long id =
        api.post(
                t.coordinator(),
                "documents",
                Map.of(
                    "code",
                    "QT-05/CT",
                    "title",
                    "Quy trình chứng thực bản sao từ bản chính",
                    "kind",
                    "PROCEDURE",
                    "unitCode",
                    t.unit()))
            .json()
            .getJsonNumber("id")
            .longValue();
    String v = "documents/" + id + "/versions/1";
    Api.Answer d = api.post(t.coordinator(), "documents/" + id + "/versions", null);
    api.put(
        t.coordinator(),
        v,
        Map.of(
            "content", content("Chứng thực bản sao", List.of(step("Tiếp nhận", "BPTN&TKQ", 0.5)))),
        d.etag());
    api.post(t.coordinator(), v + "/submit", null);
    api.post(t.deputy(), v + "/review", Map.of("decision", "ACCEPT", "password", PASSWORD));
    String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    Api.Answer approved =
        api.post(
            t.chairman(),
            v + "/approve",
            Map.of("decision", "APPROVE", "password", PASSWORD, "effectiveFrom", tomorrow));
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.str("status"));
    assertEquals(tomorrow, approved.str("effectiveFrom"));
    assertEquals(
        409,
        api.post(t.coordinator(), "documents/" + id + "/versions", null).status(),
        "approved, not yet effective, is still in progress");
    assertEquals(404, api.get(t.reader(), "documents/" + id).status(), "nothing is in force yet");
  }

  @Test
  void concurrentEditsAndApprovalsLeaveExactlyOneWinner() throws Exception {
    Team t = team();
    long id =
        api.post(
                t.coordinator(),
                "documents",
                Map.of(
                    "code",
                    "QT-07",
                    "title",
                    "Quy trình đồng thời",
                    "kind",
                    "PROCEDURE",
                    "unitCode",
                    t.unit()))
            .json()
            .getJsonNumber("id")
            .longValue();
    String v = "documents/" + id + "/versions/1";
    String etag = api.post(t.coordinator(), "documents/" + id + "/versions", null).etag();

    // two clients PUT the same draft with the same If-Match: exactly one wins, the other gets 412
    List<Integer> puts =
        parallel(
            2,
            i ->
                api.put(
                        t.coordinator(),
                        v,
                        Map.of(
                            "content",
                            content("Mục đích " + i, List.of(step("Tiếp nhận", "BPTN&TKQ", 0.5)))),
                        etag)
                    .status());
    assertEquals(List.of(200, 412), puts.stream().sorted().toList());

    api.post(t.coordinator(), v + "/submit", null);
    api.post(t.deputy(), v + "/review", Map.of("decision", "ACCEPT", "password", PASSWORD));

    // 20 parallel approvals of one version: one succeeds, one effective version results
    List<Integer> approvals =
        parallel(
            20,
            i ->
                api.post(
                        t.chairman(),
                        v + "/approve",
                        Map.of("decision", "APPROVE", "password", PASSWORD))
                    .status());
    assertEquals(1, approvals.stream().filter(s -> s == 200).count(), approvals.toString());
    assertTrue(
        approvals.stream().allMatch(s -> s == 200 || s == 409 || s == 412), approvals.toString());
    JsonArray versions =
        api.get(t.coordinator(), "documents/" + id).json().getJsonArray("versions");
    assertEquals(1, versions.size());
    assertEquals("EFFECTIVE", versions.getJsonObject(0).getString("status"));
    assertEquals(
        2, api.get(t.coordinator(), v + "/signatures").json().getJsonArray("signatures").size());
  }

  static List<Integer> parallel(int n, java.util.function.IntFunction<Integer> call)
      throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.apply(k);
                }));
      }
      start.countDown();
      List<Integer> out = new java.util.ArrayList<>();
      for (var f : futures) {
        out.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void submittingAnIncompleteDraftIsRefusedWithTheReasons() {
    Team t = team();
    long id =
        api.post(
                t.coordinator(),
                "documents",
                Map.of(
                    "code",
                    "QT-09",
                    "title",
                    "Quy trình thử",
                    "kind",
                    "PROCEDURE",
                    "unitCode",
                    t.unit()))
            .json()
            .getJsonNumber("id")
            .longValue();
    api.post(t.coordinator(), "documents/" + id + "/versions", null);
    Api.Answer refused = api.post(t.coordinator(), "documents/" + id + "/versions/1/submit", null);
    assertEquals(409, refused.status());
    assertTrue(refused.isProblem());
    assertFalse(refused.json().getJsonArray("reasons").isEmpty());
    assertEquals(
        "DRAFT", api.get(t.coordinator(), "documents/" + id + "/versions/1").str("status"));
  }
}
