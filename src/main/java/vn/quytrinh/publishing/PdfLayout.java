package vn.quytrinh.publishing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;

/**
 * The small layout engine behind {@link PdfRenderer}: text is laid out into pages of drawing
 * operations first ({@link Flow}), so the page count is known before headers ("Trang x/y") are
 * drawn, then each page is drawn in one content stream through a {@link Canvas}.
 */
final class PdfLayout {

  private PdfLayout() {}

  static final int BLACK = 0x000000;

  static final int LEFT = 0;
  static final int CENTER = 1;
  static final int RIGHT = 2;

  /** A font at a size and colour; lines are 1.3 em apart. */
  record Style(PdfFace face, float size, int rgb) {
    float lh() {
      return size * 1.3f;
    }

    /** Distance from the top of a line box to the baseline. */
    float ascent() {
      return size;
    }

    Style color(int c) {
      return new Style(face, size, c);
    }
  }

  /** One laid-out line of text. */
  record Line(String text, Style style, int align) {
    float h() {
      return style.lh();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // drawing

  /** A content stream with the current font, colours and line width remembered. */
  static final class Canvas {
    final PDDocument doc;
    final PDPage page;
    final PDPageContentStream cs;
    private PDFont font;
    private float size = -1;
    private int fill = -1;
    private int stroke = -1;
    private float lineWidth = -1;

    Canvas(PDDocument doc, PDPage page, PDPageContentStream cs) {
      this.doc = doc;
      this.page = page;
      this.cs = cs;
    }

    /** Forget the remembered state (after restoring a saved graphics state). */
    void reset() {
      font = null;
      size = -1;
      fill = -1;
      stroke = -1;
      lineWidth = -1;
    }

    void fillColor(int rgb) throws IOException {
      if (rgb != fill) {
        cs.setNonStrokingColor(r(rgb), g(rgb), b(rgb));
        fill = rgb;
      }
    }

    void strokeColor(int rgb) throws IOException {
      if (rgb != stroke) {
        cs.setStrokingColor(r(rgb), g(rgb), b(rgb));
        stroke = rgb;
      }
    }

    void lineWidth(float w) throws IOException {
      if (w != lineWidth) {
        cs.setLineWidth(w);
        lineWidth = w;
      }
    }

    /** Draws fitted text with its baseline at y. */
    void text(Style st, float x, float y, String s) throws IOException {
      if (s == null || s.isEmpty()) {
        return;
      }
      fillColor(st.rgb());
      cs.beginText();
      PDFont f = st.face().font();
      if (f != font || st.size() != size) {
        cs.setFont(f, st.size());
        font = f;
        size = st.size();
      }
      cs.newLineAtOffset(x, y);
      try {
        cs.showText(s);
      } catch (IllegalArgumentException e) {
        // last line of defence: should not happen, text is fitted to the font before layout
        cs.showText(s.replaceAll("[^\\x20-\\x7E]", "?"));
      }
      cs.endText();
    }

    void line(float x1, float y1, float x2, float y2, float w, int rgb) throws IOException {
      strokeColor(rgb);
      lineWidth(w);
      cs.moveTo(x1, y1);
      cs.lineTo(x2, y2);
      cs.stroke();
    }

    void fillRect(float x, float y, float w, float h, int rgb) throws IOException {
      fillColor(rgb);
      cs.addRect(x, y, w, h);
      cs.fill();
    }

    void strokeRect(float x, float y, float w, float h, float lw, int rgb) throws IOException {
      strokeColor(rgb);
      lineWidth(lw);
      cs.addRect(x, y, w, h);
      cs.stroke();
    }

    private static float r(int rgb) {
      return ((rgb >> 16) & 0xFF) / 255f;
    }

    private static float g(int rgb) {
      return ((rgb >> 8) & 0xFF) / 255f;
    }

    private static float b(int rgb) {
      return (rgb & 0xFF) / 255f;
    }
  }

  /** A drawing operation recorded during layout. */
  interface Op {
    void draw(Canvas c) throws IOException;
  }

  record TextOp(Style st, float x, float y, String s) implements Op {
    public void draw(Canvas c) throws IOException {
      c.text(st, x, y, s);
    }
  }

  /** Text known only when the page is drawn (contents page numbers), right-aligned at xRight. */
  record LateTextOp(Style st, float xRight, float y, IntFunction<String> text, int arg)
      implements Op {
    public void draw(Canvas c) throws IOException {
      String s = st.face().fit(text.apply(arg));
      c.text(st, xRight - st.face().width(s, st.size()), y, s);
    }
  }

  record LineOp(float x1, float y1, float x2, float y2, float w, int rgb) implements Op {
    public void draw(Canvas c) throws IOException {
      c.line(x1, y1, x2, y2, w, rgb);
    }
  }

  record FillOp(float x, float y, float w, float h, int rgb) implements Op {
    public void draw(Canvas c) throws IOException {
      c.fillRect(x, y, w, h, rgb);
    }
  }

  record RectOp(float x, float y, float w, float h, float lw, int rgb) implements Op {
    public void draw(Canvas c) throws IOException {
      c.strokeRect(x, y, w, h, lw, rgb);
    }
  }

  /** An invisible link to a page resolved when drawn (index 0-based in the document). */
  record LinkOp(float x, float y, float w, float h, IntSupplier pageIndex) implements Op {
    public void draw(Canvas c) throws IOException {
      int i = pageIndex.getAsInt();
      if (i < 0 || i >= c.doc.getNumberOfPages()) {
        return;
      }
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(x, y, w, h));
      PDBorderStyleDictionary border = new PDBorderStyleDictionary();
      border.setWidth(0);
      link.setBorderStyle(border);
      PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
      dest.setPage(c.doc.getPage(i));
      link.setDestination(dest);
      c.page.getAnnotations().add(link);
    }
  }

