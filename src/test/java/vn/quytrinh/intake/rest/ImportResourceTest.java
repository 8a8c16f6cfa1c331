package vn.quytrinh.intake.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.PayloadTooLarge;

/**
 * The resource refuses one byte over its limit. That the limit is the configured one is shown end
 * to end by ApiContractIT, which starts the server with its own quytrinh.import.max-bytes.
 */
class ImportResourceTest {

  @Test
  void aConfiguredLimitIsTheOneApplied() {
    ImportResource r = new ImportResource(null, null, 1024);
    assertEquals(1024, r.read(new ByteArrayInputStream(new byte[1024])).length);
    PayloadTooLarge e =
        assertThrows(PayloadTooLarge.class, () -> r.read(new ByteArrayInputStream(new byte[1025])));
    assertEquals(413, e.status());
  }
}
