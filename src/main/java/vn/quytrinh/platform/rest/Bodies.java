package vn.quytrinh.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

/**
 * The one check of a request body: {@link #required} for every body, {@link #valid} when the body
 * also carries Bean Validation constraints. Called explicitly rather than through {@code @Valid} on
 * resource parameters, which breaks Payara's OpenAPI generator (FISH-12153).
 */
public final class Bodies {

  private Bodies() {}

  /** The body, or 400 when none was sent. */
  public static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInput("body", "problem.body.required");
    }
    return body;
  }

  /** The body, or 400 when none was sent or when it breaks its constraints (with the fields). */
  public static <T> T valid(Validator validator, T body) {
    required(body);
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
