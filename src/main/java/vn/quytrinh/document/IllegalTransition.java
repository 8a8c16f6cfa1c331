package vn.quytrinh.document;

import java.util.List;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.problem.Conflict;

/** 409: the version is not in a state that allows this action, or a rule blocks it. */
public class IllegalTransition extends Conflict {

  public IllegalTransition(String key, Object... args) {
    super(key, args);
  }

  /** With the reasons that block it, each put into words in the reader's language. */
  public IllegalTransition(List<Message> reasons, String key, Object... args) {
    super(key, args);
    with("reasons", List.copyOf(reasons));
  }
}
