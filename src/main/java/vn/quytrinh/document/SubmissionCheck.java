package vn.quytrinh.document;

import java.util.List;

/**
 * A check a draft must pass before it goes to review, provided by another context (the consistency
 * checks) without the document context depending on it.
 */
public interface SubmissionCheck {

  /** The error-level findings that block the submission; empty when it may go. */
  List<?> blockingFindings(DocumentVersion draft);
}
