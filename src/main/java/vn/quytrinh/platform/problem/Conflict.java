package vn.quytrinh.platform.problem;

/** HTTP 409. */
public class Conflict extends ProblemException {

  public Conflict(String key, Object... args) {
    super(409, "problem.title.conflict", key, args);
  }
}
