package vn.quytrinh.publishing.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportResourceTest {

  @Test
  void theWholeTrailIsNamedForWhatItIs() {
    assertEquals("nhat-ky-kiem-toan", ReportResource.fileName("audit", null));
    assertEquals("nhat-ky-kiem-toan", ReportResource.fileName("audit", " "));
    assertEquals("nhat-ky-kiem-toan_HY.XA", ReportResource.fileName("audit", "HY.XA"));
    assertEquals("flags_HY.XA", ReportResource.fileName("flags", "HY.XA"));
  }
}
