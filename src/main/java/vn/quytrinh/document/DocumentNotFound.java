package vn.quytrinh.document;

import vn.quytrinh.platform.problem.NotFound;

public class DocumentNotFound extends NotFound {

  public DocumentNotFound(String key, Object... args) {
    super(key, args);
  }
}
