package vn.quytrinh.publishing;

import static vn.quytrinh.publishing.PdfLayout.BLACK;
import static vn.quytrinh.publishing.PdfLayout.CENTER;
import static vn.quytrinh.publishing.PdfLayout.LEFT;
import static vn.quytrinh.publishing.PdfLayout.RIGHT;
import static vn.quytrinh.publishing.PdfLayout.cell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.publishing.PdfLayout.Canvas;
import vn.quytrinh.publishing.PdfLayout.Cell;
import vn.quytrinh.publishing.PdfLayout.Flow;
import vn.quytrinh.publishing.PdfLayout.LateTextOp;
import vn.quytrinh.publishing.PdfLayout.Line;
import vn.quytrinh.publishing.PdfLayout.LinkOp;
import vn.quytrinh.publishing.PdfLayout.Mark;
import vn.quytrinh.publishing.PdfLayout.Op;
import vn.quytrinh.publishing.PdfLayout.PageBuf;
import vn.quytrinh.publishing.PdfLayout.Row;
import vn.quytrinh.publishing.PdfLayout.Style;
import vn.quytrinh.publishing.PdfLayout.Table;
import vn.quytrinh.publishing.PdfLayout.TextOp;

/**
 * Draws a procedure (quy trình nội bộ) or a unit's whole manual (sổ tay quy trình) as PDF with
 * PDFBox, in the printed form Vietnamese agencies know: a bordered header on every page (agency,
 * "QUY TRÌNH" and title, code, issue, issue date, "Trang x/y"), the approval block and revision
 * table on the first page, then sections 1–7 with the step table. DejaVu fonts are embedded as
 * subsets; user text is cleaned of control characters and of characters the fonts cannot draw.
 *
 * <p>Stateless and thread-safe: every call builds its own document. I/O errors of the output stream
 * surface as {@link UncheckedIOException}.
 */
public final class PdfRenderer {

  static final float CM = 72f / 2.54f;
  static final float PAGE_W = PDRectangle.A4.getWidth();
  static final float PAGE_H = PDRectangle.A4.getHeight();
  static final float MARGIN_LEFT = 2.5f * CM;
  static final float MARGIN_RIGHT = 1.8f * CM;
  static final float MARGIN_TOP = 1.8f * CM;
  static final float MARGIN_BOTTOM = 2.0f * CM;
  static final float CONTENT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;

  static final String DASH = "—";

  /** The numbered sections' headings, in order (the PDF's bookmarks of a procedure). */
  static final List<String> SECTIONS =
      FormHeading.sections().stream().map(FormHeading::text).toList();

  static final String REVISIONS_TITLE = FormHeading.REVISIONS.text();
  static final String MANUAL_TITLE = Messages.vi("form.manual.title");
  static final String MASTER_TITLE = Messages.vi("form.manual.master");
  static final String CONTENTS_TITLE = Messages.vi("form.manual.contents");
  static final String OVER_LIMIT = Messages.vi("form.steps.overLimit");

  /** The columns of the master list of documents (PDF and Word). */
  static final String[] MASTER_HEADERS = {
    Messages.vi("form.table.no"),
    Messages.vi("form.table.code"),
    Messages.vi("form.table.document.name"),
    Messages.vi("form.table.issue"),
    Messages.vi("form.table.effectiveFrom")
  };

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The three columns of the approval block, as the Word painter names them. */
  private static final List<String> ROLES = List.of(ProcedureWriter.ROLES);

  private static final int RED = 0xC00000;
  static final String CHANGED_WARNING =
      Messages.vi("form.manual.changedWarning", vn.quytrinh.document.SignatureCheck.CHANGED);
  private static final int GREEN = 0x1E6B2E;
  private static final int OVER_BG = 0xFBE3E3;
  private static final int GREY = 0x555555;

  private static final ProcedureSheet EMPTY =
      new ProcedureSheet(
          null, null, null, 0, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null, null, List.of());

