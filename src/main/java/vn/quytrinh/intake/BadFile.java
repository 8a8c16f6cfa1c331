package vn.quytrinh.intake;

import vn.quytrinh.platform.problem.ProblemException;

/** A file that cannot be read safely: 400, or 415 for a format that is not what it claims. */
public class BadFile extends ProblemException {

  public BadFile(int status, String detail) {
    super(
        status,
        status == 415
            ? "Định dạng không được hỗ trợ (Unsupported media type)"
            : "Tệp không hợp lệ (Bad file)",
        detail);
  }
}
