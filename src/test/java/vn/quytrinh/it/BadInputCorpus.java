package vn.quytrinh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Several hundred malformed requests, made by spoiling valid ones field by field (wrong types,
 * missing or null required fields, 1 MB strings, impossible numbers and dates, unknown enum
 * values), plus broken bodies, wrong media types, path and parameter tricks and hostile files.
 * Every answer must be a 4xx problem+json; afterwards nothing has changed.
 */
final class BadInputCorpus {

  /** One malformed request and what it is. */
  record Case(String what, String method, String path, String mediaType, byte[] body) {}

  private static final String JSON = "application/json";

  /**
   * Marks a request the web container refuses before the application sees it (a NUL byte in the
   * path): a 4xx, but in the container's words rather than problem+json.
   */
  private static final String CONTAINER = "[container] ";

  private static final String MEGA = "ạ".repeat(1 << 19);

  private final Api api;
  private final String admin;
  private final String password;
  private final String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final String unit = "BI-" + s;
  private final List<Case> cases = new ArrayList<>();
  private String coordinator;
  private String approver;

  BadInputCorpus(Api api, String admin, String password) {
    this.api = api;
    this.admin = admin;
    this.password = password;
  }

  /** Sends every case; answers the mismatches, one line each, and how many cases were sent. */
  record Outcome(int sent, List<String> mismatches) {}

