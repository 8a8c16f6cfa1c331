package vn.quytrinh.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

/** Bean Validation failures become 400 with JSON paths of the request body, not Java names. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private static final String STANDARD = "jakarta.validation.constraints.";

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return toResponse(e, ProblemExceptionMapper.language(headers));
  }

  static Response toResponse(ConstraintViolationException e, Locale locale) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(ConstraintViolationMapper::fieldError)
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return Problems.of(new InvalidInput(errors), locale);
  }

  /**
   * A violation as a field error in the reader's language. Our constraints name a bundle key as
   * their message ({@code message = "{validation.unit.code}"}); the standard ones without a message
   * of ours become {@code validation.Size}, {@code validation.NotNull}…; either way the
   * constraint's {@code min} and {@code max} are arguments 0 and 1.
   */
  public static FieldError fieldError(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    String key = "validation.other";
    if (template != null && template.startsWith("{") && template.endsWith("}")) {
      String inner = template.substring(1, template.length() - 1);
      key =
          inner.startsWith(STANDARD)
              ? "validation."
                  + inner.substring(STANDARD.length(), inner.length() - ".message".length())
              : inner;
    }
    Map<String, Object> a = v.getConstraintDescriptor().getAttributes();
    return new FieldError(jsonPath(v), key, a.get("min"), a.get("max"));
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
