package vn.quytrinh.platform.problem;

/** HTTP 403. */
public class Forbidden extends ProblemException {

  public Forbidden(String key, Object... args) {
    super(403, "problem.title.forbidden", key, args);
  }
}
