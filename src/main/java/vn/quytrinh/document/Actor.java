package vn.quytrinh.document;

import vn.quytrinh.platform.i18n.Messages;

/** Who acts on a version, as printed in the approval block: name and position at that moment. */
public record Actor(String username, String fullName, String position) {

  /** The server itself, when a scheduled effective date arrives. */
  public static final Actor SYSTEM = new Actor("system", Messages.vi("text.actor.system"), null);
}
