package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentsTest {

  @Test
  void aVietnameseNameArrivesWholeAndOldBrowsersGetItInAscii() {
    assertEquals(
        "attachment; filename=\"So_tay_quy_trinh_HY.XA.TANHOA_2026-12-02.pdf\";"
            + " filename*=UTF-8''S%E1%BB%95%20tay%20quy%20tr%C3%ACnh%20HY.XA.TANHOA_2026-12-02.pdf",
        Attachments.disposition("Sổ tay quy trình HY.XA.TANHOA_2026-12-02.pdf"));
    assertEquals("Ho_so__d__.xlsx", Attachments.asciiName("Hồ sơ \"đ\";.xlsx"));
  }
}
