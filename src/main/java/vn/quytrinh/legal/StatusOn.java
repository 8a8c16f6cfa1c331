package vn.quytrinh.legal;

import java.util.List;
import java.util.Map;

/**
 * {@link Validity#on}, said in JPQL over a {@code LegalDocument d} and a date parameter {@code
 * :on}, so that a list filters by status in the database. The same order of strength: not yet
 * effective before its effective date whatever was done to it; then expired (its own end, or
 * replaced or repealed whole), then suspended whole, then partly expired (some articles replaced,
 * repealed or suspended), else in force. A relation counts from its effective date. {@code
 * LegalListTest} holds the two to the same answer on every case.
 */
final class StatusOn {

  private StatusOn() {}

  private static final String STARTED = "(d.effectiveFrom IS NULL OR d.effectiveFrom <= :on)";

  private static final String ENDED =
      "((d.effectiveUntil IS NOT NULL AND d.effectiveUntil <= :on) OR " + acts("ends", "=") + ")";

  private static final String SUSPENDED = acts("suspends", "=");

  private static final String PART_GONE = acts("parts", "<>");

  /** Relations of the kinds in {@code :kinds} on the whole document ({@code =}) or on articles. */
  private static String acts(String kinds, String whole) {
    return "EXISTS (SELECT r FROM LegalRelation r WHERE r.target = d AND r.kind IN :"
        + kinds
        + " AND r.articles "
        + whole
        + " '' AND r.effectiveFrom <= :on)";
  }

  /** The condition for {@code status}; its parameters go into {@code params}. */
  static String jpql(LegalStatus status, Map<String, Object> params) {
    params.put("on", null);
    String notEnded = " AND NOT " + ENDED;
    String where =
        switch (status) {
          case NOT_YET_EFFECTIVE -> "d.effectiveFrom > :on";
          case EXPIRED -> STARTED + " AND " + ENDED;
          case SUSPENDED -> STARTED + notEnded + " AND " + SUSPENDED;
          case PARTLY_EXPIRED -> STARTED + notEnded + " AND NOT " + SUSPENDED + " AND " + PART_GONE;
          case IN_FORCE -> STARTED + notEnded + " AND NOT " + SUSPENDED + " AND NOT " + PART_GONE;
        };
    if (where.contains(":ends")) {
      params.put("ends", List.of(RelationKind.REPLACES, RelationKind.REPEALS));
    }
    if (where.contains(":suspends")) {
      params.put("suspends", List.of(RelationKind.SUSPENDS));
    }
    if (where.contains(":parts")) {
      params.put(
          "parts", List.of(RelationKind.REPLACES, RelationKind.REPEALS, RelationKind.SUSPENDS));
    }
    return "(" + where + ")";
  }
}
