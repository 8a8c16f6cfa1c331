package vn.quytrinh.document;

import vn.quytrinh.platform.i18n.Labelled;

/**
 * Kinds of controlled document: quy trình (QT), biểu mẫu (BM), hướng dẫn (HD), sổ tay, chính sách.
 */
public enum DocumentKind implements Labelled {
  PROCEDURE,
  FORM,
  GUIDE,
  MANUAL,
  POLICY
}
