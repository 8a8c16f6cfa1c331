package vn.quytrinh.document;

import java.util.List;
import vn.quytrinh.platform.problem.Conflict;

/** 409: the version is not in a state that allows this action, or a rule blocks it. */
public class IllegalTransition extends Conflict {

  public IllegalTransition(String detail) {
    super(detail);
  }

  public IllegalTransition(String detail, List<String> reasons) {
    super(detail);
    with("reasons", List.copyOf(reasons));
  }
}
