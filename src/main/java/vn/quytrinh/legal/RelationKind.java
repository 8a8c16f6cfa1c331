package vn.quytrinh.legal;

/** How one document acts on another, as the acting document states it. */
public enum RelationKind {
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

  /** Vietnamese label, as the acting document words it. */
  public String label() {
    return switch (this) {
      case AMENDS -> "sửa đổi, bổ sung";
      case REPLACES -> "thay thế";
      case REPEALS -> "bãi bỏ";
      case SUSPENDS -> "ngưng hiệu lực";
      case GUIDES -> "hướng dẫn";
      case BASED_ON -> "căn cứ";
      case CORRECTS -> "đính chính";
    };
  }
}
