package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;

/** A flag stored with a key reads in either language; one stored as text only stays as it is. */
class FlagViewLanguageTest {

  private static FlagView flag(String reason, String key, String args) {
    return new FlagView(
        1,
        2,
        "QT-01",
        "Quy trình",
        "XA-A",
        1,
        Severity.AFFECTED,
        new FlagView.Trigger("AMENDS", "07/2025/NĐ-CP", "23/2015/NĐ-CP", null, List.of("5")),
        reason,
        LocalDate.of(2025, 1, 10),
        LocalDate.of(2025, 4, 9),
        FlagStatus.OPEN,
        null,
        null,
        null,
        null,
        null,
        null,
        key,
        args,
        null);
  }

  @Test
  void aKeyedReasonIsWordedInTheReadersLanguage() {
    Message m =
        ImpactRules.reason(
            23,
            RelationKind.AMENDS,
            "07/2025/NĐ-CP",
            "23/2015/NĐ-CP",
            List.of("5"),
            LocalDate.of(2025, 1, 9));
    FlagView stored = flag(m.toString(), m.key(), m.argsJson());

    assertEquals(m.toString(), stored.in(Messages.VI).reason());
    assertTrue(
        stored
            .in(Messages.EN)
            .reason()
            .startsWith(
                "The procedure cites a changed provision: 23/2015/NĐ-CP amended (Article 5)"),
        stored.in(Messages.EN).reason());
    String json = JsonbBuilder.create().toJson(stored.in(Messages.EN));
    assertTrue(json.contains("\"reasonKey\":\"flag.reason.citesChangedArticle\""), json);
    assertFalse(json.contains("reasonArgs"), json);
  }

  @Test
  void aReasonStoredBeforeKeysStaysAsWritten() {
    FlagView old = flag("Lý do cũ, như đã ghi.", null, null);
    assertSame(old, old.in(Messages.EN));
    assertEquals("Lý do cũ, như đã ghi.", old.in(Messages.EN).reason());
  }
}
