package vn.quytrinh.org;

import java.util.function.BooleanSupplier;

/**
 * The port through which the org service checks a signed-in person's password again (their own
 * password change, a signature): each check is a guess, held back and counted per source address
 * and username exactly as a sign-in is. Implemented in {@code org.security} by the sign-in
 * throttle, which depends on nothing of this package's services, so the org service does not reach
 * back into sign-in (people changes still travel to it only as events after the commit).
 */
@FunctionalInterface
public interface PasswordGuesses {

  /**
   * Runs {@code check} (one password verification) unless the current source has guessed this
   * username's password wrong too often; a wrong one is counted as a failed sign-in, a right one
   * clears the source's count for the username.
   *
   * @throws vn.quytrinh.platform.problem.TooManyRequests while held back, without running {@code
   *     check}: 429 with {@code Retry-After} from the API
   */
  boolean guess(String username, BooleanSupplier check);
}
