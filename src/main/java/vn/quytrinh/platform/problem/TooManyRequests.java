package vn.quytrinh.platform.problem;

/** HTTP 429. */
public class TooManyRequests extends ProblemException {

  public TooManyRequests(String key, Object... args) {
    super(429, "problem.title.tooManyRequests", key, args);
  }
}
