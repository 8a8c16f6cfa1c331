package vn.quytrinh.platform.problem;

/** HTTP 409. */
public class Conflict extends ProblemException {

  public Conflict(String detail) {
    super(409, "Xung đột (Conflict)", detail);
  }
}
