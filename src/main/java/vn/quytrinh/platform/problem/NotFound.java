package vn.quytrinh.platform.problem;

/** HTTP 404. */
public class NotFound extends ProblemException {

  public NotFound(String detail) {
    super(404, "Không tìm thấy (Not found)", detail);
  }
}
