package vn.quytrinh.document;

import vn.quytrinh.platform.problem.Forbidden;

/** 403: separation of duties, a drafter may not review or approve, a reviewer may not approve. */
public class DutiesConflict extends Forbidden {

  public DutiesConflict(String key) {
    super(key);
  }
}
