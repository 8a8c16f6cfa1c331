package vn.quytrinh.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded font of one PDF document, loaded from the classpath on first use (as a subset), with
 * a cache of glyph advances and of which characters it can encode. Also the text hygiene shared by
 * the PDF renderer: {@link #clean} for user text and {@link #wrap} for line breaking. Not
 * thread-safe: one instance belongs to one document being rendered.
 */
final class PdfFace {

  /** Advance returned for a character the font cannot encode. */
  static final float NO_GLYPH = -1f;

  private static final String FONT_DIR = "/fonts/";

  private final PDDocument doc;
  private final String resource;
  private PDType0Font font;
  private final float[] low = new float[0x2000];
  private final Map<Integer, Float> high = new HashMap<>();

  PdfFace(PDDocument doc, String resource) {
    this.doc = doc;
    this.resource = resource;
    Arrays.fill(low, Float.NaN);
  }

  PDType0Font font() {
    if (font == null) {
      try (InputStream in = PdfFace.class.getResourceAsStream(FONT_DIR + resource)) {
        if (in == null) {
          throw new IllegalStateException("font not on the classpath: " + FONT_DIR + resource);
        }
        font = PDType0Font.load(doc, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return font;
  }

  /** Advance of one code point in 1/1000 em, or {@link #NO_GLYPH}. */
  float advance(int cp) {
    if (cp >= 0 && cp < low.length) {
      float w = low[cp];
      if (Float.isNaN(w)) {
        w = measure(cp);
        low[cp] = w;
      }
      return w;
    }
    Float w = high.get(cp);
    if (w == null) {
      w = measure(cp);
      high.put(cp, w);
    }
    return w;
  }

  private float measure(int cp) {
    if (cp == '\n') {
      return NO_GLYPH;
    }
    String s = new String(Character.toChars(cp));
    try {
      font().encode(s);
      return font().getStringWidth(s);
    } catch (IOException | RuntimeException e) {
      return NO_GLYPH;
    }
  }

  /** Replaces every character this font cannot encode (except '\n') with '?'. */
  String fit(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int cc = Character.charCount(cp);
      if (cp != '\n' && advance(cp) == NO_GLYPH) {
        if (b == null) {
          b = new StringBuilder(n).append(s, 0, i);
        }
        b.append('?');
      } else if (b != null) {
        b.appendCodePoint(cp);
      }
      i += cc;
    }
    return b == null ? s : b.toString();
  }

  /** Width in points of already fitted text at the given size. */
  float width(String s, float size) {
    float w = 0;
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      float a = advance(cp);
      w += a == NO_GLYPH ? (cp == '\n' ? 0 : advance('?')) : a;
      i += Character.charCount(cp);
    }
    return w * size / 1000f;
  }

  // ---------------------------------------------------------------------------------------------
  // text hygiene

  /**
   * User text made safe to draw: null becomes "", CR/LF and the Unicode line separators become
   * '\n', tabs and odd spaces a plain space, other control and format characters (NUL, BEL, bidi
   * overrides, zero-width marks…) are dropped, lone surrogates, private-use and unassigned code
   * points become '?', and the result is composed (NFC) so Vietnamese letters use one glyph.
   */
  static String clean(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    int len = s.length();
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r') {
        if (i < len && s.charAt(i) == '\n') {
          i++;
        }
        b.append('\n');
        continue;
      }
      if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        b.append('\n');
        continue;
      }
      if (cp == '\t') {
        b.append(' ');
        continue;
      }
      switch (Character.getType(cp)) {
        case Character.CONTROL, Character.FORMAT -> {}
        case Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> b.append('?');
        case Character.SPACE_SEPARATOR ->
            b.append(cp == 0xA0 || cp == 0x202F || cp == 0x2007 ? '\u00A0' : ' ');
        case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> b.append('\n');
        default -> b.appendCodePoint(cp);
      }
    }
    String r = b.toString();
    return Normalizer.isNormalized(r, Normalizer.Form.NFC)
        ? r
        : Normalizer.normalize(r, Normalizer.Form.NFC);
  }

  /**
   * Breaks cleaned text into lines no wider than {@code max} points: at '\n', then between words,
   * and inside a word that alone is too wide (never before a combining mark). Always at least one
   * line; an empty paragraph gives an empty line.
   */
  List<String> wrap(String text, float size, float max) {
    List<String> out = new ArrayList<>();
    String t = fit(text);
    int start = 0;
    while (true) {
      int nl = t.indexOf('\n', start);
      wrapParagraph(nl < 0 ? t.substring(start) : t.substring(start, nl), size, max, out);
      if (nl < 0) {
        return out;
      }
      start = nl + 1;
    }
  }

  private void wrapParagraph(String para, float size, float max, List<String> out) {
    float space = width(" ", size);
    StringBuilder line = new StringBuilder();
    float lw = 0;
    int n = para.length();
    int i = 0;
    while (i < n) {
      while (i < n && para.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int j = para.indexOf(' ', i);
      if (j < 0) {
        j = n;
      }
      String word = para.substring(i, j);
      i = j;
      float ww = width(word, size);
      if (line.length() > 0 && lw + space + ww <= max) {
        line.append(' ').append(word);
        lw += space + ww;
        continue;
      }
      if (line.length() > 0) {
        out.add(line.toString());
        line.setLength(0);
        lw = 0;
      }
      if (ww <= max) {
        line.append(word);
        lw = ww;
        continue;
      }
      for (int k = 0; k < word.length(); ) {
        int cp = word.codePointAt(k);
        k += Character.charCount(cp);
        float cw = width(new String(Character.toChars(cp)), size);
        if (line.length() > 0 && !isMark(cp) && lw + cw > max) {
          out.add(line.toString());
          line.setLength(0);
          lw = 0;
        }
        line.appendCodePoint(cp);
        lw += cw;
      }
    }
    out.add(line.toString());
  }

  /**
   * At most {@code maxLines} lines; when text is cut, the last kept line ends with "…". Returns the
   * list given when it is short enough.
   */
  List<String> cap(List<String> lines, int maxLines, float size, float max) {
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> r = new ArrayList<>(lines.subList(0, maxLines));
    String last = r.get(maxLines - 1);
    String ellipsis = fit("…");
    while (!last.isEmpty() && width(last + ellipsis, size) > max) {
      int cut = last.offsetByCodePoints(last.length(), -1);
      last = last.substring(0, cut);
    }
    r.set(maxLines - 1, last + ellipsis);
    return r;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }
}
