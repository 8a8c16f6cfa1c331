package vn.quytrinh.legal;

import java.util.List;
import java.util.Locale;
import vn.quytrinh.platform.text.Text;

/** How article references in citations are written down so they compare with relations'. */
public final class Citations {

  private Citations() {}

  /** "Điều 17", "điều 17", " 17 " → "17"; blank → null (the citation names no article). */
  public static String article(String raw) {
    String s = Text.cleanOrNull(raw);
    if (s == null) {
      return null;
    }
    List<String> n = Validity.normalizeArticles(List.of(s));
    return n.isEmpty() ? null : n.get(0).toLowerCase(Locale.ROOT);
  }
}