  /** Renders one procedure. */
  public void procedure(ProcedureSheet sheet, OutputStream out) {
    Objects.requireNonNull(out, "out");
    ProcedureSheet s = sheet == null ? EMPTY : sheet;
    try (PDDocument doc = new PDDocument()) {
      Ctx c = new Ctx(doc);
      PDDocumentOutline outline = new PDDocumentOutline();
      Proc p = layoutProcedure(c, s);
      List<PDPage> pages = emitProcedure(c, s, p, false);
      for (Mark m : p.marks()) {
        outline.addLast(item(m.title(), pages.get(m.page()), m.y()));
      }
      finish(doc, outline, join(s.documentCode(), s.title()));
      doc.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders a manual: cover, master list, contents (each procedure with its first page number),
   * then every procedure; headers count pages per procedure, the footer numbers the whole book.
   */
  public void manual(Manual manual, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Manual m = manual == null ? new Manual(null, null, null, null, null, null) : manual;
    List<ProcedureSheet> procs = new ArrayList<>();
    if (m.procedures() != null) {
      for (ProcedureSheet s : m.procedures()) {
        if (s != null) {
          procs.add(s);
        }
      }
    }
    try (PDDocument doc = new PDDocument()) {
      Ctx c = new Ctx(doc);
      PDDocumentOutline outline = new PDDocumentOutline();

      PDPage cover = new PDPage(PDRectangle.A4);
      doc.addPage(cover);
      drawCover(c, cover, m);
      outline.addLast(item(Messages.vi("form.manual.outline.cover"), cover, PAGE_H));

      Flow master = layoutMasterList(c, m);
      List<PDPage> masterPages = emit(c, master.pages, (cv, i, n, no) -> pageNumber(c, cv, no));
      outline.addLast(item(Messages.vi("form.manual.outline.master"), masterPages.get(0), PAGE_H));

      int[] first = new int[procs.size()];
      Flow toc = layoutContents(c, procs, first);
      List<PDPage> tocPages = new ArrayList<>();
      for (int i = 0; i < toc.pages.size(); i++) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        tocPages.add(p);
      }
      outline.addLast(item(Messages.vi("form.manual.outline.contents"), tocPages.get(0), PAGE_H));

      for (int i = 0; i < procs.size(); i++) {
        ProcedureSheet s = procs.get(i);
        first[i] = doc.getNumberOfPages() + 1;
        Proc p = layoutProcedure(c, s);
        List<PDPage> pages = emitProcedure(c, s, p, true);
        PDOutlineItem parent = item(join(s.documentCode(), s.title()), pages.get(0), PAGE_H);
        for (Mark mk : p.marks()) {
          parent.addLast(item(mk.title(), pages.get(mk.page()), mk.y()));
        }
        outline.addLast(parent);
      }

      int tocFirst = doc.getPages().indexOf(tocPages.get(0));
      for (int i = 0; i < tocPages.size(); i++) {
        PDPage p = tocPages.get(i);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          Canvas cv = new Canvas(doc, p, cs);
          for (Op op : toc.pages.get(i).ops) {
            op.draw(cv);
          }
          pageNumber(c, cv, tocFirst + i + 1);
        }
      }

      finish(doc, outline, MANUAL_TITLE + " – " + clean(m.unitName()));
      doc.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // per-document context

  /** Fonts (each loaded once, on first use) and text styles of one document. */
  private static final class Ctx {
    final PDDocument doc;
    final PdfFace serif;
    final PdfFace bold;
    final PdfFace italic;
    final PdfFace sans;
    final PdfFace sansBold;
    final Style body;
    final Style h1;
    final Style h2;
    final Style cellText;
    final Style cellBold;
    final Style cellItalic;
    final Style status;
    final Style hAgency;
    final Style hQt;
    final Style hTitle;
    final Style hRight;
    final Style footer;
    final Style pageNo;
    private PDExtendedGraphicsState watermark;

    Ctx(PDDocument doc) {
      this.doc = doc;
      serif = new PdfFace(doc, "DejaVuSerif.ttf");
      bold = new PdfFace(doc, "DejaVuSerif-Bold.ttf");
      italic = new PdfFace(doc, "DejaVuSerif-Italic.ttf");
      sans = new PdfFace(doc, "DejaVuSans.ttf");
      sansBold = new PdfFace(doc, "DejaVuSans-Bold.ttf");
      body = new Style(serif, 11f, BLACK);
      h1 = new Style(bold, 11.5f, BLACK);
      h2 = new Style(bold, 11f, BLACK);
      cellText = new Style(serif, 10f, BLACK);
      cellBold = new Style(bold, 10f, BLACK);
      cellItalic = new Style(italic, 9f, BLACK);
      status = new Style(italic, 10f, GREY);
      hAgency = new Style(bold, 10f, BLACK);
      hQt = new Style(bold, 13f, BLACK);
      hTitle = new Style(bold, 11.5f, BLACK);
      hRight = new Style(serif, 9.5f, BLACK);
      footer = new Style(italic, 8.5f, GREY);
      pageNo = new Style(sans, 9f, GREY);
    }

    PDExtendedGraphicsState watermarkState() {
      if (watermark == null) {
        watermark = new PDExtendedGraphicsState();
        watermark.setNonStrokingAlphaConstant(0.2f);
        watermark.setStrokingAlphaConstant(0.2f);
      }
      return watermark;
    }
  }

  private interface Decor {
    void draw(Canvas cv, int index, int count, int physicalPage) throws IOException;
  }

  /** Draws laid-out pages at the end of the document, with their decoration. */
  private static List<PDPage> emit(Ctx c, List<PageBuf> bufs, Decor decor) throws IOException {
    int n = bufs.size();
    List<PDPage> pages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PDPage p = new PDPage(PDRectangle.A4);
      c.doc.addPage(p);
      pages.add(p);
      int physical = c.doc.getNumberOfPages();
      try (PDPageContentStream cs = new PDPageContentStream(c.doc, p)) {
        Canvas cv = new Canvas(c.doc, p, cs);
        for (Op op : bufs.get(i).ops) {
          op.draw(cv);
        }
        decor.draw(cv, i, n, physical);
      }
      bufs.set(i, null); // drawn: let it go
    }
    return pages;
  }

  // ---------------------------------------------------------------------------------------------
  // procedure

  private record Proc(Header header, List<Line> note, List<PageBuf> pages, List<Mark> marks) {}

  private Proc layoutProcedure(Ctx c, ProcedureSheet s) {
    Header hb = header(c, s);
    Flow f = new Flow(MARGIN_LEFT, CONTENT_W, PAGE_H - MARGIN_TOP - hb.h() - 14, MARGIN_BOTTOM);

    // page 1: status, approval block, revision table
    if (hb.titleCut()) {
      f.paragraph(Messages.vi("form.titleLine", v(s.title())), c.body, 0, LEFT);
      f.gap(4);
    }
    f.paragraph(Messages.vi("form.statusLine", v(s.statusLabel())), c.status, 0, RIGHT);
    f.gap(8);
    approvals(f, c, s.approvals());
    f.gap(24);
    f.need(c.h1.lh() + 60);
    f.paragraph(REVISIONS_TITLE, c.h1, 0, CENTER);
    f.gap(6);
    revisions(f, c, s.revisions());

    // sections
    f.newPage();
    for (FormHeading h : FormHeading.values()) {
      switch (h) {
        case REVISIONS -> {} // page 1, above
        case PURPOSE -> section(f, c, h, () -> text(f, c, s.purpose()));
        case SCOPE -> section(f, c, h, () -> text(f, c, s.scope()));
        case REFERENCES -> section(f, c, h, () -> text(f, c, s.references()));
        case DEFINITIONS -> section(f, c, h, () -> text(f, c, s.definitions()));
        case CONTENT -> section(f, c, h, () -> {});
        case BASIS ->
            section(
                f,
                c,
                h,
                () -> {
                  list(f, c, s.legalBasis());
                  quotes(f, c, s.basisWordings());
                });
        case CONDITIONS -> section(f, c, h, () -> text(f, c, s.conditions()));
        case DOSSIER -> section(f, c, h, () -> dossier(f, c, s.dossier()));
        case TIME -> section(f, c, h, () -> text(f, c, s.timeLimit()));
        case PLACE -> section(f, c, h, () -> text(f, c, s.place()));
        case FEE -> section(f, c, h, () -> text(f, c, s.fee()));
        case APPLICANTS -> section(f, c, h, () -> text(f, c, s.applicants()));
        case RESULT -> section(f, c, h, () -> text(f, c, s.result()));
        case STEPS ->
            section(f, c, h, () -> steps(f, c, s.steps(), s.totalDays(), s.legalLimitDays()));
        case FORMS -> section(f, c, h, () -> forms(f, c, s.forms()));
        case RECORDS -> section(f, c, h, () -> records(f, c, s.records()));
      }
    }

    List<Line> note = List.of();
    String n = clean(s.controlledCopyNote());
    if (s.controlledCopyNote() != null && !n.isBlank()) {
      PdfFace face = c.footer.face();
      List<String> ls =
          face.cap(face.wrap(n, c.footer.size(), CONTENT_W - 90), 2, c.footer.size(), CONTENT_W);
      note = new ArrayList<>();
      for (String l : ls) {
        note.add(new Line(l, c.footer, CENTER));
      }
    }
    return new Proc(hb, note, f.pages, f.marks);
  }

  private List<PDPage> emitProcedure(Ctx c, ProcedureSheet s, Proc p, boolean inManual)
      throws IOException {
    ProcedureSheet.Watermark wm = s.watermark();
    String wmText = wm == null || wm == ProcedureSheet.Watermark.NONE ? null : wm.text();
    return emit(
        c,
        p.pages(),
        (cv, i, n, physical) -> {
          drawHeader(cv, p.header(), i + 1, n);
          drawNote(c, cv, p.note());
          if (inManual) {
            pageNumber(c, cv, physical);
          }
          if (wmText != null) {
            drawWatermark(c, cv, wmText);
          }
        });
  }

  /** One heading of the outline, then its body. */
  private void section(Flow f, Ctx c, FormHeading h, Runnable body) {
    if (h.level() == 1) {
      section(f, c, h);
    } else {
      sub(f, c, h.text());
    }
    body.run();
  }

  private void section(Flow f, Ctx c, FormHeading h) {
    f.gap(h == FormHeading.PURPOSE ? 0 : 12);
    f.need(c.h1.lh() + 3 * c.body.lh());
    f.mark(h.text(), 1);
    f.paragraph(h.text(), c.h1, 0, LEFT);
    f.gap(3);
  }

  private void sub(Flow f, Ctx c, String title) {
    f.gap(7);
    f.need(c.h2.lh() + 3 * c.body.lh());
    f.paragraph(title, c.h2, 8, LEFT);
    f.gap(2);
  }

  private void text(Flow f, Ctx c, String value) {
    f.paragraph(v(value), c.body, 16, LEFT);
  }

  /** The wordings in force of the places cited, under the legal basis (when asked for). */
  private void quotes(Flow f, Ctx c, List<ProcedureSheet.Quote> quotes) {
    if (quotes.isEmpty()) {
      return;
    }
    f.gap(4);
    f.need(c.h2.lh() + 2 * c.body.lh());
    f.paragraph(Messages.vi("form.basis.wordings"), c.h2, 16, LEFT);
    for (ProcedureSheet.Quote q : quotes) {
      f.gap(3);
      f.need(c.h2.lh() + c.status.lh() + c.cellText.lh());
      f.paragraph(q.heading(), c.h2, 16, LEFT);
      f.paragraph(q.source(), c.status, 16, LEFT);
      for (String line : q.lines()) {
        f.paragraph(line, c.cellText, 28, LEFT);
      }
    }
  }

  private void list(Flow f, Ctx c, List<String> items) {
    boolean any = false;
    if (items != null) {
      for (String item : items) {
        String t = clean(item);
        if (item == null || t.isBlank()) {
          continue;
        }
        any = true;
        float indent = 16;
        float hang = 12;
        List<Line> ls = PdfLayout.lay(t, c.body, CONTENT_W - indent - hang, LEFT);
        f.need(ls.get(0).h());
        f.add(new TextOp(c.body, f.left + indent, f.y - c.body.ascent(), "-"));
        f.lines(ls, f.left + indent + hang, CONTENT_W - indent - hang);
        f.gap(1.5f);
      }
    }
    if (!any) {
      text(f, c, null);
    }
  }

  private void approvals(Flow f, Ctx c, List<ProcedureSheet.Approval> list) {
    float[] w = widths(72, 112, 100, 68, 0);
    Table t =
        new Table(
            f,
            w,
            head(
                    c,
                    Messages.vi("form.approval.responsibility"),
                    Messages.vi("form.approval.name"),
                    Messages.vi("form.approval.position"),
                    Messages.vi("form.table.date"),
                    Messages.vi("form.approval.signature"))
                .minHeight(c.cellBold.lh()));
    List<ProcedureSheet.Approval> rest = new ArrayList<>();
    if (list != null) {
      for (ProcedureSheet.Approval a : list) {
        if (a != null) {
          rest.add(a);
        }
      }
    }
    for (String role : ROLES) {
      ProcedureSheet.Approval found = null;
      for (ProcedureSheet.Approval a : rest) {
        if (key(a.role()).equals(key(role))) {
          found = a;
          break;
        }
      }
      if (found != null) {
        rest.remove(found);
      }
      t.row(approvalRow(c, role, found));
    }
    for (ProcedureSheet.Approval a : rest) {
      t.row(approvalRow(c, a.role(), a));
    }
    t.end();
  }

  private Row approvalRow(Ctx c, String role, ProcedureSheet.Approval a) {
    return new Row()
        .minHeight(44)
        .middle()
        .add(cell(v(role), c.cellBold))
        .add(cell(a == null ? DASH : v(a.name()), c.cellText))
        .add(cell(a == null ? DASH : v(a.position()), c.cellText))
        .add(cell(a == null ? DASH : date(a.date()), c.cellText).align(CENTER))
        .add(cell(a == null ? DASH : v(a.signatureMark()), c.cellItalic).align(CENTER));
  }

  private void revisions(Flow f, Ctx c, List<ProcedureSheet.Revision> list) {
    float[] w = widths(34, 66, 0, 150, 60);
    Table t =
        new Table(
            f,
            w,
            head(
                c,
                Messages.vi("form.table.no"),
                Messages.vi("form.table.date"),
                Messages.vi("form.table.revision.summary"),
                Messages.vi("form.table.revision.reasonShort"),
                Messages.vi("form.table.issue")));
    boolean any = false;
    if (list != null) {
      for (ProcedureSheet.Revision r : list) {
        if (r == null) {
          continue;
        }
        any = true;
        t.row(
            new Row()
                .add(cell(String.valueOf(r.no()), c.cellText).align(CENTER))
                .add(cell(date(r.date()), c.cellText).align(CENTER))
                .add(cell(v(r.summary()), c.cellText))
                .add(cell(v(r.reason()), c.cellText))
                .add(cell(String.valueOf(r.issueNo()), c.cellText).align(CENTER)));
      }
    }
    if (!any) {
      t.row(dashes(c, 5));
    }
    t.end();
  }

  private void dossier(Flow f, Ctx c, List<ProcedureSheet.Dossier> list) {
    f.gap(2);
    Table t =
        new Table(
            f,
            widths(34, 0, 80),
            head(
                c,
                Messages.vi("form.table.noShort"),
                Messages.vi("form.table.dossier.name"),
                Messages.vi("form.table.dossier.copies")));
    int i = 0;
    if (list != null) {
      for (ProcedureSheet.Dossier d : list) {
        if (d == null) {
          continue;
        }
        i++;
        t.row(
            new Row()
                .add(cell(String.valueOf(i), c.cellText).align(CENTER))
                .add(cell(v(d.name()), c.cellText))
                .add(
                    cell(d.copies() == null ? DASH : copies(d.copies()), c.cellText)
                        .align(CENTER)));
      }
    }
    if (i == 0) {
      t.row(dashes(c, 3));
    }
    t.end();
  }

  private void steps(
      Flow f, Ctx c, List<ProcedureSheet.Step> list, BigDecimal total, BigDecimal limit) {
    f.gap(2);
    Table t = new Table(f, widths(40, 0, 96, 62, 110), head(c, ProcedureWriter.STEP_HEADERS));
    boolean any = false;
    if (list != null) {
      for (ProcedureSheet.Step st : list) {
        if (st == null) {
          continue;
        }
        any = true;
        t.row(
            new Row()
                .add(cell("B" + st.order(), c.cellBold).align(CENTER))
                .add(cell(v(st.action()), c.cellText))
                .add(cell(v(st.responsible()), c.cellText))
                .add(cell(days(st.days()), c.cellText).align(CENTER))
                .add(cell(v(st.output()), c.cellText)));
      }
    }
    if (!any) {
      t.row(dashes(c, 5));
    }
    Cell label = new Cell().span(3).align(RIGHT).add(Messages.vi("form.steps.total"), c.cellBold);
    Cell verdict;
    boolean over = false;
    if (limit != null) {
      label.add(Messages.vi("form.steps.againstLimit", number(limit)), c.cellText);
      over = total != null && total.compareTo(limit) > 0;
      if (over) {
        verdict = cell(OVER_LIMIT, c.cellBold.color(RED));
      } else if (total != null) {
        verdict = cell(Messages.vi("form.steps.withinLimit"), c.cellBold.color(GREEN));
      } else {
        verdict = cell(DASH, c.cellText);
      }
    } else {
      verdict = cell(DASH, c.cellText);
    }
    verdict.align(CENTER);
    Cell sum = cell(days(total), c.cellBold).align(CENTER);
    if (over) {
      label.bg(OVER_BG);
      sum.bg(OVER_BG);
      verdict.bg(OVER_BG);
    }
    t.row(new Row().middle().add(label).add(sum).add(verdict));
    t.end();
  }

  private void forms(Flow f, Ctx c, List<ProcedureSheet.Form> list) {
    Table t =
        new Table(
            f,
            widths(34, 120, 0),
            head(
                c,
                Messages.vi("form.table.noShort"),
                Messages.vi("form.table.code"),
                Messages.vi("form.table.form.name")));
    int i = 0;
    if (list != null) {
      for (ProcedureSheet.Form fm : list) {
        if (fm == null) {
          continue;
        }
        i++;
        t.row(
            new Row()
                .add(cell(String.valueOf(i), c.cellText).align(CENTER))
                .add(cell(v(fm.code()), c.cellText))
                .add(cell(v(fm.name()), c.cellText)));
      }
    }
    if (i == 0) {
      t.row(dashes(c, 3));
    }
    t.end();
  }

  private void records(Flow f, Ctx c, List<ProcedureSheet.Kept> list) {
    Table t =
        new Table(
            f,
            widths(34, 0, 130, 100),
            head(
                c,
                Messages.vi("form.table.noShort"),
                Messages.vi("form.table.kept.nameShort"),
                Messages.vi("form.table.kept.keeper"),
                Messages.vi("form.table.kept.retention")));
    int i = 0;
    if (list != null) {
      for (ProcedureSheet.Kept k : list) {
        if (k == null) {
          continue;
        }
        i++;
        t.row(
            new Row()
                .add(cell(String.valueOf(i), c.cellText).align(CENTER))
                .add(cell(v(k.name()), c.cellText))
                .add(cell(v(k.keeper()), c.cellText))
                .add(cell(v(k.retention()), c.cellText).align(CENTER)));
      }
    }
    if (i == 0) {
      t.row(dashes(c, 4));
    }
    t.end();
  }

  // ---------------------------------------------------------------------------------------------
  // page header, footer, watermark

  private record Header(
      float h,
      float wl,
      float wc,
      float wr,
      List<Line> left,
      List<Line> centre,
      List<List<Line>> right,
      float[] rowH,
      boolean titleCut) {}

  private static final float HEAD_PAD = 5;
  private static final float ROW_PAD = 2.5f;

  private Header header(Ctx c, ProcedureSheet s) {
    float wl = 130;
    float wr = 150;
    float wc = CONTENT_W - wl - wr;
    List<Line> left = capped(c.hAgency, v(s.agency()), wl - 2 * HEAD_PAD, 5, CENTER);
    List<Line> centre = new ArrayList<>();
    centre.add(new Line(Messages.vi("form.header.procedure"), c.hQt, CENTER));
    String title = v(s.title());
    List<String> all = c.hTitle.face().wrap(clean(title), c.hTitle.size(), wc - 2 * HEAD_PAD);
    List<String> kept = c.hTitle.face().cap(all, 5, c.hTitle.size(), wc - 2 * HEAD_PAD);
    for (String l : kept) {
      centre.add(new Line(l, c.hTitle, CENTER));
    }
    float rw = wr - 2 * HEAD_PAD;
    List<List<Line>> right = new ArrayList<>();
    right.add(capped(c.hRight, Messages.vi("form.header.code", v(s.documentCode())), rw, 3, LEFT));
    right.add(capped(c.hRight, Messages.vi("form.header.issue", s.issueNo()), rw, 1, LEFT));
    right.add(
        capped(c.hRight, Messages.vi("form.header.issuedOn", date(s.issuedOn())), rw, 2, LEFT));
    right.add(List.of(new Line("Trang: 1/1", c.hRight, LEFT)));
    float[] rowH = new float[4];
    float rightTotal = 0;
    for (int i = 0; i < 4; i++) {
      rowH[i] = height(right.get(i)) + 2 * ROW_PAD;
      rightTotal += rowH[i];
    }
    float h =
        Math.max(Math.max(height(left), height(centre)) + 2 * HEAD_PAD, Math.max(rightTotal, 56));
    for (int i = 0; i < 4; i++) {
      rowH[i] += (h - rightTotal) / 4;
    }
    return new Header(h, wl, wc, wr, left, centre, right, rowH, kept.size() < all.size());
  }

  private static void drawHeader(Canvas cv, Header hb, int page, int count) throws IOException {
    float top = PAGE_H - MARGIN_TOP;
    float x = MARGIN_LEFT;
    float h = hb.h();
    cv.strokeRect(x, top - h, CONTENT_W, h, 0.9f, BLACK);
    float xc = x + hb.wl();
    float xr = xc + hb.wc();
    cv.line(xc, top, xc, top - h, 0.9f, BLACK);
    cv.line(xr, top, xr, top - h, 0.9f, BLACK);
    drawBlock(
        cv, hb.left(), x + HEAD_PAD, hb.wl() - 2 * HEAD_PAD, top - (h - height(hb.left())) / 2);
    drawBlock(
        cv,
        hb.centre(),
        xc + HEAD_PAD,
        hb.wc() - 2 * HEAD_PAD,
        top - (h - height(hb.centre())) / 2);
    float y = top;
    for (int i = 0; i < 4; i++) {
      List<Line> ls = hb.right().get(i);
      if (i == 3) {
        Line proto = ls.get(0);
        ls = List.of(new Line("Trang: " + page + "/" + count, proto.style(), LEFT));
      }
      drawBlock(cv, ls, xr + HEAD_PAD, hb.wr() - 2 * HEAD_PAD, y - (hb.rowH()[i] - height(ls)) / 2);
      y -= hb.rowH()[i];
      if (i < 3) {
        cv.line(xr, y, x + CONTENT_W, y, 0.5f, BLACK);
      }
    }
  }

  private static void drawNote(Ctx c, Canvas cv, List<Line> note) throws IOException {
    if (note.isEmpty()) {
      return;
    }
    float top = MARGIN_BOTTOM - 10;
    cv.line(MARGIN_LEFT, top + 2, MARGIN_LEFT + CONTENT_W, top + 2, 0.4f, 0x999999);
    drawBlock(cv, note, MARGIN_LEFT, CONTENT_W, top);
  }

  private static void pageNumber(Ctx c, Canvas cv, int no) throws IOException {
    String s = String.valueOf(no);
    float w = c.pageNo.face().width(s, c.pageNo.size());
    cv.text(c.pageNo, PAGE_W - MARGIN_RIGHT - w, MARGIN_BOTTOM - 10 - c.pageNo.size(), s);
  }

  private static void drawWatermark(Ctx c, Canvas cv, String raw) throws IOException {
    PdfFace face = c.sansBold;
    String text = face.fit(clean(raw));
    if (text.isBlank()) {
      return;
    }
    double angle = Math.atan2(PAGE_H, PAGE_W);
    float diag = (float) Math.hypot(PAGE_W, PAGE_H);
    float unit = face.width(text, 1f);
    float size = Math.min(110f, 0.62f * diag / Math.max(unit, 0.01f));
    float w = unit * size;
    float capH = 0.73f * size;
    float cos = (float) Math.cos(angle);
    float sin = (float) Math.sin(angle);
    float x0 = PAGE_W / 2 - (w / 2) * cos + (capH / 2) * sin;
    float y0 = PAGE_H / 2 - (w / 2) * sin - (capH / 2) * cos;
    PDPageContentStream cs = cv.cs;
    cs.saveGraphicsState();
    cs.setGraphicsStateParameters(c.watermarkState());
    cs.setNonStrokingColor(0.45f, 0.45f, 0.45f);
    cs.beginText();
    cs.setFont(face.font(), size);
    cs.setTextMatrix(Matrix.getRotateInstance(angle, x0, y0));
    cs.showText(text);
    cs.endText();
    cs.restoreGraphicsState();
    cv.reset();
  }

  // ---------------------------------------------------------------------------------------------
  // manual: cover, master list, contents

  private void drawCover(Ctx c, PDPage page, Manual m) throws IOException {
    try (PDPageContentStream cs = new PDPageContentStream(c.doc, page)) {
      Canvas cv = new Canvas(c.doc, page, cs);
      float in = 1.3f * CM;
      cv.strokeRect(in, in, PAGE_W - 2 * in, PAGE_H - 2 * in, 2.2f, BLACK);
      cv.strokeRect(in + 4, in + 4, PAGE_W - 2 * in - 8, PAGE_H - 2 * in - 8, 0.6f, BLACK);
      float x = MARGIN_LEFT;
      float w = CONTENT_W;
      float y = PAGE_H - 3.2f * CM;
      List<Line> agency = capped(new Style(c.bold, 14f, BLACK), v(m.agency()), w, 4, CENTER);
      y = drawBlock(cv, agency, x, w, y);
      cv.line(PAGE_W / 2 - 50, y - 6, PAGE_W / 2 + 50, y - 6, 0.8f, BLACK);

      y = PAGE_H * 0.62f;
      y =
          drawBlock(
              cv,
              capped(new Style(c.serif, 11f, GREY), Messages.vi("form.manual.iso"), w, 2, CENTER),
              x,
              w,
              y);
      y -= 18;
      y = drawBlock(cv, capped(new Style(c.bold, 28f, BLACK), MANUAL_TITLE, w, 2, CENTER), x, w, y);
      y -= 14;
      y =
          drawBlock(
              cv, capped(new Style(c.bold, 16f, BLACK), v(m.unitName()), w, 4, CENTER), x, w, y);
      y -= 22;
      y =
          drawBlock(
              cv,
              capped(
                  new Style(c.italic, 13f, BLACK),
                  Messages.vi("form.manual.asOf", date(m.asOf())),
                  w,
                  1,
                  CENTER),
              x,
              w,
              y);
      List<String> changed = changedProcedures(m);
      if (!changed.isEmpty()) {
        y -= 24;
        y =
            drawBlock(
                cv,
                capped(new Style(c.bold, 12f, BLACK).color(RED), CHANGED_WARNING, w, 3, CENTER),
                x,
                w,
                y);
        y -= 6;
        drawBlock(
            cv,
            capped(
                new Style(c.serif, 11f, BLACK).color(RED),
                String.join("; ", changed),
                w,
                8,
                CENTER),
            x,
            w,
            y);
      }
      String by = m.exportedBy() == null ? DASH : v(m.exportedBy());
      drawBlock(
          cv,
          capped(
              new Style(c.italic, 9.5f, GREY),
              Messages.vi("form.manual.exportedBy", by),
              w,
              2,
              CENTER),
          x,
          w,
          in + 40);
    }
  }

  /** The procedures of a manual printed with {@link ProcedureSheet.Watermark#CHANGED}. */
  static List<String> changedProcedures(Manual m) {
    List<String> out = new ArrayList<>();
    if (m.procedures() != null) {
      for (ProcedureSheet s : m.procedures()) {
        if (s != null && s.watermark() == ProcedureSheet.Watermark.CHANGED) {
          out.add(join(s.documentCode(), Messages.vi("form.manual.issueShort", s.issueNo())));
        }
      }
    }
    return out;
  }

  private Flow layoutMasterList(Ctx c, Manual m) {
    Flow f = new Flow(MARGIN_LEFT, CONTENT_W, PAGE_H - MARGIN_TOP, MARGIN_BOTTOM);
    f.paragraph(MASTER_TITLE, new Style(c.bold, 14f, BLACK), 0, CENTER);
    f.paragraph(v(m.unitName()), new Style(c.italic, 11f, BLACK), 0, CENTER);
    f.paragraph(
        Messages.vi("form.manual.asOf", date(m.asOf())), new Style(c.italic, 10f, GREY), 0, CENTER);
    f.gap(12);
    Table t = new Table(f, widths(34, 100, 0, 64, 88), head(c, MASTER_HEADERS));
    int i = 0;
    if (m.masterList() != null) {
      for (Manual.MasterRow r : m.masterList()) {
        if (r == null) {
          continue;
        }
        i++;
        t.row(
            new Row()
                .add(cell(String.valueOf(i), c.cellText).align(CENTER))
                .add(cell(v(r.code()), c.cellText))
                .add(cell(v(r.title()), c.cellText))
                .add(cell(String.valueOf(r.issueNo()), c.cellText).align(CENTER))
                .add(cell(date(r.effectiveFrom()), c.cellText).align(CENTER)));
      }
    }
    if (i == 0) {
      t.row(dashes(c, 5));
    }
    t.end();
    return f;
  }

  /** Contents; page numbers are read from {@code first} when the pages are finally drawn. */
  private Flow layoutContents(Ctx c, List<ProcedureSheet> procs, int[] first) {
    Flow f = new Flow(MARGIN_LEFT, CONTENT_W, PAGE_H - MARGIN_TOP, MARGIN_BOTTOM);
    f.paragraph(CONTENTS_TITLE, new Style(c.bold, 14f, BLACK), 0, CENTER);
    f.gap(14);
    Style st = c.body;
    Style code = new Style(c.bold, 10.5f, BLACK);
    float codeW = 110;
    float numW = 36;
    float titleX = f.left + codeW;
    float titleW = CONTENT_W - codeW - numW - 8;
    PdfFace face = st.face();
    String dot = ".";
    float dotW = face.width(dot, st.size());
    if (procs.isEmpty()) {
      f.paragraph(DASH, st, 0, LEFT);
    }
    for (int i = 0; i < procs.size(); i++) {
      ProcedureSheet s = procs.get(i);
      List<Line> codeLines = capped(code, v(s.documentCode()), codeW - 8, 2, LEFT);
      List<Line> titleLines = capped(st, v(s.title()), titleW, 4, LEFT);
      float h = Math.max(height(codeLines), height(titleLines));
      f.need(h);
      float top = f.y;
      drawLater(f, codeLines, f.left, top);
      drawLater(f, titleLines, titleX, top);
      Line last = titleLines.get(titleLines.size() - 1);
      float lastY = top - height(titleLines) + last.h() - st.ascent();
      float from = titleX + face.width(last.text(), st.size()) + 4;
      float to = f.left + CONTENT_W - numW;
      int dots = (int) ((to - from) / dotW);
      if (dots > 0) {
        f.add(new TextOp(st, to - dots * dotW, lastY, dot.repeat(dots)));
      }
      f.add(new LateTextOp(st, f.left + CONTENT_W, lastY, k -> String.valueOf(first[k]), i));
      final int idx = i;
      f.add(new LinkOp(f.left, top - h, CONTENT_W, h, () -> first[idx] - 1));
      f.y = top - h - 5;
    }
    return f;
  }

  private static void drawLater(Flow f, List<Line> lines, float x, float top) {
    float y = top;
    for (Line l : lines) {
      f.add(new TextOp(l.style(), x, y - l.style().ascent(), l.text()));
      y -= l.h();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private static void finish(PDDocument doc, PDDocumentOutline outline, String title) {
    doc.getDocumentCatalog().setDocumentOutline(outline);
    doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    doc.getDocumentCatalog().setLanguage("vi-VN");
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(outlineTitle(title));
    info.setCreator(Messages.vi("form.product"));
    info.setProducer(Messages.vi("form.product") + " (Apache PDFBox)");
  }

  private static PDOutlineItem item(String title, PDPage page, float y) {
    PDOutlineItem it = new PDOutlineItem();
    it.setTitle(outlineTitle(title));
    PDPageXYZDestination d = new PDPageXYZDestination();
    d.setPage(page);
    d.setLeft(0);
    d.setTop(Math.round(Math.min(PAGE_H, y + 16)));
    it.setDestination(d);
    return it;
  }

  private static String outlineTitle(String s) {
    String t = clean(s).replace('\n', ' ').strip();
    if (t.length() > 200) {
      t = t.substring(0, t.offsetByCodePoints(0, t.codePointCount(0, 200) - 1)) + "…";
    }
    return t.isEmpty() ? DASH : t;
  }

  private static String join(String code, String title) {
    return v(code) + " – " + v(title);
  }

  private static float[] widths(float... w) {
    float fixed = 0;
    int flex = 0;
    for (float x : w) {
      if (x <= 0) {
        flex++;
      } else {
        fixed += x;
      }
    }
    float[] r = w.clone();
    for (int i = 0; i < r.length; i++) {
      if (r[i] <= 0) {
        r[i] = Math.max(20, (CONTENT_W - fixed) / flex);
      }
    }
    return r;
  }

  private static Row head(Ctx c, String... titles) {
    Row r = new Row();
    for (String t : titles) {
      r.add(cell(t, c.cellBold).align(CENTER));
    }
    return r;
  }

  private static Row dashes(Ctx c, int n) {
    Row r = new Row();
    for (int i = 0; i < n; i++) {
      r.add(cell(DASH, c.cellText).align(CENTER));
    }
    return r;
  }

  private static List<Line> capped(Style st, String text, float w, int max, int align) {
    PdfFace face = st.face();
    List<String> ls = face.cap(face.wrap(clean(text), st.size(), w), max, st.size(), w);
    List<Line> out = new ArrayList<>(ls.size());
    for (String l : ls) {
      out.add(new Line(l, st, align));
    }
    return out;
  }

  private static float height(List<Line> ls) {
    float h = 0;
    for (Line l : ls) {
      h += l.h();
    }
    return h;
  }

  /** Draws lines from top down; returns the y below them. */
  private static float drawBlock(Canvas cv, List<Line> ls, float x, float w, float top)
      throws IOException {
    float y = top;
    for (Line l : ls) {
      float tx = x;
      if (l.align() != LEFT) {
        float lw = l.style().face().width(l.text(), l.style().size());
        tx = l.align() == CENTER ? x + (w - lw) / 2 : x + w - lw;
      }
      cv.text(l.style(), tx, y - l.style().ascent(), l.text());
      y -= l.h();
    }
    return y;
  }

  private static String clean(String s) {
    return PdfFace.clean(s);
  }

  /** User text, cleaned; "—" when null or blank. */
  static String v(String s) {
    String t = clean(s);
    return t.isBlank() ? DASH : t;
  }

  private static String key(String s) {
    return clean(s).strip().toLowerCase(Locale.ROOT);
  }

  static String date(LocalDate d) {
    return d == null ? DASH : DATE.format(d);
  }

  /** A decimal with a comma: 0.5 → "0,5", 2.00 → "2". */
  static String number(BigDecimal d) {
    BigDecimal z = d.stripTrailingZeros();
    if (z.scale() < 0) {
      z = z.setScale(0);
    }
    return z.toPlainString().replace('.', ',');
  }

  /** Working days as printed in the step table: "0,5 ngày"; "—" when unknown. */
  static String days(BigDecimal d) {
    return d == null ? DASH : Messages.vi("form.days", number(d));
  }

  private static String copies(int n) {
    return Messages.vi("form.copies", n >= 0 && n < 10 ? "0" + n : String.valueOf(n));
  }
}
