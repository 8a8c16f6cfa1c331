package vn.quytrinh.publishing;

import static vn.quytrinh.publishing.SafeText.DASH;
import static vn.quytrinh.publishing.SafeText.date;
import static vn.quytrinh.publishing.SafeText.oneLine;
import static vn.quytrinh.publishing.SafeText.orDash;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.publishing.DocxTemplate.PartRef;
import vn.quytrinh.publishing.Manual.MasterRow;
import vn.quytrinh.publishing.ProcedureSheet.Watermark;
import vn.quytrinh.publishing.WordXml.Table;

/**
 * One procedure, or a unit's whole manual, as Word, filled into the templates {@code
 * quy-trinh.docx} and {@code so-tay.docx}. An agency restyles those in Word (styles "QT …",
 * margins, logo, header layout); the renderer writes content only and names styles by id.
 *
 * <p>Placeholders, in any header, footer or the cover: {@code {{agency}} {{title}} {{code}}
 * {{issueNo}} {{issuedOn}} {{status}} {{footer}}} and, in the manual, {@code {{unit}} {{asOf}}
 * {{exportedBy}}}. The paragraph holding {@code {{body}}} (and the manual's {@code {{procedures}}})
 * is replaced by the generated content. In a manual each procedure is a section of its own: a new
 * page, page numbers from 1, and a copy of the last section's header and footer showing its own
 * code, title and issue.
 *
 * <p>Stateless and thread-safe: each call reads the template afresh.
 */
public final class DocxRenderer {

  public static final String PROCEDURE_TEMPLATE = "quy-trinh.docx";
  public static final String MANUAL_TEMPLATE = "so-tay.docx";

  private final Path templateDir;

  /** Templates from the classpath ({@code /templates/…}). */
  public DocxRenderer() {
    this(null);
  }

  /**
   * Templates from {@code templateDir} when it holds them (an agency's restyled copies), otherwise
   * from the classpath.
   */
  public DocxRenderer(Path templateDir) {
    this.templateDir = templateDir;
  }

  /** One procedure in the printed form; the draft or obsolete watermark when it has one. */
  public void procedure(ProcedureSheet s, OutputStream out) throws IOException {
    try (DocxTemplate doc = load(PROCEDURE_TEMPLATE)) {
      int width = doc.textWidth();
      doc.insertAt(
          "body",
          w -> {
            new ProcedureWriter(width).write(s, w);
            w.raw("<w:p/>");
          });
      Map<String, String> values = values(s, null);
      Placeholders.fill(doc.getDocument().getBody(), values);
      String mark = watermark(s);
      if (mark != null) {
        doc.ensureHeader();
      }
      for (XWPFHeaderFooter hf : doc.allHeadersFooters()) {
        Placeholders.fill(hf._getHdrFtr(), values);
        if (mark != null && hf instanceof XWPFHeader) {
          doc.watermark(hf, mark);
        }
      }
      properties(doc, ProcedureWriter.heading(s));
      doc.write(out);
    }
  }

