package vn.quytrinh.platform.rest;

import vn.quytrinh.platform.problem.PreconditionFailed;
import vn.quytrinh.platform.problem.PreconditionRequired;

/** Strong ETags made of an entity id and its row version; checks of {@code If-Match}. */
public final class Preconditions {

  private Preconditions() {}

  /** An entity tag, strong or weak: {@code "v1-3"} or {@code W/"v1-3"}. */
  private static final java.util.regex.Pattern ENTITY_TAG =
      java.util.regex.Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

  /** {@code If-Match: *} alone: any current representation will do. */
  public static boolean isAny(String ifMatch) {
    return ifMatch != null && ifMatch.strip().equals("*");
  }

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
        throw new PreconditionRequired(
            "Thiếu tiêu đề If-Match; hãy gửi ETag đã đọc (If-Match header required).");
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
            "If-Match",
            "If-Match là * hoặc danh sách ETag trong ngoặc kép, không trộn lẫn (If-Match is \"*\""
                + " or a list of entity tags, never both).");
      }
    }
    for (String tag : tags) {
      // If-Match uses the strong comparison: a weak tag never matches (RFC 9110 §13.1.1)
      if (tag.strip().equals(current)) {
        return;
      }
    }
    throw new PreconditionFailed(
        "Phiên bản đã bị thay đổi kể từ lần đọc trước (ETag hiện tại "
            + current
            + "); hãy tải lại (stale If-Match).");
  }
}
