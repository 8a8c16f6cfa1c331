package vn.quytrinh.platform.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client can act on; becomes an RFC 9457 problem with its status. Domain exceptions
 * extend one of the subclasses below so each context names its own failures.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public ProblemException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** A short machine-readable name of the problem, used to make its {@code type} URI. */
  public String kind() {
    return getClass().getSimpleName();
  }

  public ProblemException with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  public Map<String, Object> extensions() {
    return Collections.unmodifiableMap(extensions);
  }
}
