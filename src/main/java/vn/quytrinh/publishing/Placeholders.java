package vn.quytrinh.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The {@code {{name}}} placeholders of a template, found paragraph by paragraph over the text of
 * all its runs: Word splits a placeholder across runs as soon as someone edits around it (spell
 * check, revision ids, a bold brace), so it is matched on the joined text and the replacement goes
 * into the run where it starts, keeping that run's formatting.
 */
final class Placeholders {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final QName P = new QName(W, "p");
  static final QName T = new QName(W, "t");
  private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");
  static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*\\}\\}");

  private Placeholders() {}

  /**
   * Replaces every known placeholder under {@code root} (unknown names stay, for the template's
   * author to see); values are single-line text.
   */
  static void fill(XmlObject root, Map<String, String> values) {
    for (XmlObject p : descendants(root, P)) {
      fillParagraph(p, values);
    }
  }

  /** The text of a paragraph (its own runs, not those of text boxes inside it). */
  static String text(XmlObject p) {
    StringBuilder b = new StringBuilder();
    for (XmlObject t : ownTexts(p)) {
      try (XmlCursor c = t.newCursor()) {
        b.append(c.getTextValue());
      }
    }
    return b.toString();
  }

  private static void fillParagraph(XmlObject p, Map<String, String> values) {
    List<XmlObject> texts = ownTexts(p);
    if (texts.isEmpty()) {
      return;
    }
    String[] parts = new String[texts.size()];
    int[] starts = new int[texts.size()];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      try (XmlCursor c = texts.get(i).newCursor()) {
        parts[i] = c.getTextValue();
      }
      starts[i] = joined.length();
      joined.append(parts[i]);
    }
    if (joined.indexOf("{{") < 0) {
      return;
    }
    List<int[]> matches = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    Matcher m = TOKEN.matcher(joined);
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v != null) {
        matches.add(new int[] {m.start(), m.end()});
        replacements.add(v);
      }
    }
    if (matches.isEmpty()) {
      return;
    }
    boolean[] changed = new boolean[parts.length];
    // right to left, so the offsets of earlier matches stay valid
    for (int k = matches.size() - 1; k >= 0; k--) {
      int start = matches.get(k)[0];
      int end = matches.get(k)[1];
      int first = indexOf(starts, start);
      int last = indexOf(starts, end - 1);
      int from = start - starts[first];
      int to = end - starts[last];
      String tail = parts[last].substring(to);
      parts[first] = parts[first].substring(0, from) + replacements.get(k);
      for (int i = first + 1; i <= last; i++) {
        parts[i] = "";
        changed[i] = true;
      }
      parts[last] = last == first ? parts[first] + tail : tail;
      changed[first] = true;
    }
    for (int i = 0; i < parts.length; i++) {
      if (changed[i]) {
        try (XmlCursor c = texts.get(i).newCursor()) {
          c.setTextValue(parts[i]);
          c.setAttributeText(XML_SPACE, "preserve");
        }
      }
    }
  }

  /**
   * The index of the text holding character {@code pos} of the joined text: the last one starting
   * at or before it (an empty text starts where the next one does, so it is stepped over).
   */
  private static int indexOf(int[] starts, int pos) {
    int i = starts.length - 1;
    while (i > 0 && starts[i] > pos) {
      i--;
    }
    return i;
  }

  /** The {@code w:t} elements of the paragraph, not of paragraphs nested in it. */
  static List<XmlObject> ownTexts(XmlObject p) {
    List<XmlObject> out = new ArrayList<>();
    try (XmlCursor c = p.newCursor()) {
      int depth = 0;
      while (true) {
        XmlCursor.TokenType t = c.toNextToken();
        if (t.isStart()) {
          QName name = c.getName();
          if (P.equals(name)) {
            c.toEndToken();
            continue;
          }
          if (T.equals(name)) {
            out.add(c.getObject());
          }
          depth++;
        } else if (t.isEnd()) {
          if (depth == 0) {
            break;
          }
          depth--;
        } else if (t.isEnddoc() || t.isNone()) {
          break;
        }
      }
    }
    return out;
  }

  /** All elements named {@code name} below {@code root}, in document order. */
  static List<XmlObject> descendants(XmlObject root, QName name) {
    List<XmlObject> out = new ArrayList<>();
    try (XmlCursor c = root.newCursor()) {
      int depth = 0;
      while (true) {
        XmlCursor.TokenType t = c.toNextToken();
        if (t.isStart()) {
          if (name.equals(c.getName())) {
            out.add(c.getObject());
          }
          depth++;
        } else if (t.isEnd()) {
          if (depth == 0) {
            break;
          }
          depth--;
        } else if (t.isEnddoc() || t.isNone()) {
          break;
        }
      }
    }
    return out;
  }
}
