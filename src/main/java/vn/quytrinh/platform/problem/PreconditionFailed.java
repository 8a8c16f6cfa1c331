package vn.quytrinh.platform.problem;

/** HTTP 412. */
public class PreconditionFailed extends ProblemException {

  public PreconditionFailed(String key, Object... args) {
    super(412, "problem.title.preconditionFailed", key, args);
  }
}
