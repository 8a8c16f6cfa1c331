package vn.quytrinh.platform.problem;

/** HTTP 413. */
public class PayloadTooLarge extends ProblemException {

  public PayloadTooLarge(String detail) {
    super(413, "Dữ liệu quá lớn (Payload too large)", detail);
  }
}
