package vn.quytrinh.platform.security;

import java.util.EnumSet;
import java.util.Set;
import vn.quytrinh.platform.i18n.Labelled;

public enum Role implements Labelled {
  ADMIN,
  COORDINATOR,
  REVIEWER,
  APPROVER,
  AUDITOR,
  OVERSIGHT,
  READER;

  /** Roles that may read drafts, history, flags, findings and audit within their scope. */
  public static final Set<Role> READ_ALL =
      EnumSet.of(COORDINATOR, REVIEWER, APPROVER, AUDITOR, OVERSIGHT);

  /** Roles that see every unit rather than their own sub-tree. */
  public static final Set<Role> PROVINCE_WIDE = EnumSet.of(ADMIN, OVERSIGHT);
}
