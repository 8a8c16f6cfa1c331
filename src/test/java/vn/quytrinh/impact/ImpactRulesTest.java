package vn.quytrinh.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.impact.ImpactRules.Path;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.tthc.TthcChangeKind;

class ImpactRulesTest {

  @Test
  void severityFollowsTheArticlesCited() {
    List<String> amended = List.of("5", "17");
    assertEquals(Severity.AFFECTED, ImpactRules.severity(Path.DIRECT, amended, "17", null, null));
    assertEquals(
        Severity.POSSIBLY_AFFECTED, ImpactRules.severity(Path.DIRECT, amended, "18", null, null));
    assertEquals(
        Severity.AFFECTED,
        ImpactRules.severity(Path.DIRECT, amended, null, null, null),
        "no article named");
    assertEquals(
        Severity.AFFECTED,
        ImpactRules.severity(Path.DIRECT, List.of(), "18", null, null),
        "the whole text");
    assertEquals(
        Severity.AFFECTED, ImpactRules.severity(Path.TTHC_BASIS, amended, "5", null, null));
    assertEquals(
        Severity.POSSIBLY_AFFECTED,
        ImpactRules.severity(Path.CHAIN, List.of(), null, null, null),
        "chains only hint");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // changed places | cited article | clause | point | severity
        "17.2 | 17 | 2 | - | AFFECTED",
        "17.2 | 17 | - | - | AFFECTED",
        "17.2 | 17 | 2 | b | AFFECTED",
        "17.2 | 17 | 3 | - | POSSIBLY_AFFECTED",
        "17.2.a | 17 | 2 | a | AFFECTED",
        "17.2.a | 17 | 2 | b | POSSIBLY_AFFECTED",
        "17.2.a | 17 | 2 | - | AFFECTED",
        "17.2.a | 17 | 1 | a | POSSIBLY_AFFECTED",
        "17.?.a | 17 | 2 | a | AFFECTED",
        "17 | 17 | 3 | c | AFFECTED",
        "17.2 | 18 | 2 | - | POSSIBLY_AFFECTED",
        "17.2 | - | - | - | AFFECTED",
        "17.2 17.3 | 17 | 3 | - | AFFECTED",
        "17.3a | 17 | 3a | - | AFFECTED",
        "17.3a | 17 | 3 | - | POSSIBLY_AFFECTED"
      })
  void clausesAndPointsAreAsPreciseAsTheAmendmentSays(
      String changed, String article, String clause, String point, Severity expected) {
    assertEquals(
        expected,
        ImpactRules.severity(Path.DIRECT, List.of(changed.split(" ")), article, clause, point),
        changed + " / " + article + "." + clause + "." + point);
  }

  @Test
  void codesOrderSeverityFirstThenPath() {
    int directAffected = ImpactRules.code(Severity.AFFECTED, Path.DIRECT);
    int tthcAffected = ImpactRules.code(Severity.AFFECTED, Path.TTHC_BASIS);
    int directPossibly = ImpactRules.code(Severity.POSSIBLY_AFFECTED, Path.DIRECT);
    int chain = ImpactRules.code(Severity.POSSIBLY_AFFECTED, Path.CHAIN);
    assertEquals(
        List.of(23, 22, 13, 11), List.of(directAffected, tthcAffected, directPossibly, chain));
    assertEquals(Severity.AFFECTED, ImpactRules.severityOf(tthcAffected));
    assertEquals(Severity.POSSIBLY_AFFECTED, ImpactRules.severityOf(directPossibly));
  }

  @Test
  void reasonsNameTheChangeInEitherLanguage() {
    Message m =
        ImpactRules.reason(
            23,
            RelationKind.AMENDS,
            "07/2025/NĐ-CP",
            "23/2015/NĐ-CP",
            List.of("5", "17"),
            LocalDate.of(2025, 1, 9));
    assertEquals(
        "Quy trình trích dẫn điều khoản bị tác động: 23/2015/NĐ-CP bị sửa đổi, bổ sung (Điều 5, 17) bởi"
            + " 07/2025/NĐ-CP, có hiệu lực từ 09/01/2025.",
        m.toString());
    assertEquals(
        "The procedure cites a changed provision: 23/2015/NĐ-CP amended (Article 5, 17) by"
            + " 07/2025/NĐ-CP, in force from 09/01/2025.",
        m.in(Messages.EN));
    // stored as key + arguments, it reads back the same in both languages
    Message stored = Message.fromJson(m.key(), m.argsJson());
    assertEquals(m.toString(), stored.toString());
    assertEquals(m.in(Messages.EN), stored.in(Messages.EN));
    assertTrue(
        ImpactRules.reason(
                11,
                RelationKind.REPLACES,
                "118/2025/NĐ-CP",
                "61/2018/NĐ-CP",
                List.of(),
                LocalDate.of(2025, 7, 1))
            .toString()
            .contains("hướng dẫn"));
    assertEquals(
        "TTHC 2.000815 mà quy trình thực hiện được bãi bỏ theo Quyết định công bố 1234/QĐ-BTP, có hiệu lực từ 01/03/2025.",
        ImpactRules.reason(
                TthcChangeKind.ABOLISHED, "2.000815", "1234/QĐ-BTP", LocalDate.of(2025, 3, 1))
            .toString());
  }
}
