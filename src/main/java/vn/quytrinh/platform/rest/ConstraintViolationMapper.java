package vn.quytrinh.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

/** Bean Validation failures become 400 with JSON paths of the request body, not Java names. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(jsonPath(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return Problems.of(new InvalidInput("Yêu cầu có trường không hợp lệ.", errors));
  }

  /** Drops the method and parameter nodes; keeps properties with their list indexes. */
  public static String jsonPath(ConstraintViolation<?> v) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : v.getPropertyPath()) {
      ElementKind k = n.getKind();
      if (k != ElementKind.PROPERTY
          && k != ElementKind.CONTAINER_ELEMENT
          && k != ElementKind.BEAN) {
        continue;
      }
      if (n.getIndex() != null) {
        // the index names the element of the container this node sits in: "steps[2]"
        b.append('[').append(n.getIndex()).append(']');
      } else if (n.getKey() != null) {
        b.append('[').append(n.getKey()).append(']');
      }
      if (k == ElementKind.PROPERTY && n.getName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(n.getName());
      }
    }
    return b.length() == 0 ? "body" : b.toString();
  }
}
