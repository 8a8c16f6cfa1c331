package vn.quytrinh.document;

import vn.quytrinh.platform.problem.NotFound;

public class DocumentNotFound extends NotFound {

  public DocumentNotFound(String what) {
    super("Không tìm thấy " + what + " (not found).");
  }
}
