package vn.quytrinh.platform.problem;

import java.util.List;

/** HTTP 400 with the fields at fault. */
public class InvalidInput extends ProblemException {

  private final List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    this(errors, "problem.invalidFields");
  }

  /** The detail is {@code key}; the fields at fault are {@code errors}. */
  public InvalidInput(List<FieldError> errors, String key, Object... args) {
    super(400, "problem.title.invalidInput", key, args);
    this.errors = List.copyOf(errors);
    with("errors", this.errors);
  }

  /** One field at fault; its message is the problem's detail too. */
  public InvalidInput(String field, String key, Object... args) {
    this(List.of(new FieldError(field, key, args)), key, args);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