  /** The operations of one page, waiting to be drawn. */
  static final class PageBuf {
    final List<Op> ops = new ArrayList<>();
  }

  /** A bookmark target found during layout. */
  record Mark(String title, int level, int page, float y) {}

  // ---------------------------------------------------------------------------------------------
  // flow

  /** Lays blocks top-down into a column, starting new pages as needed. */
  static final class Flow {
    final float left;
    final float width;
    final float top;
    final float bottom;
    final List<PageBuf> pages = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    PageBuf page;
    float y;

    Flow(float left, float width, float top, float bottom) {
      this.left = left;
      this.width = width;
      this.top = top;
      this.bottom = bottom;
      newPage();
    }

    void newPage() {
      page = new PageBuf();
      pages.add(page);
      y = top;
    }

    float room() {
      return y - bottom;
    }

    boolean atTop() {
      return y >= top - 0.01f;
    }

    /** Starts a new page unless h points fit (or this page is still empty). */
    void need(float h) {
      if (h > room() + 0.01f && !atTop()) {
        newPage();
      }
    }

    void gap(float h) {
      if (!atTop()) {
        y = Math.max(bottom, y - h);
      }
    }

    void add(Op op) {
      page.ops.add(op);
    }

    int pageIndex() {
      return pages.size() - 1;
    }

    void mark(String title, int level) {
      marks.add(new Mark(title, level, pageIndex(), y));
    }

    /** Laid-out lines, each moved to a new page when it does not fit. */
    void lines(List<Line> lines, float x, float w) {
      for (Line l : lines) {
        need(l.h());
        float tx = x;
        if (l.align() != LEFT) {
          float lw = l.style().face().width(l.text(), l.style().size());
          tx = l.align() == CENTER ? x + (w - lw) / 2 : x + w - lw;
        }
        add(new TextOp(l.style(), tx, y - l.style().ascent(), l.text()));
        y -= l.h();
      }
    }

