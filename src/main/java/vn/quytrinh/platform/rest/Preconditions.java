package vn.quytrinh.platform.rest;

import vn.quytrinh.platform.problem.PreconditionFailed;
import vn.quytrinh.platform.problem.PreconditionRequired;

/** Strong ETags made of an entity id and its row version; checks of {@code If-Match}. */
public final class Preconditions {

  private Preconditions() {}

  public static String etag(String id, long rowVersion) {
    return "\"" + id + "-" + rowVersion + "\"";
  }

  /**
   * @param ifMatch the header as sent (may be null)
   * @param current the entity's current ETag
   * @param required whether a missing header is refused (428), as on PUT
   */
  public static void check(String ifMatch, String current, boolean required) {
    if (ifMatch == null || ifMatch.isBlank()) {
      if (required) {
        throw new PreconditionRequired("problem.ifMatch.required");
      }
      return;
    }
    for (String tag : ifMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(current) || t.equals("W/" + current)) {
        return;
      }
    }
    throw new PreconditionFailed("problem.ifMatch.stale", current);
  }
}
