package vn.quytrinh.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import vn.quytrinh.platform.problem.PayloadTooLarge;
import vn.quytrinh.platform.problem.ProblemException;

/** An uploaded file read whole, never beyond its limit: one byte over it is 413. */
public final class Uploads {

  private Uploads() {}

  public static byte[] read(InputStream in, long maxBytes) {
    try (in) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (b.length > maxBytes) {
        throw new PayloadTooLarge("problem.import.tooLarge", maxBytes / (1024 * 1024));
      }
      return b;
    } catch (IOException e) {
      throw new ProblemException(400, "problem.title.badFile", "problem.file.unreadableUpload");
    }
  }
}
