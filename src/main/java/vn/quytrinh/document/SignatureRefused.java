package vn.quytrinh.document;

import vn.quytrinh.platform.problem.Forbidden;

/** 403: the password given with a signature is not the signer's. */
public class SignatureRefused extends Forbidden {

  public SignatureRefused() {
    super("problem.signature.refused");
  }
}
