package vn.quytrinh.platform.problem;

/** One invalid field: {@code field} is a JSON path such as {@code content.steps[2].days}. */
public record FieldError(String field, String message) {}
