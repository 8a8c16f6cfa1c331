package vn.quytrinh.platform.problem;

/** HTTP 403. */
public class Forbidden extends ProblemException {

  public Forbidden(String detail) {
    super(403, "Không được phép (Forbidden)", detail);
  }
}
