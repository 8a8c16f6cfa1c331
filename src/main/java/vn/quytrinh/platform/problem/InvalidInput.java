package vn.quytrinh.platform.problem;

import java.util.List;

/** HTTP 400 with the fields at fault. */
public class InvalidInput extends ProblemException {

  private final List<FieldError> errors;

  public InvalidInput(String detail, List<FieldError> errors) {
    super(400, "Dữ liệu không hợp lệ (Invalid input)", detail);
    this.errors = List.copyOf(errors);
    with("errors", this.errors);
  }

  public InvalidInput(String field, String message) {
    this(message, List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
