package vn.quytrinh.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type a number's symbol says, and the type a text names. */
class LegalDocumentTypeTest {

  @ParameterizedTest
  @CsvSource({
    "23/2015/NĐ-CP, NGHI_DINH",
    "07/2025/nd-cp, NGHI_DINH",
    "3218/QĐ-UBND, QUYET_DINH",
    "19/2014/QĐ-TTg, QUYET_DINH",
    "04/2020/TT-BTP, THONG_TU",
    "01/2014/TTLT-BTP-BTC, THONG_TU_LIEN_TICH",
    "60/2014/QH13, LUAT",
    "80/2015/QH14, LUAT",
    "01/2021/NQ-HĐND, NGHI_QUYET",
    "05/CT-TTg, CHI_THI",
    "112/KH-UBND, KE_HOACH",
    "1520/UBND-VX, CONG_VAN",
    "15/BTP-HCTP, CONG_VAN",
    "2/VPCP-KSTT, CONG_VAN",
    "12/2019/HD-BTP, KHAC",
  })
  void theNumberSaysTheType(String number, LegalDocumentType type) {
    assertEquals(type, LegalDocumentType.of(LegalDocumentNumber.parse(number)));
  }

  @ParameterizedTest
  @CsvSource({
    "Nghị định, NGHI_DINH",
    "nghi dinh, NGHI_DINH",
    "'  THÔNG TƯ LIÊN TỊCH ', THONG_TU_LIEN_TICH",
    "Luật, LUAT",
    "Công văn, CONG_VAN",
  })
  void aTextNamesAType(String text, LegalDocumentType type) {
    assertEquals(Optional.of(type), LegalDocumentType.named(text));
  }

  @ParameterizedTest
  @CsvSource(
      value = {"NULL", "''", "Văn bản", "Nghị"},
      nullValues = "NULL")
  void anythingElseNamesNone(String text) {
    assertEquals(Optional.empty(), LegalDocumentType.named(text));
  }
}
