package vn.quytrinh.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

/**
 * Validates request bodies with Bean Validation. Called explicitly rather than through
 * {@code @Valid} on resource parameters, which breaks Payara's OpenAPI generator (FISH-12153).
 */
public final class Bodies {

  private Bodies() {}

  public static <T> T valid(Validator validator, T body) {
    if (body == null) {
      throw new InvalidInput("body", "problem.body.required");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      List<FieldError> errors =
          violations.stream()
              .map(ConstraintViolationMapper::fieldError)
              .sorted(Comparator.comparing(FieldError::field))
              .toList();
      throw new InvalidInput(errors);
    }
    return body;
  }
}
