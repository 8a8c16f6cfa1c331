package vn.quytrinh.document;

/**
 * Exactly what a signature covers: which document and issue, its content, and why it changed. Its
 * SHA-256 is stored with the signature; recomputing it later shows any change since.
 */
public record SignedContent(
    String documentCode,
    String title,
    int issueNo,
    ProcedureContent content,
    String changeSummary,
    String changeReason) {

  public static SignedContent of(DocumentVersion v) {
    return new SignedContent(
        v.document().code(),
        v.document().title(),
        v.issueNo(),
        v.content(),
        v.changeSummary(),
        v.changeReason());
  }

  public String sha256() {
    return Canonical.sha256(this);
  }
}
