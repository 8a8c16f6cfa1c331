package vn.quytrinh.document;

import java.util.EnumSet;
import java.util.Set;
import vn.quytrinh.platform.i18n.Labelled;

/** The lifecycle of one version (lần ban hành) of a controlled document. */
public enum VersionStatus implements Labelled {
  DRAFT,
  IN_REVIEW,
  REVIEWED,
  APPROVED,
  EFFECTIVE,
  SUPERSEDED,
  OBSOLETE;

  /** Versions still on their way to taking effect: at most one per document. */
  public static final Set<VersionStatus> IN_PROGRESS =
      EnumSet.of(DRAFT, IN_REVIEW, REVIEWED, APPROVED);

  /** Every move the lifecycle allows; anything else is an illegal transition. */
  public boolean canMoveTo(VersionStatus next) {
    return switch (this) {
      case DRAFT -> next == IN_REVIEW || next == OBSOLETE;
      case IN_REVIEW -> next == REVIEWED || next == DRAFT || next == OBSOLETE;
      case REVIEWED -> next == APPROVED || next == DRAFT || next == OBSOLETE;
      case APPROVED -> next == EFFECTIVE || next == OBSOLETE;
      case EFFECTIVE -> next == SUPERSEDED || next == OBSOLETE;
      case SUPERSEDED, OBSOLETE -> false;
    };
  }

  public boolean inProgress() {
    return IN_PROGRESS.contains(this);
  }
}
