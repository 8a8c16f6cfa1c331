package vn.quytrinh.web.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.impact.AmendmentService;
import vn.quytrinh.legal.text.Amendment;

/** A proposal corrected by hand on the page is what is confirmed (issue 13, point 3). */
class ProposalRowTest {

  static final LocalDate FROM = LocalDate.of(2019, 10, 21);

  @Test
  void placesAreTypedAsTheLawWritesThemOrInTheNotation() {
    assertEquals(
        List.of("4.4.b", "7a", "15.6", "Phụ lục II"),
        LegalTextPage.placesTyped("điểm b khoản 4 Điều 4, 7a; khoản 6 Điều 15 , Phụ lục II"));
    assertEquals(List.of(), LegalTextPage.placesTyped(" , "));
    assertEquals(List.of(), LegalTextPage.placesTyped(null));
  }

  /** A proposal's places read as the law writes them, not as the notation the reader keeps. */
  @Test
  void placesAreShownAsTheLawWritesThem() {
    List<String> places = List.of("4.4.b", "15.6", "7a", "4.?.c", "Phụ lục II");
    assertEquals(
        "điểm b khoản 4 Điều 4, khoản 6 Điều 15, Điều 7a, điểm c Điều 4, Phụ lục II",
        LegalTextPage.placesInWords(places, java.util.Locale.forLanguageTag("vi")));
    assertEquals(
        "point b of clause 4 of Article 4, clause 6 of Article 15, Article 7a, point c of Article 4,"
            + " Phụ lục II",
        LegalTextPage.placesInWords(places, java.util.Locale.ENGLISH));
  }

  @Test
  void whatThePersonCorrectsIsWhatIsConfirmed() {
    LegalTextPage.ProposalRow row =
        LegalTextPage.ProposalRow.of(
                List.of(
                    new Amendment(
                        "38/2018/TT-BTC",
                        Amendment.Kind.AMEND,
                        List.of(Amendment.Place.parse("15.6.h")),
                        "h) Lời văn đọc sai",
                        null,
                        null,
                        true,
                        "Sửa đổi điểm h khoản 6 Điều 15 như sau:",
                        12)),
                FROM)
            .get(0);
    assertTrue(row.isWordingKind());
    assertFalse(row.isPhraseKind());
    row.setTarget(" 38/2018/TT-BTC ");
    row.setPlacesText("khoản 6 Điều 15");
    row.setWording("6. Lời văn đúng.");
    AmendmentService.Proposal p = row.proposal();
    assertEquals("38/2018/TT-BTC", p.target());
    assertEquals(List.of("15.6"), p.places());
    assertEquals("6. Lời văn đúng.", p.wording());
    assertEquals(FROM, p.effectiveFrom());

    row.setKind("REPLACE_PHRASE");
    row.setOldPhrase("cơ quan hải quan");
    row.setNewPhrase("Cục Hải quan");
    row.setWording(" ");
    assertTrue(row.isPhraseKind());
    p = row.proposal();
    assertEquals("REPLACE_PHRASE", p.kind());
    assertEquals("cơ quan hải quan", p.oldPhrase());
    assertEquals("Cục Hải quan", p.newPhrase());
    assertEquals(null, p.wording(), "a blank wording is none");
  }
}
