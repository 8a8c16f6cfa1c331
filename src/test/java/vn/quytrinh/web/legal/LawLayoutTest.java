package vn.quytrinh.web.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.text.ArticleBody;
import vn.quytrinh.legal.text.LegalText;
import vn.quytrinh.legal.text.LegalTextParser;
import vn.quytrinh.legal.text.LegalTextService.ArticleInForce;
import vn.quytrinh.web.legal.LawLayout.Block;

class LawLayoutTest {

  static final long TT38 = 1;
  static final long TT62 = 2;

  static LegalText tt38() throws Exception {
    try (InputStream in =
        LawLayoutTest.class.getResourceAsStream("/vn/quytrinh/legal/text/texts/tt38_2018.txt")) {
      return new LegalTextParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** TT 38/2018 as issued, with Điều 4 reworded by TT 62/2019 and its khoản 3 repealed. */
  static List<ArticleInForce> inForce(LegalText t) {
    List<ArticleInForce> out = new ArrayList<>();
    for (LegalText.Article a : t.articles()) {
      ArticleBody b = ArticleBody.of(a);
      if (a.number().equals("4")) {
        out.add(
            new ArticleInForce(
                "4",
                a.within(),
                b.repealClause("3"),
                false,
                TT62,
                "62/2019/TT-BTC",
                LocalDate.of(2019, 10, 21)));
      } else {
        out.add(new ArticleInForce(a.number(), a.within(), b, false, TT38, "38/2018/TT-BTC", null));
      }
    }
    return out;
  }

  @Test
  void eachChapterHeadsItsFirstArticleOnceAndTheArticlesFollowInTheirOrder() throws Exception {
    List<Block> blocks = LawLayout.of(TT38, inForce(tt38()));
    List<String> shown =
        blocks.stream()
            .map(b -> b.heading() != null ? b.heading().label() : b.article().heading())
            .toList();
    assertEquals(
        List.of(
            "Chương I",
            "Điều 1.",
            "Điều 2.",
            "Chương II",
            "Điều 3.",
            "Điều 4.",
            "Điều 5.",
            "Điều 6.",
            "Điều 7."),
        shown);
    LawLayout.Heading ch2 = blocks.get(3).heading();
    assertTrue(ch2.title().startsWith("HỒ SƠ XÁC ĐỊNH TRƯỚC XUẤT XỨ"), ch2.title());
    assertEquals(1, ch2.depth());
    assertEquals("chapter", ch2.level());
  }

  @Test
  void anArticleShowsItsClausesAndPointsAsTheLawNumbersThem() throws Exception {
    LawLayout.Article a3 = LawLayout.of(TT38, inForce(tt38())).get(4).article();
    assertEquals("Hồ sơ đề nghị xác định trước xuất xứ hàng hóa", a3.title());
    assertEquals("dieu-3", a3.anchor());
    assertEquals("1.", a3.clauses().get(0).label());
    assertEquals(
        List.of("a)", "b)", "c)", "d)"),
        a3.clauses().get(0).points().stream().map(LawLayout.Point::label).toList());
    assertFalse(a3.amended(), "as issued");
    assertNull(a3.appliesFrom());
  }

  @Test
  void anAmendedArticleNamesTheDocumentThatLastChangedItAndARepealedClauseIsMarked()
      throws Exception {
    LawLayout.Article a4 = LawLayout.of(TT38, inForce(tt38())).get(5).article();
    assertTrue(a4.amended());
    assertEquals(TT62, a4.setById());
    assertEquals("62/2019/TT-BTC", a4.setByNumber());
    assertEquals(LocalDate.of(2019, 10, 21), a4.appliesFrom());
    LawLayout.Clause k3 = a4.clauses().get(2);
    assertEquals("3.", k3.label());
    assertTrue(k3.repealed());
    assertEquals("", k3.text());
  }

  @Test
  void aTextWithoutDivisionsIsItsArticlesAlone() {
    ArticleBody body = new ArticleBody("Hiệu lực thi hành", "Thông tư này có hiệu lực.", List.of());
    List<Block> blocks =
        LawLayout.of(
            TT62,
            List.of(new ArticleInForce("3", List.of(), body, true, TT38, "38/2018/TT-BTC", null)));
    assertEquals(1, blocks.size());
    assertTrue(blocks.get(0).article().repealed());
    assertTrue(blocks.get(0).article().amended(), "set by another document than the text's own");
  }
}
