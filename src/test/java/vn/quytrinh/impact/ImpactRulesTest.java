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
    assertEquals(Severity.AFFECTED, ImpactRules.severity(Path.DIRECT, amended, "17"));
    assertEquals(Severity.POSSIBLY_AFFECTED, ImpactRules.severity(Path.DIRECT, amended, "18"));
    assertEquals(
        Severity.AFFECTED, ImpactRules.severity(Path.DIRECT, amended, null), "no article named");
    assertEquals(
        Severity.AFFECTED, ImpactRules.severity(Path.DIRECT, List.of(), "18"), "the whole text");
    assertEquals(Severity.AFFECTED, ImpactRules.severity(Path.TTHC_BASIS, amended, "5"));
    assertEquals(
        Severity.POSSIBLY_AFFECTED,
        ImpactRules.severity(Path.CHAIN, List.of(), null),
        "chains only hint");
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
