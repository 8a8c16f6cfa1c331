package vn.quytrinh.intake;

import vn.quytrinh.platform.problem.ProblemException;

/**
 * A file that cannot be read safely: 400, or 415 for a format that is not what it claims. The
 * detail is a message key ({@code problem.file.*}) with its arguments.
 */
public class BadFile extends ProblemException {

  public BadFile(int status, String key, Object... args) {
    super(
        status,
        status == 415 ? "problem.title.unsupportedFile" : "problem.title.badFile",
        key,
        args);
  }
}
