package vn.quytrinh.platform.problem;

/** HTTP 429. */
public class TooManyRequests extends ProblemException {

  public TooManyRequests(String detail) {
    super(429, "Quá nhiều lần thử (Too many requests)", detail);
  }
}
