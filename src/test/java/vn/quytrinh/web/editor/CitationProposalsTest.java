package vn.quytrinh.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.intake.CitationText;
import vn.quytrinh.tthc.TthcService.Citation;
import vn.quytrinh.web.editor.DraftForm.CitationRow;

class CitationProposalsTest {

  static CitationRow cited(String number, String article) {
    CitationRow r = CitationRow.picked(number, null);
    r.setArticle(article);
    return r;
  }

  static String shown(CitationRow r) {
    return r.getNumber() + "|" + r.getArticle() + "|" + r.getClause() + "|" + r.getPoint();
  }

  /** What the recogniser read in "Căn cứ Luật Hộ tịch năm 2014; Nghị định 123/2015/NĐ-CP…". */
  static final CitationText.Result READ =
      new CitationText.Result(
          List.of(
              new Citation("60/2014/QH13", "18", null, null),
              new Citation("123/2015/NĐ-CP", "18", null, null),
              new Citation("23/2015/NĐ-CP", "5", "2", "đ"),
              new Citation("60/2014/QH13", "18", null, null),
              new Citation("99/2099/NĐ-CP", null, null, null)),
          List.of("99/2099/NĐ-CP", "Luật Hôn nhân và gia đình"),
          java.util.Map.of("60/2014/QH13", "Luật Hộ tịch"));

  @Test
  void whatTheDraftAlreadyCitesIsNotProposedAgainNorIsARepeat() {
    CitationProposals p = CitationProposals.of(READ, List.of(cited("123/2015/ND-CP", "Điều 18")));
    assertEquals(
        List.of("60/2014/QH13|18|null|null", "23/2015/NĐ-CP|5|2|đ", "99/2099/NĐ-CP|null|null|null"),
        p.accepted().stream().map(CitationProposalsTest::shown).toList(),
        "123/2015 Điều 18 is cited already, written another way; Luật Hộ tịch read twice is one");
  }

  @Test
  void aNumberTheRegistryDoesNotKnowIsMarkedAndANameWithoutOneIsListedApart() {
    CitationProposals p = CitationProposals.of(READ, List.of());
    assertEquals(
        List.of(true, true, true, false),
        p.getProposals().stream().map(CitationProposals.Proposal::isRegistered).toList());
    assertEquals(List.of("Luật Hôn nhân và gia đình"), p.getUnread());
    assertEquals("Luật Hộ tịch", p.getProposals().get(0).getTitle());
    assertEquals("Luật Hộ tịch", p.accepted().get(0).getTitle(), "the row shows it, as a pick");
    assertEquals(null, p.getProposals().get(3).getTitle());
    assertFalse(p.isEmpty());
  }

  @Test
  void onlyTheChosenAreAccepted() {
    CitationProposals p = CitationProposals.of(READ, new ArrayList<>());
    p.getProposals().get(1).setChosen(false);
    p.getProposals().get(3).setChosen(false);
    assertEquals(
        List.of("60/2014/QH13|18|null|null", "23/2015/NĐ-CP|5|2|đ"),
        p.accepted().stream().map(CitationProposalsTest::shown).toList());
  }

  @Test
  void aPointLetterIsAPlaceAndAnotherArticleIsAnotherCitation() {
    CitationProposals p =
        CitationProposals.of(
            new CitationText.Result(
                List.of(
                    new Citation("60/2014/QH13", "16", null, null),
                    new Citation("60/2014/QH13", "18", null, null)),
                List.of()),
            List.of(cited("60/2014/QH13", "Điều 16")));
    assertEquals(1, p.getProposals().size());
    assertEquals("18", p.getProposals().get(0).getArticle());
    assertTrue(
        CitationProposals.of(new CitationText.Result(List.of(), List.of()), List.of()).isEmpty());
  }

  /** Point đ is its own point, not point d folded (Vietnamese points run a, b, c, d, đ, e). */
  @Test
  void pointĐIsNotPointD() {
    CitationRow d = cited("23/2015/NĐ-CP", "Điều 5");
    d.setClause("khoản 2");
    d.setPoint("điểm d");
    CitationProposals p =
        CitationProposals.of(
            new CitationText.Result(
                List.of(
                    new Citation("23/2015/NĐ-CP", "5", "2", "đ"),
                    new Citation("23/2015/NĐ-CP", "5", "2", "d")),
                List.of()),
            List.of(d));
    assertEquals(
        List.of("23/2015/NĐ-CP|5|2|đ"),
        p.accepted().stream().map(CitationProposalsTest::shown).toList(),
        "điểm d of khoản 2 Điều 5 is cited already, written with its words; điểm đ is not");
  }
}
