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

  /** An entity tag, strong or weak: {@code "v1-3"} or {@code W/"v1-3"}. */
  private static final java.util.regex.Pattern ENTITY_TAG =
      java.util.regex.Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

  /** {@code If-Match: *} alone: any current representation will do. */
  public static boolean isAny(String ifMatch) {
    return ifMatch != null && ifMatch.strip().equals("*");
  }

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
    if (isAny(ifMatch)) {
      return; // RFC 9110 §13.1.1: "*" matches any current representation, and the entity exists
    }
    String[] tags = ifMatch.split(",");
    for (String tag : tags) {
      String t = tag.strip();
      if (t.equals("*") || !ENTITY_TAG.matcher(t).matches()) {
        throw new vn.quytrinh.platform.problem.InvalidInput(
            "If-Match", "problem.version.anyMatchInList");
      }
    }
    for (String tag : tags) {
      // If-Match uses the strong comparison: a weak tag never matches (RFC 9110 §13.1.1)
      if (tag.strip().equals(current)) {
        return;
      }
    }
    throw new PreconditionFailed("problem.ifMatch.stale", current);
  }
}
