package vn.quytrinh.tthc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.legal.LegalDocumentNumber;

/** How a published list (an imported annex) amends a registered TTHC, without a database. */
class TthcAmendTest {

  static final String DOSSIER = "[{\"name\":\"Tờ khai\",\"copies\":1}]";

  static CitationRow cite(int seq, String number, String article) {
    return new CitationRow(seq, LegalDocumentNumber.parse(number), article, null, null);
  }

  static Tthc.Description description(
      String name,
      String fee,
      Set<String> units,
      BigDecimal days,
      String dossier,
      List<CitationRow> basis) {
    return new Tthc.Description(
        name,
        "Chứng thực",
        TthcLevel.XA,
        "UBND cấp xã",
        new TreeSet<>(units),
        days,
        "Trong ngày",
        fee,
        dossier,
        null,
        basis);
  }

  final Tthc registered = new Tthc("2.000815", "tk", Instant.parse("2026-01-05T02:00:00Z"));

  {
    registered.describe(
        description(
            "Chứng thực bản sao từ bản chính",
            "2.000 đồng/trang",
            Set.of("XA-A"),
            new BigDecimal("0.5"),
            DOSSIER,
            List.of(cite(0, "23/2015/NĐ-CP", "5"))));
  }

  @Test
  void theSameListAgainChangesNothing() {
    Tthc.Description same =
        description(
            "Chứng thực bản sao từ bản chính",
            "2.000 đồng/trang",
            Set.of("XA-A"),
            new BigDecimal("0.50"),
            Tthc.NO_DOSSIER,
            List.of(cite(0, "Số 23/2015/ND-CP", "5")));
    assertFalse(registered.amend(same), "0.50 days is 0.5, ND-CP is NĐ-CP, no dossier keeps ours");
    assertEquals(DOSSIER, registered.dossierJson());
  }

  @Test
  void whatTheListSaysReplacesWhatItLeavesBlankStays() {
    Tthc.Description listing =
        new Tthc.Description(
            "Chứng thực bản sao từ bản chính giấy tờ",
            null,
            null,
            null,
            new TreeSet<>(Set.of("XA-B")),
            null,
            null,
            "3.000 đồng/trang",
            Tthc.NO_DOSSIER,
            null,
            List.of());
    assertTrue(registered.amend(listing));
    assertEquals("Chứng thực bản sao từ bản chính giấy tờ", registered.name());
    assertEquals("3.000 đồng/trang", registered.fee());
    assertEquals("Chứng thực", registered.field(), "a blank field keeps the registered one");
    assertEquals(TthcLevel.XA, registered.level());
    assertEquals("UBND cấp xã", registered.agency());
    assertEquals(0, new BigDecimal("0.5").compareTo(registered.timeLimitDays()));
    assertEquals("Trong ngày", registered.timeLimitText());
    assertEquals(Set.of("XA-A", "XA-B"), registered.unitCodes(), "units are added, none removed");
    assertEquals(DOSSIER, registered.dossierJson(), "a list without a dossier keeps ours");
    assertEquals(
        List.of("23/2015/NĐ-CP"),
        registered.legalBasis().stream().map(CitationRow::number).toList(),
        "a list without a basis keeps ours");
  }

  @Test
  void aListWithItsOwnBasisDossierOrTimeLimitGivesThem() {
    String theirs = "[{\"name\":\"Bản chính\",\"copies\":null}]";
    assertTrue(
        registered.amend(
            description(
                "Chứng thực bản sao từ bản chính",
                "2.000 đồng/trang",
                Set.of(),
                BigDecimal.ONE,
                theirs,
                List.of(cite(0, "23/2015/NĐ-CP", "5"), cite(1, "07/2025/NĐ-CP", null)))));
    assertEquals(theirs, registered.dossierJson());
    assertEquals(0, BigDecimal.ONE.compareTo(registered.timeLimitDays()));
    assertEquals(
        List.of("23/2015/NĐ-CP", "07/2025/NĐ-CP"),
        registered.legalBasis().stream().map(CitationRow::number).toList());
    assertEquals(Set.of("XA-A"), registered.unitCodes());
  }

  @Test
  void anotherArticleOfTheSameDocumentIsAChange() {
    assertTrue(
        registered.amend(
            description(
                "Chứng thực bản sao từ bản chính",
                "2.000 đồng/trang",
                Set.of("XA-A"),
                new BigDecimal("0.5"),
                Tthc.NO_DOSSIER,
                List.of(cite(0, "23/2015/NĐ-CP", "6")))));
    assertEquals("6", registered.legalBasis().get(0).article());
  }
}
