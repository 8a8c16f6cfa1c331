package vn.quytrinh.document;

import java.util.List;
import vn.quytrinh.platform.i18n.Messages;

/**
 * The one check of a version's signatures against what it holds now, used by {@code …/signatures}
 * and by every export: the SHA-256 of its {@link SignedContent} recomputed from the stored rows
 * (document code and title included), compared with the hash each signature stored.
 */
public final class SignatureCheck {

  /** What a print says where the signed content no longer matches its signatures. */
  public static final String CHANGED = Messages.vi("form.changedContent");

  private final String currentHash;
  private final boolean changed;

  private SignatureCheck(String currentHash, boolean changed) {
    this.currentHash = currentHash;
    this.changed = changed;
  }

  public static SignatureCheck of(DocumentVersion v) {
    String current = SignedContent.of(v).sha256();
    boolean changed = false;
    for (Signature s : v.signatures()) {
      if (!s.withdrawn() && !s.contentHash().equals(current)) {
        changed = true;
      }
    }
    return new SignatureCheck(current, changed);
  }

  public String currentHash() {
    return currentHash;
  }

  /** Whether this signature covers exactly what the version holds now. */
  public boolean valid(Signature s) {
    return s.contentHash().equals(currentHash);
  }

  /**
   * Whether a signature in force (not withdrawn at a return) no longer covers the version: its
   * code, title, content or reasons were changed after signing, behind the application's back.
   */
  public boolean contentChanged() {
    return changed;
  }

  /** The versions among these whose signed content changed since signing. */
  public static List<DocumentVersion> changed(List<DocumentVersion> versions) {
    return versions.stream().filter(v -> of(v).contentChanged()).toList();
  }
}