  Outcome play() {
    setUp();
    Api.Answer d =
        api.post(
            coordinator,
            "documents",
            Map.of(
                "code", "QT-BI", "title", "Quy trình thử", "kind", "PROCEDURE", "unitCode", unit));
    assertEquals(201, d.status(), d.body());
    String doc = "documents/" + d.json().getJsonNumber("id").longValue();
    String draft = doc + "/versions/1";
    String etag = api.post(coordinator, doc + "/versions", null).etag();
    String law = serial() + "/2015/NĐ-CP";
    Api.Answer l =
        api.post(
            coordinator,
            "legal-documents",
            Map.of("number", law, "type", "NGHI_DINH", "effectiveFrom", "2015-02-01"));
    assertEquals(201, l.status(), l.body());
    String lawPath = "legal-documents/" + l.json().getJsonNumber("id").longValue();
    String tthc = "2." + serial();

    spoil(
        "POST",
        "documents",
        body(
            "code",
            "QT-X1",
            "title",
            "Quy trình",
            "kind",
            "PROCEDURE",
            "unitCode",
            unit,
            "tthcCodes",
            List.of("1.001193"),
            "reviewPeriodMonths",
            12),
        List.of("code", "title", "kind", "unitCode"));
    spoil(
        "PUT",
        doc,
        body("title", "Tên mới", "tthcCodes", List.of(), "reviewPeriodMonths", 12),
        List.of("title"));
    // silent coercion: a fraction for an integer, a control or invisible character in a code
    for (Object months : List.of(12.5, 0.1, "12", 1e3)) {
      add(
          "reviewPeriodMonths = " + months,
          "POST",
          "documents",
          body(
              "code",
              "QT-X2",
              "title",
              "Quy trình",
              "kind",
              "PROCEDURE",
              "unitCode",
              unit,
              "reviewPeriodMonths",
              months));
    }
    for (String code : List.of("QT-71\u0000/X", "QT\u202Egpj.exe", "QT-\u200B01", "QT\u2066-1")) {
      add(
          "code = " + brief(code),
          "POST",
          "documents",
          body("code", code, "title", "Quy trình", "kind", "PROCEDURE", "unitCode", unit));
    }
    for (String tthcCode : List.of("1.001193\u0000", "1.001\u200B193", "\u202E1.001193")) {
      add(
          "tthcCodes = " + brief(tthcCode),
          "POST",
          "documents",
          body(
              "code",
              "QT-X3",
              "title",
              "Quy trình",
              "kind",
              "PROCEDURE",
              "unitCode",
              unit,
              "tthcCodes",
              List.of(tthcCode)));
    }
    spoil("POST", doc + "/withdraw", body("reason", "Bãi bỏ"), List.of("reason"));
    spoil(
        "POST",
        draft + "/review",
        body("decision", "RETURN", "comment", "Sửa lại"),
        List.of("decision"));
    spoil(
        "POST",
        draft + "/approve",
        body("decision", "RETURN", "comment", "Sửa lại", "effectiveFrom", "2030-01-01"),
        List.of("decision"));
    Map<String, Object> step =
        body("order", 1, "action", "Tiếp nhận", "responsible", "Một cửa", "days", 0.5);
    Map<String, Object> content =
        body(
            "purpose", "Mục đích",
            "legalBasis", List.of(body("number", law, "article", "5")),
            "dossier", List.of(body("name", "Tờ khai", "copies", 1)),
            "timeLimitDays", 3,
            "steps", List.of(step),
            "forms", List.of(body("code", "BM-01", "name", "Mẫu")),
            "records", List.of(body("name", "Sổ", "keeper", "Văn thư", "retention", "5 năm")));
    for (Map.Entry<String, Object> e : content.entrySet()) {
      for (Object bad : wrong(e.getValue())) {
        Map<String, Object> c = new LinkedHashMap<>(content);
        c.put(e.getKey(), bad);
        add("content." + e.getKey() + " = " + brief(bad), "PUT", draft, body("content", c));
      }
    }
    for (Map.Entry<String, Object> e : step.entrySet()) {
      for (Object bad : wrong(e.getValue())) {
        Map<String, Object> st = new LinkedHashMap<>(step);
        st.put(e.getKey(), bad);
        Map<String, Object> c = new LinkedHashMap<>(content);
        c.put("steps", List.of(st));
        add("steps[0]." + e.getKey() + " = " + brief(bad), "PUT", draft, body("content", c));
      }
    }
    for (Object days : List.of(-1, 1e300, "1,5", 100000)) {
      Map<String, Object> c = new LinkedHashMap<>(content);
      c.put("steps", List.of(body("action", "A", "responsible", "B", "days", days)));
      add("steps[0].days = " + days, "PUT", draft, body("content", c));
    }
    for (String article : List.of("Điều 5, 6", "5 và Điều 6", "(5)")) {
      Map<String, Object> c = new LinkedHashMap<>(content);
      c.put("legalBasis", List.of(body("number", law, "article", article)));
      add("legalBasis[0].article = " + article, "PUT", draft, body("content", c));
    }
    for (String number : List.of("123/20xx", "abc", "/2015/NĐ-CP", MEGA)) {
      Map<String, Object> c = new LinkedHashMap<>(content);
      c.put("legalBasis", List.of(body("number", number)));
      add("legalBasis[0].number = " + brief(number), "PUT", draft, body("content", c));
    }

    spoil(
        "POST",
        "legal-documents",
        body(
            "number",
            serial() + "/2016/TT-BTP",
            "type",
            "THONG_TU",
            "issuer",
            "Bộ Tư pháp",
            "title",
            "Hướng dẫn",
            "signedOn",
            "2016-01-01",
            "effectiveFrom",
            "2016-02-01",
            "effectiveUntil",
            "2030-01-01"),
        List.of("number", "type"));
    spoil(
        "POST",
        lawPath + "/relations",
        body(
            "kind",
            "AMENDS",
            "targetNumber",
            "60/2014/QH13",
            "articles",
            List.of("5"),
            "effectiveFrom",
            "2025-01-09"),
        List.of("kind", "targetNumber"));
    // confirming amendments read from a text: every malformed one refused, nothing recorded
    Map<String, Object> amendment =
        body(
            "kind", "AMEND",
            "target", "60/2014/QH13",
            "places", List.of("5.1"),
            "wording", "1. Lời văn mới.",
            "effectiveFrom", "2025-01-09");
    spoil(
        "POST",
        lawPath + "/amendments",
        body("amendments", List.of(amendment)),
        List.of("amendments"));
    for (Map.Entry<String, Object> e : amendment.entrySet()) {
      for (Object bad : wrong(e.getValue())) {
        Map<String, Object> a = new LinkedHashMap<>(amendment);
        a.put(e.getKey(), bad);
        add(
            "amendments[0]." + e.getKey() + " = " + brief(bad),
            "POST",
            lawPath + "/amendments",
            body("amendments", List.of(a)));
      }
    }
    add(
        "amendments[0].places[0] = MEGA",
        "POST",
        lawPath + "/amendments",
        body(
            "amendments",
            List.of(
                new LinkedHashMap<>(
                    Map.of(
                        "kind",
                        "AMEND",
                        "target",
                        "60/2014/QH13",
                        "places",
                        List.of(MEGA),
                        "wording",
                        "x")))));
    add(
        "501 amendments",
        "POST",
        lawPath + "/amendments",
        body("amendments", java.util.Collections.nCopies(501, amendment)));
    cases.add(
        new Case(
            "a legal text that is no UTF-8",
            "POST",
            lawPath + "/text",
            "text/plain",
            new byte[] {'a', (byte) 0xC3, 0x28}));
    cases.add(
        new Case(
            "an old Word file as a legal text",
            "POST",
            lawPath + "/text",
            "application/msword",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1}));
    cases.add(
        new Case(
            "a zip that is no Word file as a legal text",
            "POST",
            lawPath + "/text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}));
    spoil(
        "POST",
        "tthc",
        body(
            "code",
            tthc,
            "name",
            "Thủ tục",
            "field",
            "Hộ tịch",
            "level",
            "XA",
            "agency",
            "UBND xã",
            "unitCodes",
            List.of(unit),
            "timeLimitDays",
            3,
            "timeLimitText",
            "03 ngày",
            "fee",
            "Miễn phí",
            "dossier",
            List.of(body("name", "Tờ khai", "copies", 1)),
            "result",
            "Giấy khai sinh",
            "legalBasis",
            List.of(body("number", law))),
        List.of("code", "name"));
    spoil(
        "POST",
        "tthc/1.001193/changes",
        body(
            "kind",
            "AMENDED",
            "decisionNumber",
            "100/QĐ-UBND",
            "effectiveFrom",
            "2025-01-01",
            "replacedByCode",
            "1.001194"),
        List.of("kind"));
    spoil(
        "POST",
        "units",
        body("code", "BI-X" + s, "name", "Đơn vị", "parentCode", unit, "level", "XA"),
        List.of("code", "name", "level"));
    spoil(
        "POST",
        "users",
        body(
            "username",
            "bi" + s.toLowerCase(),
            "fullName",
            "Người thử",
            "position",
            "Chuyên viên",
            "unitCode",
            unit,
            "roles",
            List.of("READER"),
            "password",
            password),
        List.of("username", "fullName", "unitCode", "roles", "password"));
    spoil("POST", "flags/1/dismiss", body("justification", "Không áp dụng"), List.of());

    // bodies that are not what they claim, or not JSON at all
    for (String raw :
        List.of("", "{", "[]", "null", "\"x\"", "42", "{\"code\":}", "{'code':'QT'}", "{} {}")) {
      cases.add(new Case("body " + raw, "POST", "documents", JSON, utf8(raw)));
      cases.add(new Case("body " + raw, "PUT", draft, JSON, utf8(raw)));
    }
    cases.add(new Case("deep nesting", "POST", "documents", JSON, utf8("[".repeat(100_000))));
    byte[] invalidUtf8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};
    cases.add(new Case("invalid UTF-8", "POST", "documents", JSON, invalidUtf8));
    cases.add(new Case("invalid UTF-8", "PUT", draft, JSON, invalidUtf8));
    for (String type :
        List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      cases.add(new Case("media type " + type, "POST", "documents", type, utf8("code=QT")));
      cases.add(new Case("media type " + type, "POST", "legal-documents", type, utf8("<x/>")));
    }

    // paths and parameters
    for (String path :
        List.of(
            "documents/abc",
            "documents/-1",
            "documents/99999999999999999999",
            "documents/1e3",
            "documents/..%2F..%2Fetc%2Fpasswd",
            doc + "/versions/abc",
            doc + "/versions/0",
            doc + "/versions/99999999999",
            doc + "/versions/1/diff?against=abc",
            doc + "/versions/1/diff?against=999",
            doc + "/versions/1/export?format=exe",
            "legal-documents/abc",
            "legal-documents/lookup?number=%00",
            "legal-documents/lookup",
            lawPath + "/dependents?article=%28%28",
            "legal-documents?asOf=2025-02-30",
            "legal-documents?status=CON_HIEU_LUC",
            "legal-documents?type=SAC_LENH",
            "tthc/..%2F..",
            "tthc?level=QUOC_TE",
            "tthc?status=KHAC",
            "units/%2e%2e",
            "flags/abc",
            "flags?status=MO",
            "flags?documentId=abc",
            "flags?severity=NANG",
            "flags?dueFrom=31/12/2026",
            "flags?dueTo=2026-13-01",
            "findings?documentId=1.5",
            "documents?page=-1",
            "documents?page=x",
            "documents?size=0",
            "documents?size=100000",
            "documents?kind=SACH",
            "documents?status=NHAP",
            "search",
            "search?q=" + "a".repeat(201),
            "search?q=quy&type=anh",
            "search?q=quy&page=abc",
            "audit?page=-5",
            "users?active=maybe",
            "manuals/" + unit + "?format=odt",
            "manuals/" + unit + "?asOf=hom-nay",
            "manuals/KHONG-CO",
            "reports/khong-co?unit=" + unit,
            "reports/master-list",
            "reports/master-list?unit=" + unit + "&format=csv")) {
      cases.add(new Case("GET " + path, "GET", path, null, null));
    }
    cases.add(new Case("POST on a version", "POST", draft, JSON, utf8("{}")));
    cases.add(new Case(CONTAINER + "a NUL in the path", "GET", "documents/%00", null, null));
    cases.add(new Case("DELETE a document", "DELETE", doc, null, null));
    cases.add(new Case("submit issue 0", "POST", doc + "/versions/0/submit", JSON, utf8("{}")));

    // files
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    cases.add(new Case("zip bomb DOCX", "POST", "imports/procedures?unit=" + unit, docx, bomb()));
    cases.add(new Case("XXE DOCX", "POST", "imports/procedures?unit=" + unit, docx, xxe()));
    cases.add(new Case("zip bomb XLSX", "POST", "imports/tthc", xlsx, bomb()));
    cases.add(new Case("formula XLSX", "POST", "imports/tthc", xlsx, formulas()));
    cases.add(new Case("random bytes as XLSX", "POST", "imports/legal-documents", xlsx, noise()));
    cases.add(
        new Case("random bytes as DOCX", "POST", "imports/procedures?unit=" + unit, docx, noise()));
    cases.add(
        new Case(
            "OLE2 (encrypted or legacy) as XLSX",
            "POST",
            "imports/tthc",
            xlsx,
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1,
              0,
              0
            }));
    cases.add(new Case("a picture as CSV", "POST", "imports/tthc", "image/png", noise()));
    cases.add(
        new Case(
            "oversized CSV",
            "POST",
            "imports/tthc",
            "text/csv",
            new byte[Api.CONFIGURED_UPLOAD_LIMIT + 1]));
    cases.add(new Case("empty CSV", "POST", "imports/legal-documents", "text/csv", new byte[0]));

