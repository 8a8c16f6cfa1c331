package vn.quytrinh.platform.problem;

/** HTTP 428. */
public class PreconditionRequired extends ProblemException {

  public PreconditionRequired(String key, Object... args) {
    super(428, "problem.title.preconditionRequired", key, args);
  }
}
