package vn.quytrinh.legal;

import vn.quytrinh.platform.i18n.Labelled;

/** How one document acts on another, as the acting document states it. */
public enum RelationKind implements Labelled {
  AMENDS,
  REPLACES,
  REPEALS,
  SUSPENDS,
  GUIDES,
  BASED_ON,
  CORRECTS;

  /**
   * Relations that change what the law says: procedures and documents resting on the target must be
   * looked at again.
   */
  public boolean changesLaw() {
    return switch (this) {
      case AMENDS, REPLACES, REPEALS, SUSPENDS -> true;
      case GUIDES, BASED_ON, CORRECTS -> false;
    };
  }

  /** Relations that link documents into a chain to follow without changing the target's content. */
  public boolean formsChain() {
    return !changesLaw();
  }
}
