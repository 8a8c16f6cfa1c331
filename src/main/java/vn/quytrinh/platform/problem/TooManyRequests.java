package vn.quytrinh.platform.problem;

import java.util.OptionalLong;

/** HTTP 429, with a {@code Retry-After} when the wait is known. */
public class TooManyRequests extends ProblemException {

  private OptionalLong retryAfterSeconds = OptionalLong.empty();

  public TooManyRequests(String key, Object... args) {
    super(429, "problem.title.tooManyRequests", key, args);
  }

  /** How many seconds the client should wait: the answer's {@code Retry-After}. */
  public TooManyRequests retryAfter(long seconds) {
    this.retryAfterSeconds = OptionalLong.of(seconds);
    return this;
  }

  public OptionalLong retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
