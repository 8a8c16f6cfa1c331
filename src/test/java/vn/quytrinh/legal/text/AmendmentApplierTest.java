package vn.quytrinh.legal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.text.Amendment.Kind;
import vn.quytrinh.legal.text.Amendment.Place;
import vn.quytrinh.legal.text.AmendmentApplier.Outcome;
import vn.quytrinh.legal.text.AmendmentApplier.Skip;

/**
 * Amendments applied to the articles in force, on real texts: Thông tư 62/2019/TT-BTC (read by
 * {@link AmendmentReader}) on Thông tư 38/2018/TT-BTC as issued (its Điều 1–7), and written cases
 * for what the real pair does not have.
 */
class AmendmentApplierTest {

  static Map<String, ArticleBody> bodies(LegalText t) {
    Map<String, ArticleBody> out = new LinkedHashMap<>();
    t.articles().forEach(a -> out.put(a.number(), ArticleBody.of(a)));
    return out;
  }

  static LegalText tt38() {
    return new LegalTextParser().parse(AmendmentMeasurementTest.read("texts/tt38_2018.txt"));
  }

  @Test
  void onTheRealPairTheAmendedPointAndTheInsertedArticleGetNewWordings() {
    LegalText base = tt38();
    assertEquals(List.of(), base.report(), "the text as issued reads without a doubt");
    List<Amendment> tt62 =
        new AmendmentReader().read(AmendmentMeasurementTest.read("texts/tt62_2019.txt"));
    AmendmentApplier applier = new AmendmentApplier(bodies(base), Set.of());
    List<List<Outcome>> outcomes = tt62.stream().map(applier::apply).toList();

    assertEquals(List.of(new Outcome("4.4.b", null)), outcomes.get(0));
    assertEquals(List.of(new Outcome("15.6.h", Skip.NO_ARTICLE)), outcomes.get(1));
    assertEquals(List.of(new Outcome("22.1.d", Skip.NO_ARTICLE)), outcomes.get(2));
    assertEquals(List.of(new Outcome("7a", null)), outcomes.get(3));
    assertEquals(Skip.NOT_AN_ARTICLE, outcomes.get(4).get(0).skip(), "Phụ lục II mục III");

    ArticleBody four = applier.changed().get("4");
    String before =
        ArticleBody.of(base.article("4").orElseThrow())
            .clause("4")
            .orElseThrow()
            .point("b")
            .orElseThrow()
            .text();
    String after = four.clause("4").orElseThrow().point("b").orElseThrow().text();
    assertTrue(before.contains("thì cơ quan hải quan thực hiện thông quan theo quy định"), before);
    assertEquals(
        "Trường hợp người khai hải quan không nộp chứng từ chứng nhận xuất xứ hàng hóa theo quy"
            + " định tại điểm b, điểm c, khoản 1 và khoản 2 Điều này thì hàng hóa không được thông"
            + " quan và bị xử lý theo quy định của pháp luật.",
        after);
    assertEquals(
        ArticleBody.of(base.article("4").orElseThrow()).clause("1"),
        four.clause("1"),
        "what the amendment does not name stays as it was");

    ArticleBody sevenA = applier.changed().get("7a");
    assertTrue(
        sevenA.title().startsWith("Xác định xuất xứ hàng hóa xuất khẩu, nhập khẩu để áp dụng"));
    assertEquals(10, sevenA.clauses().size());
    assertEquals(
        List.of("a", "a1", "a2", "b", "b1", "b2"),
        sevenA.clause("2").orElseThrow().points().stream()
            .map(ArticleBody.PointBody::label)
            .toList());
    assertEquals(Set.of("7a"), applier.added());
    assertEquals(Set.of("4", "7a"), applier.changed().keySet());
  }

  static Amendment a(Kind kind, String places, String wording, String oldPhrase, String newPhrase) {
    List<Place> ps =
        places.isEmpty()
            ? List.of()
            : java.util.Arrays.stream(places.split(" ")).map(Place::parse).toList();
    return new Amendment("38/2018/TT-BTC", kind, ps, wording, oldPhrase, newPhrase, true, "", 1);
  }

  @Test
  void aRepealedClauseOrPointStaysInItsPlaceMarkedAndARepealedArticleKeepsOnlyItsTitle() {
    AmendmentApplier applier = new AmendmentApplier(bodies(tt38()), Set.of());
    assertEquals(
        List.of(new Outcome("2.3", null), new Outcome("4.1.c", null)),
        List.of(
            applier.apply(a(Kind.REPEAL, "2.3", null, null, null)).get(0),
            applier.apply(a(Kind.REPEAL, "4.1.c", null, null, null)).get(0)));
    ArticleBody two = applier.changed().get("2");
    assertEquals(
        List.of("1", "2", "3", "4"),
        two.clauses().stream().map(ArticleBody.ClauseBody::number).toList());
    assertTrue(two.clause("3").orElseThrow().repealed());
    assertEquals("", two.clause("3").orElseThrow().text());
    assertTrue(
        applier.changed().get("4").clause("1").orElseThrow().point("c").orElseThrow().repealed());

    applier.apply(a(Kind.REPEAL, "6", null, null, null));
    assertEquals(Set.of("6"), applier.repealed());
    assertEquals(
        "Các trường hợp không phải nộp chứng từ chứng nhận xuất xứ hàng hóa",
        applier.changed().get("6").title());
    assertEquals(List.of(), applier.changed().get("6").clauses());
    assertEquals(
        List.of(new Outcome("6.1", Skip.REPEALED)),
        applier.apply(a(Kind.AMEND, "6.1", "1. Hàng hóa xuất khẩu, tạm xuất.", null, null)),
        "a repealed article is not amended");
  }