  /**
   * The manual: cover, master list, contents (a TOC field Word fills when the file is opened,
   * showing the list of procedures until then), then every procedure in a section of its own.
   */
  public void manual(Manual m, OutputStream out) throws IOException {
    List<ProcedureSheet> procedures =
        m.procedures() == null
            ? List.of()
            : m.procedures().stream().filter(Objects::nonNull).toList();
    try (DocxTemplate doc = load(MANUAL_TEMPLATE)) {
      int width = doc.textWidth();
      CTSectPr last = doc.bodySectPr();
      if (!last.isSetPgNumType()) {
        last.addNewPgNumType();
      }
      last.getPgNumType().setStart(java.math.BigInteger.ONE);
      List<PartRef> protos = doc.parts(last);
      List<String> protoXml = new ArrayList<>();
      for (PartRef p : protos) {
        protoXml.add(DocxTemplate.xmlOf(p));
      }

      // every procedure but the last gets copies of the last section's header and footer
      Set<XWPFHeaderFooter> filled = new HashSet<>();
      List<String> breaks = new ArrayList<>();
      for (int i = 0; i < procedures.size() - 1; i++) {
        ProcedureSheet s = procedures.get(i);
        Map<String, String> values = values(s, m);
        String mark = watermark(s);
        CTSectPr sect = (CTSectPr) last.copy();
        while (sect.sizeOfHeaderReferenceArray() > 0) {
          sect.removeHeaderReference(0);
        }
        while (sect.sizeOfFooterReferenceArray() > 0) {
          sect.removeFooterReference(0);
        }
        for (int k = 0; k < protos.size(); k++) {
          PartRef proto = protos.get(k);
          XWPFHeaderFooter copy = doc.copyOf(proto, protoXml.get(k));
          Placeholders.fill(copy._getHdrFtr(), values);
          filled.add(copy);
          if (mark != null && proto.header()) {
            doc.watermark(copy, mark);
          }
          CTHdrFtrRef ref =
              proto.header() ? sect.addNewHeaderReference() : sect.addNewFooterReference();
          ref.setType(proto.type());
          ref.setId(doc.relationId(copy));
        }
        breaks.add("<w:p><w:pPr>" + DocxTemplate.xmlOf(sect) + "</w:pPr></w:p>");
      }
      // the last procedure fills the prototypes themselves
      ProcedureSheet lastSheet =
          procedures.isEmpty() ? null : procedures.get(procedures.size() - 1);
      Map<String, String> lastValues = lastSheet == null ? manualValues(m) : values(lastSheet, m);
      String lastMark = lastSheet == null ? null : watermark(lastSheet);
      for (PartRef p : protos) {
        Placeholders.fill(p.part()._getHdrFtr(), lastValues);
        if (lastMark != null && p.header()) {
          doc.watermark(p.part(), lastMark);
        }
        filled.add(p.part());
      }
      Map<String, String> front = manualValues(m);
      for (XWPFHeaderFooter hf : doc.allHeadersFooters()) {
        // the front matter's own; each part is filled once, so braces in user text stay text
        if (!filled.contains(hf)) {
          Placeholders.fill(hf._getHdrFtr(), front);
        }
      }

      List<String> changed = PdfRenderer.changedProcedures(m);
      if (!changed.isEmpty()) {
        // on the cover, under its date: the procedures that no longer match their signatures
        DocxTemplate.Content warning =
            w -> {
              w.p("QTFrontHeading", PdfRenderer.CHANGED_WARNING);
              for (String code : changed) {
                w.p("QTBody", code);
              }
            };
        doc.insertAfter("asOf", warning);
      }
      doc.insertAt("body", w -> frontMatter(m, procedures, width, w));
      doc.insertAt(
          "procedures",
          w -> {
            ProcedureWriter writer = new ProcedureWriter(width);
            if (procedures.isEmpty()) {
              w.p("QTBody", Messages.vi("form.manual.empty"));
            }
            for (int i = 0; i < procedures.size(); i++) {
              writer.write(procedures.get(i), w);
              w.raw(i < breaks.size() ? breaks.get(i) : "<w:p/>");
            }
          });
      Placeholders.fill(doc.getDocument().getBody(), front);
      doc.enforceUpdateFields();
      properties(doc, Messages.vi("form.manual.name") + " – " + orDash(oneLine(m.unitName())));
      doc.write(out);
    }
  }

