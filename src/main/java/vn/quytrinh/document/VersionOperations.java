package vn.quytrinh.document;

import java.util.EnumSet;
import java.util.Set;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/**
 * The operations a person may take on one version, from their roles within the document's unit, the
 * version's place in the lifecycle and the separation of duties ({@link SeparationOfDuties}, whose
 * predicates the aggregate's checks use too): asked before rather than refused after.
 */
public final class VersionOperations {

  private VersionOperations() {}

  public static Set<VersionOperation> allowed(Caller c, ControlledDocument doc, DocumentVersion v) {
    Set<VersionOperation> out = EnumSet.noneOf(VersionOperation.class);
    String unit = doc.unitCode();
    if (!c.sees(unit) || doc.status() == DocumentStatus.OBSOLETE) {
      return out;
    }
    String me = c.username();
    VersionStatus s = v.status();
    if (c.has(Role.COORDINATOR)) {
      if (s == VersionStatus.DRAFT) {
        out.add(VersionOperation.EDIT);
        out.add(VersionOperation.SUBMIT);
      }
      if (s == VersionStatus.EFFECTIVE && doc.inProgress().isEmpty()) {
        out.add(VersionOperation.START_REVISION);
      }
    }
    if (c.has(Role.REVIEWER)
        && s == VersionStatus.IN_REVIEW
        && SeparationOfDuties.mayReview(me, v.drafters())) {
      out.add(VersionOperation.REVIEW);
    }
    if (c.has(Role.APPROVER)) {
      if (s == VersionStatus.REVIEWED
          && SeparationOfDuties.mayApprove(me, v.drafters(), v.reviewers())) {
        out.add(VersionOperation.APPROVE);
      }
      if (s == VersionStatus.EFFECTIVE || s.inProgress()) {
        out.add(VersionOperation.WITHDRAW);
      }
    }
    return out;
  }
}