    String before = snapshot(doc, draft);
    List<String> mismatches = new ArrayList<>();
    for (Case c : cases) {
      String who =
          c.path().startsWith("units") || c.path().startsWith("users") ? admin : coordinator;
      if (c.path().contains("/approve")) {
        who = approver;
      }
      Api.Answer a =
          c.body() == null
              ? api.send(who, c.method(), c.path(), null, null, null)
              : api.bytes(
                  who,
                  c.method(),
                  c.path(),
                  c.body(),
                  c.mediaType(),
                  c.method().equals("PUT") ? etag : null);
      boolean container = c.what().startsWith(CONTAINER);
      if (a.status() < 400 || a.status() >= 500 || !(a.isProblem() || container)) {
        mismatches.add(
            c.what()
                + " ("
                + c.method()
                + " "
                + brief(c.path())
                + ") → "
                + a.status()
                + " "
                + brief(a.body()));
      }
    }
    String after = snapshot(doc, draft);
    if (!before.equals(after)) {
      mismatches.add("something changed:\n  before " + before + "\n  after  " + after);
    }
    if (api.get(null, "/health/live").status() != 200) {
      mismatches.add("the server is not healthy afterwards");
    }
    return new Outcome(cases.size(), mismatches);
  }

  /**
   * The valid body spoiled every way: each field of a wrong type, too long, or (when required)
   * missing and null.
   */
  private void spoil(String method, String path, Map<String, Object> valid, List<String> required) {
    for (Map.Entry<String, Object> e : valid.entrySet()) {
      for (Object bad : wrong(e.getValue())) {
        Map<String, Object> b = new LinkedHashMap<>(valid);
        b.put(e.getKey(), bad);
        add(path + " " + e.getKey() + " = " + brief(bad), method, path, b);
      }
    }
    for (String f : required) {
      Map<String, Object> missing = new LinkedHashMap<>(valid);
      missing.remove(f);
      add(path + " without " + f, method, path, missing);
      Map<String, Object> nulled = new LinkedHashMap<>(valid);
      nulled.put(f, null);
      add(path + " " + f + " = null", method, path, nulled);
    }
  }

  /** Values no field of this kind accepts. */
  private static List<Object> wrong(Object valid) {
    List<Object> out = new ArrayList<>();
    if (valid instanceof String v) {
      out.add(Map.of("x", 1));
      out.add(List.of(1, 2));
      out.add(MEGA);
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        out.add("2025-02-30");
        out.add("31/12/2025");
        out.add("+999999999-12-31");
      } else if (v.matches("[A-Z_]+")) {
        out.add("KHONG_CO_GIA_TRI_NAY");
      }
    } else if (valid instanceof Number) {
      out.add("abc");
      out.add(Map.of());
      out.add(-1);
    } else if (valid instanceof List<?>) {
      out.add("x");
      out.add(Map.of("x", 1));
      out.add(java.util.Collections.nCopies(2_000, "a"));
    } else if (valid instanceof Map<?, ?>) {
      out.add("x");
      out.add(List.of());
    }
    return out;
  }

  private void add(String what, String method, String path, Map<String, Object> body) {
    cases.add(new Case(what, method, path, JSON, utf8(Json.write(body))));
  }

  /** What must not change: the unit's documents, the draft, the registries, the trail's length. */
  private String snapshot(String doc, String draft) {
    return api.get(coordinator, "documents?unit=" + unit).json().getInt("total")
        + " documents; draft "
        + api.get(coordinator, draft).etag()
        + "; document "
        + api.get(coordinator, doc).etag()
        + "; "
        + api.get(coordinator, "legal-documents?size=1").json().getInt("total")
        + " legal; "
        + api.get(coordinator, "tthc?size=1").json().getInt("total")
        + " TTHC; "
        + api.get(admin, "units?size=1").json().getInt("total")
        + " units; "
        + api.get(admin, "users?size=1").json().getInt("total")
        + " users; "
        + api.get(admin, "audit/verify").json().getInt("events")
        + " events";
  }

  private void setUp() {
    assertEquals(
        201,
        api.post(admin, "units", Map.of("code", unit, "name", "Đơn vị thử " + s, "level", "XA"))
            .status());
    coordinator = person("bitk", "COORDINATOR");
    approver = person("bict", "APPROVER");
  }

  private String person(String prefix, String role) {
    String username = prefix + s.toLowerCase();
    Api.Answer a =
        api.post(
            admin,
            "users",
            Map.of(
                "username", username,
                "fullName", "Người " + prefix,
                "unitCode", unit,
                "roles", List.of(role),
                "password", password));
    assertEquals(201, a.status(), a.body());
    return username + ":" + password;
  }

  private int counter;
  private final int base = 1000 + new java.util.Random().nextInt(8_000_000);

  private int serial() {
    return base + ++counter;
  }

  private static Map<String, Object> body(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String brief(Object o) {
    String t = String.valueOf(o);
    return t.length() > 60 ? t.substring(0, 60) + "…(" + t.length() + ")" : t;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] noise() {
    byte[] b = new byte[4096];
    new java.util.Random(7).nextBytes(b);
    return b;
  }

  /** An OOXML package whose main part inflates a thousandfold: 20 MB of the same byte. */
  private static byte[] bomb() {
    return zip(
        Map.of(
            "[Content_Types].xml", utf8("<Types/>"),
            "word/document.xml", new byte[20 * 1024 * 1024],
            "xl/workbook.xml", new byte[20 * 1024 * 1024]));
  }

  /** A Word file whose body pulls in a file of the server through an external entity. */
  private static byte[] xxe() {
    String types =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    String rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    String body =
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    return zip(
        Map.of(
            "[Content_Types].xml", utf8(types),
            "_rels/.rels", utf8(rels),
            "word/document.xml", utf8(body)));
  }

  /** A workbook whose cells hold formulas. */
  private static byte[] formulas() {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("TTHC");
      var head = sheet.createRow(0);
      head.createCell(0).setCellValue("STT");
      head.createCell(1).setCellValue("Mã TTHC");
      head.createCell(2).setCellValue("Tên TTHC");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(1);
      row.createCell(1).setCellValue("1.009999");
      row.createCell(2).setCellFormula("HYPERLINK(\"http://example.invalid\",\"Bấm vào\")");
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(Map<String, byte[]> entries) {
    try (var out = new ByteArrayOutputStream();
        var zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON text of maps, lists, strings, numbers and nulls. */
  private static final class Json {
    static String write(Object o) {
      if (o == null) {
        return "null";
      }
      if (o instanceof Map<?, ?> m) {
        StringBuilder b = new StringBuilder("{");
        for (var e : m.entrySet()) {
          b.append(b.length() > 1 ? "," : "").append(write(e.getKey())).append(':');
          b.append(write(e.getValue()));
        }
        return b.append('}').toString();
      }
      if (o instanceof List<?> l) {
        StringBuilder b = new StringBuilder("[");
        for (Object x : l) {
          b.append(b.length() > 1 ? "," : "").append(write(x));
        }
        return b.append(']').toString();
      }
      if (o instanceof Number || o instanceof Boolean) {
        return o.toString();
      }
      return jakarta.json.Json.createValue(o.toString()).toString();
    }
  }
}
