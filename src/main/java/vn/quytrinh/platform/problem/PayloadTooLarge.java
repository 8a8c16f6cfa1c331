package vn.quytrinh.platform.problem;

/** HTTP 413. */
public class PayloadTooLarge extends ProblemException {

  public PayloadTooLarge(String key, Object... args) {
    super(413, "problem.title.payloadTooLarge", key, args);
  }
}
