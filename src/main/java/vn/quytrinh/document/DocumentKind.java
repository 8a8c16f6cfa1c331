package vn.quytrinh.document;

/**
 * Kinds of controlled document: quy trình (QT), biểu mẫu (BM), hướng dẫn (HD), sổ tay, chính sách.
 */
public enum DocumentKind {
  PROCEDURE,
  FORM,
  GUIDE,
  MANUAL,
  POLICY
}
