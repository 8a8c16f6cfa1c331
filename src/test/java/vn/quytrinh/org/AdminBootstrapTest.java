package vn.quytrinh.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.quytrinh.org.AdminBootstrap.Decision.CREATE_ADMIN;
import static vn.quytrinh.org.AdminBootstrap.Decision.LEAVE_TO_SAMPLE_DATA;
import static vn.quytrinh.org.AdminBootstrap.Decision.NOTHING;
import static vn.quytrinh.org.AdminBootstrap.Decision.REFUSE_TO_START;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.org.security.PasswordPolicy;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

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

  /**
   * A first administrator's password that breaks the rule stops the start with the reason in both
   * languages, not with a failed deployment's stack trace (found when "exp-admin-pass-2026" was
   * refused for holding the username 'admin' and the log said only "invalid user data").
   */
  @Test
  void aRefusedAdminPasswordSaysWhyInBothLanguages() {
    var reason = PasswordPolicy.problem("thu-admin-2026-moi", "admin").orElseThrow();
    String said =
        AdminBootstrap.refusedPassword(
            new InvalidInput(List.of(new FieldError("password", reason))));
    assertTrue(said.contains("QUYTRINH_ADMIN_PASSWORD"), said);
    assertTrue(said.contains(reason.in(Messages.VI)), said);
    assertTrue(said.contains(reason.in(Messages.EN)), said);
    assertTrue(said.contains("không thể khởi động") && said.contains("cannot start"), said);
  }

  /** The same through the start itself: the rule's own refusal stops it, saying why. */
  @Test
  void theStartStopsOnARefusedAdminPassword() {
    OrgService empty =
        new OrgService() {
          @Override
          public long userCount() {
            return 0;
          }

          @Override
          public AppUser bootstrapUser(UserData d, String password) {
            PasswordPolicy.problem(password, d.username())
                .ifPresent(
                    p -> {
                      throw new InvalidInput(List.of(new FieldError("password", p)));
                    });
            return null;
          }
        };
    AdminBootstrap start = new AdminBootstrap(empty, Optional.of("aaaaaaaaaaaa"), false, false);
    IllegalStateException stopped =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> start.onStart(new Object()));
    assertTrue(
        stopped.getMessage().contains(Messages.get(Messages.EN, "validation.password.repeated")),
        stopped.getMessage());
  }
}
