package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

class BodiesTest {

  public static class Body {
    @NotBlank(message = "name required")
    public String name;
  }

  @Test
  void aMissingBodyIsOneAnswerWhetherOrNotTheBodyHasConstraints() {
    InvalidInput required = assertThrows(InvalidInput.class, () -> Bodies.required(null));
    assertEquals(400, required.status());
    assertEquals(List.of("body"), required.errors().stream().map(FieldError::field).toList());
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    InvalidInput valid = assertThrows(InvalidInput.class, () -> Bodies.valid(validator, null));
    assertEquals(required.detail(), valid.detail());
    assertEquals(required.errors(), valid.errors());
  }

  @Test
  void aPresentBodyIsReturnedAndItsConstraintsChecked() {
    Body b = new Body();
    assertSame(b, Bodies.required(b));
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    InvalidInput e = assertThrows(InvalidInput.class, () -> Bodies.valid(validator, b));
    assertEquals(List.of("name"), e.errors().stream().map(FieldError::field).toList());
    b.name = "Xã Tân Hòa";
    assertSame(b, Bodies.valid(validator, b));
  }
}
