package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalTest {

  /** Components deliberately declared out of alphabetical order. */
  record Citation(String zeta, BigDecimal alpha, List<String> mid, Nested nested) {}

  record Nested(Boolean yes, String ten) {}

  enum Kind {
    QUY_TRINH
  }

  private static String sha256Of(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void sameContentGivesSameJsonAndHash() {
    Object a = map("tên", "Quy trình chứng thực", "ngày", new BigDecimal("1.5"));
    Object b = map("tên", "Quy trình chứng thực", "ngày", new BigDecimal("1.5"));

    assertEquals(Canonical.json(a), Canonical.json(b));
    assertEquals(Canonical.sha256(a), Canonical.sha256(b));
  }

  @Test
  void hashIsSha256OfTheUtf8Json() throws Exception {
    Object o = map("mụcĐích", "Bảo đảm giải quyết đúng hạn", "số", 3);
    String json = Canonical.json(o);

    assertEquals("{\"mụcĐích\":\"Bảo đảm giải quyết đúng hạn\",\"số\":3}", json);
    assertEquals(sha256Of(json), Canonical.sha256(o));
    assertTrue(Canonical.sha256(o).matches("[0-9a-f]{64}"));
  }

  @Test
  void differentContentGivesDifferentHash() {
    assertNotEquals(
        Canonical.sha256(map("purpose", "Mục đích A")),
        Canonical.sha256(map("purpose", "Mục đích Á")));
    assertNotEquals(
        Canonical.sha256(map("days", new BigDecimal("1"))),
        Canonical.sha256(map("days", new BigDecimal("1.01"))));
  }

  @Test
  void keyOrderDoesNotMatterAtAnyDepth() {
    Object a = map("b", 1, "a", map("y", "ý", "x", List.of(map("q", 1, "p", 2))));
    Object b = map("a", map("x", List.of(map("p", 2, "q", 1)), "y", "ý"), "b", 1);

    assertEquals("{\"a\":{\"x\":[{\"p\":2,\"q\":1}],\"y\":\"ý\"},\"b\":1}", Canonical.json(a));
    assertEquals(Canonical.json(a), Canonical.json(b));
    assertEquals(Canonical.sha256(a), Canonical.sha256(b));
  }

  @Test
  void listOrderDoesMatter() {
    assertNotEquals(Canonical.sha256(List.of("a", "b")), Canonical.sha256(List.of("b", "a")));
  }

  @Test
  void decimalsAreWrittenPlainWithoutTrailingZeros() {
    assertEquals(Canonical.sha256(new BigDecimal("0.50")), Canonical.sha256(new BigDecimal("0.5")));
    assertEquals("0.5", Canonical.json(new BigDecimal("0.50")));
    assertEquals("10", Canonical.json(new BigDecimal("10.00")));
    assertEquals("1000", Canonical.json(new BigDecimal("1E+3")));
    assertEquals(
        Canonical.json(map("d", new BigDecimal("2.500"))),
        Canonical.json(map("d", new BigDecimal("2.5"))));
  }

  @Test
  void scalars() {
    assertEquals("null", Canonical.json(null));
    assertEquals("true", Canonical.json(true));
    assertEquals("42", Canonical.json(42));
    assertEquals("12345678901", Canonical.json(12345678901L));
    assertEquals("\"QUY_TRINH\"", Canonical.json(Kind.QUY_TRINH));
    assertEquals("[1,null,\"a\"]", Canonical.json(Arrays.asList(1, null, "a")));
    assertEquals("{}", Canonical.json(Map.of()));
    assertEquals("[]", Canonical.json(List.of()));
  }

  @Test
  void stringsAreEscaped() {
    String raw = "Điều \"5\" \\ khoản\nđiểm\ta\rb\u0001\u001f\b\f/";

    String json = Canonical.json(raw);

    assertEquals("\"Điều \\\"5\\\" \\\\ khoản\\nđiểm\\ta\\rb\\u0001\\u001f\\u0008\\u000c/\"", json);
    // valid JSON that reads back to the same text
    JsonArray back = Json.createReader(new StringReader("[" + json + "]")).readArray();
    assertEquals(raw, back.getString(0));
  }

  @Test
  void keysAreEscapedToo() {
    String json = Canonical.json(map("a\"b", 1));
    assertEquals("{\"a\\\"b\":1}", json);
    assertEquals(1, Json.createReader(new StringReader(json)).readObject().getInt("a\"b"));
  }

  @Test
  void recordsBecomeObjectsWithSortedKeys() {
    Citation c =
        new Citation(
            "Nghị định 23/2015/NĐ-CP",
            new BigDecimal("5.0"),
            List.of("Khoản 1", "Điểm a"),
            new Nested(true, null));

    assertEquals(
        "{\"alpha\":5,\"mid\":[\"Khoản 1\",\"Điểm a\"],"
            + "\"nested\":{\"ten\":null,\"yes\":true},\"zeta\":\"Nghị định 23/2015/NĐ-CP\"}",
        Canonical.json(c));
  }

  @Test
  void recordAndEquivalentMapHashAlike() {
    Nested n = new Nested(false, "mười");
    assertEquals(Canonical.sha256(n), Canonical.sha256(map("ten", "mười", "yes", false)));
  }

  @Test
  void treeOfRecordKeepsComponentsAsMap() {
    Object t = Canonical.tree(new Nested(true, "x"));
    assertEquals(Map.of("yes", true, "ten", "x"), t);
  }

  @Test
  void emptyProcedureContentHasEveryFieldInAlphabeticalOrder() {
    assertEquals(
        "{\"applicants\":null,\"conditions\":null,\"definitions\":null,\"dossier\":[],"
            + "\"fee\":null,\"forms\":[],\"legalBasis\":[],\"place\":null,\"purpose\":null,"
            + "\"records\":[],\"references\":null,\"result\":null,\"scope\":null,\"steps\":[],"
            + "\"timeLimitDays\":null}",
        Canonical.json(ProcedureContent.empty().normalized()));
  }
}
