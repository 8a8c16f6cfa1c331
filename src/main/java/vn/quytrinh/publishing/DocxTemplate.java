package vn.quytrinh.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLDocumentPart.RelationPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFactory;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * A Word template being filled. The header and footer parts, the cover and the page setup stay POI
 * objects (they are small); the body content generated for a placeholder such as {@code {{body}}}
 * is streamed into the document part when it is saved ({@link #commit}), in place of that
 * placeholder's paragraph.
 */
final class DocxTemplate extends XWPFDocument {

  /** Body content written at save time. */
  interface Content {
    void write(WordXml w) throws IOException;
  }

  /** A header or footer a section refers to. */
  record PartRef(boolean header, STHdrFtr.Enum type, XWPFHeaderFooter part) {}

  static final String W = Placeholders.W;
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final QName PPR = new QName(W, "pPr");
  private static final QName SECT_PR = new QName(W, "sectPr");
  private static final QName DOC_PR =
      new QName("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "docPr");
  private static final Pattern PART_NUMBER = Pattern.compile("/word/(header|footer)(\\d+)\\.xml");

  private final Map<String, Content> inserts = new LinkedHashMap<>();
  private final String markerPrefix = "QT-" + UUID.randomUUID() + "-";
  private int nextHeader;
  private int nextFooter;
  private int shapes;
  private int drawings = 10_000;

  DocxTemplate(InputStream in) throws IOException {
    super(in);
    List<PackagePart> parts;
    try {
      parts = getPackage().getParts();
    } catch (InvalidFormatException e) {
      throw new IOException(e);
    }
    for (PackagePart p : parts) {
      Matcher m = PART_NUMBER.matcher(p.getPartName().getName());
      if (m.matches()) {
        int n = Integer.parseInt(m.group(2));
        if (m.group(1).equals("header")) {
          nextHeader = Math.max(nextHeader, n);
        } else {
          nextFooter = Math.max(nextFooter, n);
        }
      }
    }
  }

  // ---- the body

  /**
   * The content to write where the paragraph holding {@code {{name}}} is (the whole paragraph is
   * replaced); at the end of the body if the template has no such paragraph.
   */
  void insertAt(String name, Content content) {
    String marker = markerPrefix + name;
    CTBody body = getDocument().getBody();
    XmlObject target = null;
    for (XmlObject p : Placeholders.descendants(body, Placeholders.P)) {
      Matcher m = Placeholders.TOKEN.matcher(Placeholders.text(p));
      while (m.find()) {
        if (m.group(1).equals(name)) {
          target = p;
          break;
        }
      }
      if (target != null) {
        break;
      }
    }
    if (target != null) {
      boolean endsSection = endsSection(target);
      try (XmlCursor c = target.newCursor()) {
        c.insertComment(marker);
        if (!endsSection) {
          c.removeXml();
        }
      }
      if (endsSection) {
        // an office suite may put the section break into this very paragraph: keep the break
        keepOnlyProperties(target);
      }
    } else {
      try (XmlCursor c = body.newCursor()) {
        if (body.isSetSectPr()) {
          try (XmlCursor s = body.getSectPr().newCursor()) {
            s.insertComment(marker);
          }
        } else {
          c.toEndToken();
          c.insertComment(marker);
        }
      }
    }
    inserts.put(marker, content);
  }

  /**
   * The content to write right after the paragraph holding {@code {{name}}}, which stays; nothing
   * when the template has no such paragraph (a restyled cover may have dropped it).
   */
  void insertAfter(String name, Content content) {
    String marker = markerPrefix + "after-" + name;
    for (XmlObject p : Placeholders.descendants(getDocument().getBody(), Placeholders.P)) {
      Matcher m = Placeholders.TOKEN.matcher(Placeholders.text(p));
      while (m.find()) {
        if (m.group(1).equals(name)) {
          try (XmlCursor c = p.newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.insertComment(marker);
          }
          inserts.put(marker, content);
          return;
        }
      }
    }
  }

  private static boolean endsSection(XmlObject p) {
    try (XmlCursor c = p.newCursor()) {
      return c.toChild(PPR) && c.toChild(SECT_PR);
    }
  }

  /** Removes a paragraph's runs, keeping its properties (and so its section break). */
  private static void keepOnlyProperties(XmlObject p) {
    try (XmlCursor c = p.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      while (c.isStart()) {
        if (PPR.equals(c.getName())) {
          if (!c.toNextSibling()) {
            return;
          }
        } else {
          c.removeXml();
        }
      }
    }
  }

  /** Streams the document part: the template's XML with the content in place of each marker. */
  @Override
  protected void commit() throws IOException {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(W, "document"));
    StringWriter template = new StringWriter();
    getDocument().save(template, options);
    String xml = template.toString();
    int root = xml.indexOf("<w:document");
    int rootEnd = root < 0 ? -1 : xml.indexOf('>', root);
    if (rootEnd < 0 || !xml.substring(root, rootEnd).contains("xmlns:w=\"" + W + "\"")) {
      throw new IllegalStateException("the template's document does not bind the prefix w");
    }
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(getPackagePart().getOutputStream(), UTF_8))) {
      int pos = 0;
      while (true) {
        int next = xml.indexOf("<!--" + markerPrefix, pos);
        if (next < 0) {
          break;
        }
        int close = xml.indexOf("-->", next);
        String marker = xml.substring(next + 4, close);
        out.write(xml, pos, next - pos);
        Content c = inserts.get(marker);
        if (c != null) {
          c.write(new WordXml(out));
        }
        pos = close + 3;
      }
      out.write(xml, pos, xml.length() - pos);
    }
  }

  // ---- page setup

  CTSectPr bodySectPr() {
    CTBody body = getDocument().getBody();
    return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
  }

  /** The width between the margins of the last section, in twips (A4 with 2 cm: 9638). */
  int textWidth() {
    CTSectPr s = bodySectPr();
    long page = s.isSetPgSz() && s.getPgSz().isSetW() ? twips(s.getPgSz().getW(), 11906) : 11906;
    long left = 1134;
    long right = 1134;
    long gutter = 0;
    if (s.isSetPgMar()) {
      left = twips(s.getPgMar().getLeft(), left);
      right = twips(s.getPgMar().getRight(), right);
      gutter = twips(s.getPgMar().getGutter(), 0);
    }
    long w = page - left - right - gutter;
    return w < 2000 ? 9638 : (int) w;
  }

  /** A measure as POI gives it: a number of twips, or a string with a unit ("2cm", "1in"). */
  static long twips(Object v, long fallback) {
    if (v == null) {
      return fallback;
    }
    if (v instanceof BigInteger b) {
      return b.longValue();
    }
    if (v instanceof Number n) {
      return n.longValue();
    }
    String s = v.toString().trim();
    try {
      if (s.matches("-?\\d+")) {
        return Long.parseLong(s);
      }
      double n = Double.parseDouble(s.substring(0, s.length() - 2));
      return switch (s.substring(s.length() - 2)) {
        case "mm" -> Math.round(n / 25.4 * 1440);
        case "cm" -> Math.round(n / 2.54 * 1440);
        case "in" -> Math.round(n * 1440);
        case "pt" -> Math.round(n * 20);
        case "pc", "pi" -> Math.round(n * 240);
        default -> fallback;
      };
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  // ---- headers and footers

  /** The headers and footers a section refers to. */
  List<PartRef> parts(CTSectPr s) {
    List<PartRef> out = new ArrayList<>();
    for (CTHdrFtrRef ref : s.getHeaderReferenceList()) {
      if (getRelationById(ref.getId()) instanceof XWPFHeader h) {
        out.add(new PartRef(true, ref.getType(), h));
      }
    }
    for (CTHdrFtrRef ref : s.getFooterReferenceList()) {
      if (getRelationById(ref.getId()) instanceof XWPFFooter f) {
        out.add(new PartRef(false, ref.getType(), f));
      }
    }
    return out;
  }

  /** Every header and footer part of the document. */
  List<XWPFHeaderFooter> allHeadersFooters() {
    List<XWPFHeaderFooter> out = new ArrayList<>();
    for (RelationPart rp : getRelationParts()) {
      if (rp.getDocumentPart() instanceof XWPFHeaderFooter hf) {
        out.add(hf);
      }
    }
    return out;
  }

  /** The default header of the last section, made if the template has none (for a watermark). */
  void ensureHeader() {
    CTSectPr s = bodySectPr();
    if (s.getHeaderReferenceList().isEmpty()) {
      new XWPFHeaderFooterPolicy(this, s).createHeader(XWPFHeaderFooterPolicy.DEFAULT);
    }
  }

  /** The XML of a header or footer part, to copy it. */
  static String xmlOf(PartRef ref) throws IOException {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(W, ref.header() ? "hdr" : "ftr"));
    StringWriter out = new StringWriter();
    ref.part()._getHdrFtr().save(out, options);
    return out.toString();
  }

  /**
   * A new header or footer part made from a prototype's XML, referring to the same pictures (and
   * other related parts) as the prototype.
   */
  XWPFHeaderFooter copyOf(PartRef proto, String xml) throws IOException {
    XWPFHeaderFooter copy =
        (XWPFHeaderFooter)
            createRelationship(
                proto.header() ? XWPFRelation.HEADER : XWPFRelation.FOOTER,
                XWPFFactory.getInstance(),
                proto.header() ? ++nextHeader : ++nextFooter);
    for (RelationPart rp : proto.part().getRelationParts()) {
      PackageRelationship rel = rp.getRelationship();
      copy.addRelation(rel.getId(), relation(rel.getRelationshipType()), rp.getDocumentPart());
    }
    try {
      for (PackageRelationship rel : proto.part().getPackagePart().getRelationships()) {
        if (rel.getTargetMode() == TargetMode.EXTERNAL) {
          copy.getPackagePart()
              .addExternalRelationship(
                  rel.getTargetURI().toString(), rel.getRelationshipType(), rel.getId());
        }
      }
      CTHdrFtr ct =
          proto.header()
              ? HdrDocument.Factory.parse(xml).getHdr()
              : FtrDocument.Factory.parse(xml).getFtr();
      // drawing ids must stay unique in the document
      for (XmlObject docPr : Placeholders.descendants(ct, DOC_PR)) {
        try (XmlCursor c = docPr.newCursor()) {
          c.setAttributeText(new QName("id"), Integer.toString(++drawings));
        }
      }
      copy.setHeaderFooter(ct);
    } catch (InvalidFormatException | XmlException e) {
      throw new IOException("cannot copy the template's header or footer", e);
    }
    return copy;
  }

  private static POIXMLRelation relation(String type) {
    POIXMLRelation known = XWPFRelation.getInstance(type);
    return known != null ? known : new POIXMLRelation(null, type, null) {};
  }

  String relationId(POIXMLDocumentPart part) {
    return getRelationId(part);
  }

  /** A section's properties as XML for a section-break paragraph. */
  static String xmlOf(CTSectPr s) {
    XmlOptions options = new XmlOptions();
    options.setSaveSyntheticDocumentElement(new QName(W, "sectPr"));
    Map<String, String> prefixes = new HashMap<>();
    prefixes.put(W, "w");
    prefixes.put(R, "r");
    options.setSaveSuggestedPrefixes(prefixes);
    options.setSaveAggressiveNamespaces();
    return s.xmlText(options);
  }

  /**
   * A diagonal watermark ("BẢN NHÁP") in a header: the VML text shape Word itself writes for Design
   * › Watermark, centred on the page behind the text. It sits in the header, so it is on every page
   * that header is.
   */
  void watermark(XWPFHeaderFooter header, String text) throws IOException {
    CTHdrFtr hdr = header._getHdrFtr();
    List<CTP> ps = hdr.getPList();
    CTP p = ps.isEmpty() ? hdr.addNewP() : ps.get(ps.size() - 1);
    int n = ++shapes;
    StringBuilder attr = new StringBuilder();
    SafeText.escape(SafeText.oneLine(text), attr);
    String xml =
        "<xml-fragment xmlns:w=\""
            + W
            + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:w10=\"urn:schemas-microsoft-com:office:word\">"
            + "<w:rPr><w:noProof/></w:rPr><w:pict>"
            + "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\""
            + " adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas>"
            + "<v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/>"
            + "<v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/>"
            + "<v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/>"
            + "<v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/>"
            + "<v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/>"
            + "<v:f eqn=\"mid @7 @8\"/><v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/>"
            + "</v:formulas><v:path textpathok=\"t\" o:connecttype=\"custom\""
            + " o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\""
            + " o:connectangles=\"270,180,90,0\"/><v:textpath on=\"t\" fitshape=\"t\"/>"
            + "<v:handles><v:h position=\"#0,bottomRight\" xrange=\"6629,14971\"/></v:handles>"
            + "<o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>"
            + "<v:shape id=\"PowerPlusWaterMarkObject"
            + n
            + "\" o:spid=\"_x0000_s"
            + (2048 + n)
            + "\" type=\"#_x0000_t136\" style=\"position:absolute;margin-left:0;margin-top:0;"
            + "width:470pt;height:117.5pt;rotation:315;z-index:-251654144;"
            + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            + "mso-position-vertical:center;mso-position-vertical-relative:margin\""
            + " o:allowincell=\"f\" fillcolor=\"#c0c0c0\" stroked=\"f\">"
            + "<v:fill opacity=\".5\"/><v:textpath style=\"font-family:&quot;Times New Roman&quot;;"
            + "font-size:1pt\" string=\""
            + attr
            + "\"/><w10:wrap anchorx=\"margin\" anchory=\"margin\"/></v:shape></w:pict>"
            + "</xml-fragment>";
    try {
      p.addNewR().set(CTR.Factory.parse(xml));
    } catch (XmlException e) {
      throw new IllegalStateException(e);
    }
  }
}
