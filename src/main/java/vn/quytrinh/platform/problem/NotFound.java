package vn.quytrinh.platform.problem;

/** HTTP 404. */
public class NotFound extends ProblemException {

  public NotFound(String key, Object... args) {
    super(404, "problem.title.notFound", key, args);
  }
}