  @Test
  void anAddedClauseSortsInItsPlaceAndWhatExistsIsNotAddedAgain() {
    AmendmentApplier applier = new AmendmentApplier(bodies(tt38()), Set.of());
    assertEquals(
        List.of(new Outcome("2.2a", null)),
        applier.apply(a(Kind.ADD, "2.2a", "2a. Doanh nghiệp ưu tiên.", null, null)));
    assertEquals(
        List.of("1", "2", "2a", "3", "4"),
        applier.changed().get("2").clauses().stream().map(ArticleBody.ClauseBody::number).toList());
    assertEquals(
        List.of(new Outcome("2.3", Skip.EXISTS)),
        applier.apply(a(Kind.ADD, "2.3", "3. Khác.", null, null)));
    assertEquals(
        List.of(new Outcome("5", Skip.EXISTS)),
        applier.apply(a(Kind.ADD, "5", "Điều 5. Khác", null, null)));
    assertEquals(
        List.of(new Outcome("2.9", Skip.NO_CLAUSE)),
        applier.apply(a(Kind.AMEND, "2.9", "9. Khác.", null, null)));
  }

  @Test
  void phrasesAreReplacedRemovedOrAddedOnlyWhereTheyStandAndAMissingOneIsSaid() {
    AmendmentApplier applier = new AmendmentApplier(bodies(tt38()), Set.of());
    assertEquals(
        List.of(new Outcome("2.2", null)),
        applier.apply(
            a(
                Kind.REPLACE_PHRASE,
                "2.2",
                null,
                "công chức hải quan",
                "công chức, viên chức hải quan")));
    assertEquals(
        "Cơ quan hải quan, công chức, viên chức hải quan.",
        applier.changed().get("2").clause("2").orElseThrow().text());
    assertEquals(
        List.of(new Outcome("2.1", Skip.PHRASE_NOT_FOUND)),
        applier.apply(a(Kind.REPLACE_PHRASE, "2.1", null, "công chức hải quan", "x")));
    assertEquals(
        List.of(new Outcome("2.2", null)),
        applier.apply(
            a(
                Kind.REPLACE_PHRASE,
                "2.2",
                null,
                "công chức hải quan",
                "công chức, viên chức hải quan")),
        "confirmed again: already so, nothing to say");
    applier.apply(
        a(Kind.REMOVE_PHRASE, "2.3", null, "thương nhân tự chứng nhận xuất xứ hàng hóa", null));
    assertEquals(
        "Cơ quan, tổ chức cấp Giấy chứng nhận xuất xứ hàng hóa.",
        applier.changed().get("2").clause("3").orElseThrow().text());
    applier.apply(
        new Amendment(
            "38/2018/TT-BTC",
            Kind.ADD_PHRASE,
            List.of(Place.parse("2.4")),
            null,
            "Tổ chức, cá nhân",
            "Cơ quan,",
            true,
            "Bổ sung cụm từ “Cơ quan,” vào trước cụm từ “Tổ chức, cá nhân” tại khoản 4 Điều 2",
            1));
    assertTrue(
        applier
            .changed()
            .get("2")
            .clause("4")
            .orElseThrow()
            .text()
            .startsWith("Cơ quan, Tổ chức, cá nhân khác"));
  }

  @Test
  void placesAreReadBackAsTheProposalsWriteThem() {
    assertEquals(new Place("4", "4", "b", null), Place.parse("4.4.b"));
    assertEquals(new Place("7a", null, null, null), Place.parse("7a"));
    assertEquals(new Place("22", "1", "đ1", null), Place.parse("22.1.đ1"));
    assertEquals(new Place("6", null, "c", null), Place.parse("6.?.c"));
    assertEquals(
        new Place(null, null, null, "Phụ lục II mục III"), Place.parse("Phụ lục II mục III"));
    for (String p : List.of("4.4.b", "7a", "16.2", "Phụ lục II")) {
      assertEquals(p, Place.parse(p).toString());
    }
    assertTrue(Place.parse("Mục 3").readable());
    assertTrue(Place.parse("Phụ lục II mục III").readable());
    assertFalse(Place.parse("a").readable(), "no article, no part the law names");
    assertFalse(Place.parse("khoản").readable());
  }

  @Test
  void aNewWordingIsSplitIntoLinesAsAnImportedTextIs() {
    for (String br : List.of("\n", "\r\n", "\r", "\u2028")) {
      ArticleBody.ClauseBody c =
          AmendmentApplier.readClause("3", "3. Nội dung mới:" + br + "a) Một;" + br + "b) Hai.", 1)
              .orElseThrow();
      assertEquals("Nội dung mới:", c.text(), br);
      assertEquals(2, c.points().size(), "line break " + (int) br.charAt(br.length() - 1));
    }
  }
}
