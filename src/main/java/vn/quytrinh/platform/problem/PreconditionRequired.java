package vn.quytrinh.platform.problem;

/** HTTP 428. */
public class PreconditionRequired extends ProblemException {

  public PreconditionRequired(String detail) {
    super(428, "Thiếu If-Match (Precondition required)", detail);
  }
}
