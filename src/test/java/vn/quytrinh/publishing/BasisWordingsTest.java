package vn.quytrinh.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.text.ArticleBody;
import vn.quytrinh.legal.text.LegalTextService.ArticleInForce;

/** The manual prints the wording in force of what its legal basis cites (issue 13, point 8). */
class BasisWordingsTest {

  static final LocalDate ON = LocalDate.of(2025, 3, 1);

  static LegalDocument decree(String number, long id) {
    LegalDocument d =
        new LegalDocument(
            LegalDocumentNumber.parse(number),
            new LegalDocument.Details(
                LegalDocumentType.NGHI_DINH, "Chính phủ", "Nghị định", ON, ON, null),
            "tk",
            java.time.Instant.EPOCH);
    try {
      java.lang.reflect.Field f = LegalDocument.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(d, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return d;
  }

  static CitationRow cite(String number, String article, String clause) {
    return new CitationRow(1, LegalDocumentNumber.parse(number), article, clause, null);
  }

  final LegalDocument nd23 = decree("23/2015/NĐ-CP", 7);
  final LegalDocument nd01 = decree("01/2020/NĐ-CP", 8);

  /** Điều 5 of 23/2015 as amended by 07/2025 from 09/01/2025; Điều 7 repealed. */
  final List<ArticleInForce> text23 =
      List.of(
          new ArticleInForce(
              "5",
              List.of(),
              new ArticleBody(
                  "Thẩm quyền chứng thực",
                  null,
                  List.of(
                      new ArticleBody.ClauseBody("1", "Phòng Tư pháp cấp huyện.", List.of(), false),
                      new ArticleBody.ClauseBody(
                          "2",
                          "Ủy ban nhân dân cấp xã:",
                          List.of(new ArticleBody.PointBody("a", "Chứng thực bản sao.", false)),
                          false))),
              false,
              9,
              "07/2025/NĐ-CP",
              LocalDate.of(2025, 1, 9)),
          new ArticleInForce(
              "7",
              List.of(),
              new ArticleBody("Cũ", null, List.of()),
              true,
              9,
              "07/2025/NĐ-CP",
              ON));

  List<ProcedureSheet.Quote> quotes(CitationRow... cited) {
    Map<String, LegalDocument> reg = Map.of(nd23.numberKey(), nd23, nd01.numberKey(), nd01);
    return BasisWordings.of(
        List.of(cited),
        k -> Optional.ofNullable(reg.get(k)),
        id -> id == 7L ? Optional.of(text23) : Optional.empty(),
        ON);
  }

  @Test
  void theClauseCitedWithItsPointsOrTheWholeArticleSaidWithWhoSetIt() {
    List<ProcedureSheet.Quote> q =
        quotes(
            cite("23/2015/NĐ-CP", "5", "2"),
            cite("23/2015/ND-CP", "5", null),
            cite("23/2015/NĐ-CP", "5", "2"));
    assertEquals(2, q.size(), "each place once");
    assertEquals("Khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP", q.get(0).heading());
    assertEquals(List.of("2. Ủy ban nhân dân cấp xã:", "a) Chứng thực bản sao."), q.get(0).lines());
    assertTrue(q.get(0).source().contains("01/03/2025"), q.get(0).source());
    assertTrue(q.get(0).source().contains("07/2025/NĐ-CP"), q.get(0).source());
    assertTrue(q.get(0).source().contains("09/01/2025"), q.get(0).source());
    assertEquals(
        List.of(
            "Điều 5. Thẩm quyền chứng thực",
            "1. Phòng Tư pháp cấp huyện.",
            "2. Ủy ban nhân dân cấp xã:",
            "a) Chứng thực bản sao."),
        q.get(1).lines());
  }

  @Test
  void whatIsRepealedMissingOrWithoutTextIsSaidOrLeftOut() {
    List<ProcedureSheet.Quote> q =
        quotes(
            cite("23/2015/NĐ-CP", "7", null),
            cite("23/2015/NĐ-CP", "99", null),
            cite("01/2020/NĐ-CP", "3", null),
            cite("23/2015/NĐ-CP", null, null),
            cite("99/2020/NĐ-CP", "1", null));
    assertEquals(2, q.size(), "no text, no article, or no registered document: nothing printed");
    assertEquals(List.of("Điều 7. (được bãi bỏ)"), q.get(0).lines());
    assertEquals(List.of(), q.get(1).lines());
    assertTrue(q.get(1).source().contains("không có điều này"), q.get(1).source());
  }
}
