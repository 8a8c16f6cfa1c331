package vn.quytrinh.platform.problem;

/** HTTP 412. */
public class PreconditionFailed extends ProblemException {

  public PreconditionFailed(String detail) {
    super(412, "Dữ liệu đã thay đổi (Precondition failed)", detail);
  }
}
