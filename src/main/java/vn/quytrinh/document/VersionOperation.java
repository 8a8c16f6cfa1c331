package vn.quytrinh.document;

/**
 * What a person may do to a version of a document, as the API answers it ({@code …/actions}) and
 * the pages offer it. The services refuse anything else all the same.
 */
public enum VersionOperation {
  /** Change the draft's content. */
  EDIT,
  /** Send the draft to review. */
  SUBMIT,
  /** Accept (with a signature) or return, at review. */
  REVIEW,
  /** Approve (with a signature and an effective date) or return, at approval. */
  APPROVE,
  /** Start the next issue from the version in force. */
  START_REVISION,
  /** Withdraw the whole document (thu hồi). */
  WITHDRAW
}