  private static void frontMatter(Manual m, List<ProcedureSheet> procedures, int width, WordXml w) {
    ProcedureWriter cols = new ProcedureWriter(width);
    w.p("QTFrontHeading", PdfRenderer.MASTER_TITLE);
    Table t = w.table(cols.columns(8, 16, 46, 13, 17));
    t.header(PdfRenderer.MASTER_HEADERS);
    int i = 0;
    for (MasterRow r : m.masterList() == null ? List.<MasterRow>of() : m.masterList()) {
      if (r != null) {
        t.row(
            Integer.toString(++i),
            r.code(),
            r.title(),
            ProcedureWriter.issue(r.issueNo()),
            date(r.effectiveFrom()));
      }
    }
    if (i == 0) {
      t.row(DASH, DASH, DASH, DASH, DASH);
    }
    t.end();
    w.pageBreak();
    w.p("TOCHeading", PdfRenderer.CONTENTS_TITLE);
    // Word rebuilds the field from the procedures' headings (outline level 1) on opening;
    // until then, and in readers that do not update fields, it shows the list of procedures
    w.startP("TOC1").fieldStart("TOC \\o \"1-1\" \\h \\z \\u", true);
    if (procedures.isEmpty()) {
      w.run(Messages.vi("form.manual.empty"), null);
    }
    for (int k = 0; k < procedures.size(); k++) {
      if (k > 0) {
        w.endP().startP("TOC1");
      }
      w.run(ProcedureWriter.heading(procedures.get(k)), null);
    }
    w.fieldEnd().endP();
    w.p("QTNote", Messages.vi("form.manual.tocNote"));
  }

  /** The title; the template's own description (a note to its editors) is not carried over. */
  private static void properties(DocxTemplate doc, String title) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setDescription(null);
  }

  private static String watermark(ProcedureSheet s) {
    Watermark mark = s.watermark();
    return mark == null || mark == Watermark.NONE ? null : mark.text();
  }

  /**
   * The placeholder values of one procedure (and of the manual it is in, if any). They go into
   * headers and footers, which repeat on every page: each is one line, at most {@value
   * #HEADER_VALUE_MAX} characters, so that a runaway title cannot fill whole pages.
   */
  static Map<String, String> values(ProcedureSheet s, Manual m) {
    Map<String, String> v = m == null ? new HashMap<>() : manualValues(m);
    String agency = oneLine(s.agency());
    if (SafeText.isBlank(agency) && m != null) {
      agency = oneLine(m.agency());
    }
    v.put("agency", header(agency));
    v.put("title", header(s.title()));
    v.put("code", header(s.documentCode()));
    v.put("issueNo", ProcedureWriter.issue(s.issueNo()));
    v.put("issuedOn", date(s.issuedOn()));
    v.put("status", blankIfNull(shorten(oneLine(s.statusLabel()))));
    v.put("footer", blankIfNull(shorten(oneLine(s.controlledCopyNote()))));
    return v;
  }

  /** The values for the manual's own pages (cover, front header). */
  static Map<String, String> manualValues(Manual m) {
    Map<String, String> v = new HashMap<>();
    v.put("agency", header(m.agency()));
    v.put("unit", header(m.unitName()));
    v.put("asOf", date(m.asOf()));
    v.put("exportedBy", header(m.exportedBy()));
    v.put("title", Messages.vi("form.manual.name"));
    v.put("code", DASH);
    v.put("issueNo", DASH);
    v.put("issuedOn", date(m.asOf()));
    v.put("status", "");
    v.put("footer", "");
    return v;
  }

  static final int HEADER_VALUE_MAX = 300;

  private static String header(String s) {
    return orDash(shorten(oneLine(s)));
  }

  private static String shorten(String s) {
    if (s == null || s.length() <= HEADER_VALUE_MAX) {
      return s;
    }
    int cut = HEADER_VALUE_MAX - 1;
    if (Character.isLowSurrogate(s.charAt(cut))) {
      cut--;
    }
    return s.substring(0, cut) + "…";
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s;
  }

  private DocxTemplate load(String name) throws IOException {
    if (templateDir != null) {
      Path file = templateDir.resolve(name);
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          return open(in, file.toString());
        }
      }
    }
    try (InputStream in = DocxRenderer.class.getResourceAsStream("/templates/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no Word template " + name + " on the classpath");
      }
      return open(in, "classpath:/templates/" + name);
    }
  }

  private static DocxTemplate open(InputStream in, String where) throws IOException {
    try {
      return new DocxTemplate(in);
    } catch (RuntimeException e) {
      throw new IllegalStateException("the Word template " + where + " cannot be read", e);
    }
  }
}
