package vn.quytrinh.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import vn.quytrinh.platform.problem.PreconditionFailed;
import vn.quytrinh.platform.problem.PreconditionRequired;

/**
 * The one ETag helper: strong ETags made of an entity id and its row version, their JAX-RS form for
 * responses, and checks of {@code If-Match}.
 */
public final class Preconditions {

  private Preconditions() {}

  /** The ETag of an entity, quoted as on the wire: {@code "v12-3"}. */
  public static String etag(String id, long rowVersion) {
    return "\"" + id + "-" + rowVersion + "\"";
  }

  /** The JAX-RS form of an ETag built by {@link #etag}, for {@code Response.tag}. */
  public static EntityTag tag(String etag) {
    return new EntityTag(etag.substring(1, etag.length() - 1));
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