    /** A paragraph of user text (cleaned by lay), wrapped to the width, indented by indent. */
    void paragraph(String text, Style st, float indent, int align) {
      lines(lay(text, st, width - indent, align), left + indent, width - indent);
    }
  }

  static List<Line> lay(String text, Style st, float w, int align) {
    List<String> texts = st.face().wrap(PdfFace.clean(text), st.size(), w);
    List<Line> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(new Line(t, st, align));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // tables

  /** A paragraph inside a cell. */
  record Para(String text, Style style) {}

  /** A table cell: paragraphs of text, spanning columns, aligned, with an optional background. */
  static final class Cell {
    final List<Para> paras = new ArrayList<>();
    int span = 1;
    int align = LEFT;
    int bg = -1;

    Cell add(String text, Style st) {
      paras.add(new Para(text, st));
      return this;
    }

    Cell span(int n) {
      span = n;
      return this;
    }

    Cell align(int a) {
      align = a;
      return this;
    }

    Cell bg(int rgb) {
      bg = rgb;
      return this;
    }
  }

  static Cell cell(String text, Style st) {
    return new Cell().add(text, st);
  }

  /** A table row: its cells, a minimum height, and whether text is centred vertically. */
  static final class Row {
    final List<Cell> cells = new ArrayList<>();
    float minHeight;
    boolean middle;

    Row add(Cell c) {
      cells.add(c);
      return this;
    }

    Row minHeight(float h) {
      minHeight = h;
      return this;
    }

    Row middle() {
      middle = true;
      return this;
    }
  }

  static final float PAD_X = 4f;
  static final float PAD_Y = 3f;
  static final float RULE = 0.6f;
  static final int RULE_COLOR = 0x000000;
  static final int HEAD_BG = 0xE6E6E6;

  /** A table being laid out: column widths, the header row repeated on each page. */
  static final class Table {
    private final Flow f;
    private final float[] widths;
    private final Row header;
    private Laid head;
    private boolean started;

    /** y just below the header on the current page: nothing drawn after the header yet. */
    private float freshY = Float.NaN;

    Table(Flow f, float[] widths, Row header) {
      this.f = f;
      this.widths = widths;
      this.header = header;
    }

    private record Laid(Row row, float[] xs, float[] ws, List<List<Line>> lines) {}

    private Laid lay(Row r) {
      int n = r.cells.size();
      float[] xs = new float[n];
      float[] ws = new float[n];
      List<List<Line>> lines = new ArrayList<>(n);
      float x = f.left;
      int col = 0;
      for (int i = 0; i < n; i++) {
        Cell c = r.cells.get(i);
        float w = 0;
        for (int k = 0; k < c.span && col < widths.length; k++) {
          w += widths[col++];
        }
        if (i == n - 1) {
          while (col < widths.length) {
            w += widths[col++];
          }
        }
        xs[i] = x;
        ws[i] = w;
        x += w;
        List<Line> ls = new ArrayList<>();
        for (Para p : c.paras) {
          ls.addAll(PdfLayout.lay(p.text(), p.style(), Math.max(1f, w - 2 * PAD_X), c.align));
        }
        lines.add(ls);
      }
      return new Laid(r, xs, ws, lines);
    }

    private static float textHeight(List<Line> ls) {
      float h = 0;
      for (Line l : ls) {
        h += l.h();
      }
      return h;
    }

    private static float height(Laid r, List<List<Line>> lines) {
      float h = 0;
      for (List<Line> ls : lines) {
        h = Math.max(h, textHeight(ls));
      }
      return Math.max(h + 2 * PAD_Y, r.row.minHeight);
    }

    private void drawHeader() {
      if (head == null) {
        head = lay(header);
      }
      float h = height(head, head.lines);
      draw(head, head.lines, h, true);
      f.y -= h;
      freshY = f.y;
    }

    private void breakPage() {
      f.newPage();
      drawHeader();
    }

    /** Adds a body row, starting (or continuing on a new page) the table as needed. */
    void row(Row r) {
      Laid laid = lay(r);
      float full = height(laid, laid.lines);
      if (!started) {
        started = true;
        if (head == null) {
          head = lay(header);
        }
        float hh = height(head, head.lines);
        float firstLines = 0;
        for (List<Line> ls : laid.lines) {
          firstLines = Math.max(firstLines, Math.min(textHeight(ls), 3 * lineH(ls)));
        }
        f.need(hh + Math.min(full, firstLines + 2 * PAD_Y));
        drawHeader();
      }
      List<List<Line>> rest = new ArrayList<>();
      for (List<Line> ls : laid.lines) {
        rest.add(new ArrayList<>(ls));
      }
      boolean continued = false;
      for (int guard = 0; guard < 100_000; guard++) {
        float need = height(laid, rest);
        if (need <= f.room() + 0.01f) {
          draw(laid, rest, need, false);
          f.y -= need;
          return;
        }
        boolean fresh = f.y >= freshY - 0.01f;
        float pageRoom = f.top - f.bottom - height(head, head.lines);
        if (!continued && !fresh && need <= pageRoom) {
          breakPage();
          continue;
        }
        // split the row: what fits here, the rest on the next page
        float avail = f.room() - 2 * PAD_Y;
        List<List<Line>> take = new ArrayList<>();
        boolean any = false;
        for (List<Line> ls : rest) {
          List<Line> t = new ArrayList<>();
          float h = 0;
          for (Line l : ls) {
            if (h + l.h() > avail) {
              break;
            }
            t.add(l);
            h += l.h();
          }
          any |= !t.isEmpty();
          take.add(t);
        }
        if (!any) {
          if (!fresh) {
            breakPage();
            continue;
          }
          for (int i = 0; i < rest.size(); i++) {
            if (!rest.get(i).isEmpty()) {
              take.get(i).add(rest.get(i).get(0));
            }
          }
        }
        draw(laid, take, Math.max(f.room(), height(laid, take)), false);
        for (int i = 0; i < rest.size(); i++) {
          rest.get(i).subList(0, take.get(i).size()).clear();
        }
        continued = true;
        breakPage();
      }
    }

    private static float lineH(List<Line> ls) {
      return ls.isEmpty() ? 0 : ls.get(0).h();
    }

    /** Ends the table: a table without rows still shows its header. */
    void end() {
      if (!started) {
        started = true;
        if (head == null) {
          head = lay(header);
        }
        f.need(height(head, head.lines));
        drawHeader();
      }
    }

    private void draw(Laid r, List<List<Line>> lines, float h, boolean isHeader) {
      float top = f.y;
      for (int i = 0; i < r.xs.length; i++) {
        Cell c = r.row.cells.get(i);
        int bg = isHeader && c.bg < 0 ? HEAD_BG : c.bg;
        if (bg >= 0) {
          f.add(new FillOp(r.xs[i], top - h, r.ws[i], h, bg));
        }
        f.add(new RectOp(r.xs[i], top - h, r.ws[i], h, RULE, RULE_COLOR));
        List<Line> ls = lines.get(i);
        float ty = top - PAD_Y;
        if (r.row.middle || isHeader) {
          ty = top - (h - textHeight(ls)) / 2;
        }
        float x0 = r.xs[i] + PAD_X;
        float w = r.ws[i] - 2 * PAD_X;
        for (Line l : ls) {
          float tx = x0;
          if (l.align() != LEFT) {
            float lw = l.style().face().width(l.text(), l.style().size());
            tx = l.align() == CENTER ? x0 + (w - lw) / 2 : x0 + w - lw;
          }
          f.add(new TextOp(l.style(), tx, ty - l.style().ascent(), l.text()));
          ty -= l.h();
        }
      }
    }
  }
}
