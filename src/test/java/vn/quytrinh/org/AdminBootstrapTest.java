package vn.quytrinh.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.quytrinh.org.AdminBootstrap.Decision.CREATE_ADMIN;
import static vn.quytrinh.org.AdminBootstrap.Decision.LEAVE_TO_SAMPLE_DATA;
import static vn.quytrinh.org.AdminBootstrap.Decision.NOTHING;
import static vn.quytrinh.org.AdminBootstrap.Decision.REFUSE_TO_START;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminBootstrapTest {

  private static final Optional<String> PASSWORD = Optional.of("Mật-khẩu-quản-trị-2026");

  @Test
  void existingUsersMeanNothingToDo() {
    assertEquals(NOTHING, AdminBootstrap.decide(1, PASSWORD, true));
    assertEquals(NOTHING, AdminBootstrap.decide(1, Optional.empty(), false));
    assertEquals(NOTHING, AdminBootstrap.decide(42, Optional.empty(), true));
  }

  @Test
  void noUsersAndAPasswordCreatesTheAdmin() {
    assertEquals(CREATE_ADMIN, AdminBootstrap.decide(0, PASSWORD, false));
    assertEquals(CREATE_ADMIN, AdminBootstrap.decide(0, PASSWORD, true), "password wins");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n  "})
  void blankPasswordIsMissing(String blank) {
    assertEquals(REFUSE_TO_START, AdminBootstrap.decide(0, Optional.of(blank), false));
    assertEquals(LEAVE_TO_SAMPLE_DATA, AdminBootstrap.decide(0, Optional.of(blank), true));
  }

  @Test
  void noUsersNoPasswordButSampleDataLeavesItToTheSampleData() {
    assertEquals(LEAVE_TO_SAMPLE_DATA, AdminBootstrap.decide(0, Optional.empty(), true));
  }

  @Test
  void noUsersNoPasswordNoSampleDataRefusesToStart() {
    assertEquals(REFUSE_TO_START, AdminBootstrap.decide(0, Optional.empty(), false));
  }
}
