package vn.quytrinh.publishing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Makes the Word templates {@code templates/quy-trinh.docx} and {@code templates/so-tay.docx}. Run
 * once and commit the result; an agency then restyles the files in Word. To re-make them:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.quytrinh.publishing.TemplateMaker templates
 * </pre>
 *
 * The XML is written out in full so that what the template holds can be read here: A4 with 2 cm
 * margins, Times New Roman 13 pt, the "QT …" styles the renderer names, the header table with the
 * placeholders and real PAGE / NUMPAGES fields, the footer placeholder and the body placeholder.
 */
public final class TemplateMaker {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String NS = "xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"";

  /** A4 portrait, 2 cm margins: 11906 − 2 × 1134 twips of text width. */
  static final int TEXT_WIDTH = 9638;

  private TemplateMaker() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "templates");
    Files.createDirectories(dir);
    Files.write(dir.resolve("quy-trinh.docx"), procedureTemplate());
    Files.write(dir.resolve("so-tay.docx"), manualTemplate());
    System.out.println("written to " + dir.toAbsolutePath());
  }

  /** The template of one procedure: header, footer and the {{body}} paragraph. */
  static byte[] procedureTemplate() throws IOException, XmlException {
    try (XWPFDocument doc = new XWPFDocument()) {
      base(doc, "Mẫu quy trình nội bộ");
      doc.getDocument()
          .setBody(
              CTBody.Factory.parse(
                  "<xml-fragment "
                      + NS
                      + ">"
                      + para("QTBody", "{{body}}")
                      + "<w:sectPr>"
                      + PAGE_SETUP
                      + "</w:sectPr></xml-fragment>"));
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      procedureHeaderFooter(doc, sect, "NUMPAGES");
      return bytes(doc);
    }
  }

  /**
   * The template of a manual: the cover and {{body}} (master list, contents) in a first section
   * with its own header, then {{procedures}} in the last section whose header and footer are the
   * prototype copied for every procedure (page numbers restart, "Trang x/y" counts the section).
   */
  static byte[] manualTemplate() throws IOException, XmlException {
    try (XWPFDocument doc = new XWPFDocument()) {
      base(doc, "Mẫu sổ tay quy trình");
      doc.getDocument()
          .setBody(
              CTBody.Factory.parse(
                  "<xml-fragment "
                      + NS
                      + ">"
                      + para("QTCoverAgency", "{{agency}}")
                      + para("QTCoverTitle", "SỔ TAY QUY TRÌNH")
                      + para("QTCoverUnit", "{{unit}}")
                      + para("QTCoverText", "Áp dụng từ ngày {{asOf}}")
                      + para("QTCoverNote", "Người xuất: {{exportedBy}}")
                      + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
                      + para("QTBody", "{{body}}")
                      + "<w:p><w:pPr><w:sectPr>"
                      // CT_SectPr is a sequence: titlePg comes before docGrid
                      + PAGE_SETUP.replace("<w:docGrid", "<w:titlePg/><w:docGrid")
                      + "</w:sectPr></w:pPr></w:p>"
                      + para("QTBody", "{{procedures}}")
                      + "<w:sectPr>"
                      + PAGE_SETUP.replace("<w:cols", "<w:pgNumType w:start=\"1\"/><w:cols")
                      + "</w:sectPr></xml-fragment>"));
      CTBody body = doc.getDocument().getBody();
      CTSectPr front = body.getPArray(7).getPPr().getSectPr();
      XWPFHeaderFooterPolicy frontPolicy = new XWPFHeaderFooterPolicy(doc, front);
      frontPolicy
          .createHeader(XWPFHeaderFooterPolicy.DEFAULT)
          .setHeaderFooter(header(FRONT_HEADER));
      frontPolicy
          .createHeader(XWPFHeaderFooterPolicy.FIRST)
          .setHeaderFooter(header("<w:hdr " + NS + "><w:p/></w:hdr>"));
      frontPolicy
          .createFooter(XWPFHeaderFooterPolicy.FIRST)
          .setHeaderFooter(footer("<w:ftr " + NS + "><w:p/></w:ftr>"));
      frontPolicy
          .createFooter(XWPFHeaderFooterPolicy.DEFAULT)
          .setHeaderFooter(footer("<w:ftr " + NS + "><w:p/></w:ftr>"));
      procedureHeaderFooter(doc, body.getSectPr(), "SECTIONPAGES");
      return bytes(doc);
    }
  }

  private static void base(XWPFDocument doc, String title) throws XmlException {
    doc.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
    doc.getProperties().getCoreProperties().setTitle(title);
    doc.getProperties().getCoreProperties().setCreator("QuyTrình");
    doc.getProperties()
        .getCoreProperties()
        .setDescription(
            "Mẫu Word của QuyTrình: đổi kiểu (styles) QT…, lề, logo trong đầu trang; giữ nguyên"
                + " các chỗ {{…}}.");
  }

  private static void procedureHeaderFooter(XWPFDocument doc, CTSectPr sect, String pagesField)
      throws IOException, XmlException {
    XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
    XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
    header.setHeaderFooter(header(procedureHeader(pagesField)));
    XWPFRun logo =
        header.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).createRun();
    try {
      logo.addPicture(
          new ByteArrayInputStream(logoPng()),
          Document.PICTURE_TYPE_PNG,
          "logo.png",
          Units.toEMU(42),
          Units.toEMU(42));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    // alt text, so the placeholder explains itself in Word
    var docPr = logo.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
    docPr.setId(1);
    docPr.setName("Logo");
    docPr.setDescr("Logo cơ quan: bấm chuột phải, Change Picture (Đổi ảnh) để thay bằng logo");
    XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
    footer.setHeaderFooter(footer(FOOTER));
  }

  private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr header(String xml)
      throws XmlException {
    return HdrDocument.Factory.parse(xml).getHdr();
  }

  private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr footer(String xml)
      throws XmlException {
    return FtrDocument.Factory.parse(xml).getFtr();
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream o = out) {
      doc.write(o);
    }
    return out.toByteArray();
  }

  /** A placeholder logo: a red ring with "LOGO", to be replaced in Word. */
  static byte[] logoPng() throws IOException {
    BufferedImage im = new BufferedImage(160, 160, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = im.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(0xB0, 0x10, 0x10));
    g.setStroke(new BasicStroke(8));
    g.drawOval(6, 6, 148, 148);
    g.setFont(new Font(Font.SERIF, Font.BOLD, 36));
    int w = g.getFontMetrics().stringWidth("LOGO");
    g.drawString("LOGO", (160 - w) / 2, 93);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(im, "png", out);
    return out.toByteArray();
  }

  private static String para(String style, String text) {
    return "<w:p><w:pPr><w:pStyle w:val=\""
        + style
        + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
        + text
        + "</w:t></w:r></w:p>";
  }

  private static String field(String instr, String shown) {
    return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> "
        + instr
        + " </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:t>"
        + shown
        + "</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  }

  private static final String PAGE_SETUP =
      "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
          + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""
          + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
          + "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/>";

  /** The header agencies know: logo and agency | QUY TRÌNH and title | code, issue, date, page. */
  private static String procedureHeader(String pagesField) {
    String border = "w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"";
    String cell = "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/>";
    return "<w:hdr "
        + NS
        + "><w:tbl><w:tblPr><w:tblW w:w=\"9638\" w:type=\"dxa\"/><w:tblBorders>"
        + "<w:top "
        + border
        + "/><w:left "
        + border
        + "/><w:bottom "
        + border
        + "/><w:right "
        + border
        + "/><w:insideH "
        + border
        + "/><w:insideV "
        + border
        + "/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        + "<w:tblCellMar><w:top w:w=\"57\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
        + "<w:bottom w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
        + "</w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr>"
        + "<w:tblGrid><w:gridCol w:w=\"2600\"/><w:gridCol w:w=\"4138\"/>"
        + "<w:gridCol w:w=\"2900\"/></w:tblGrid><w:tr>"
        + String.format(cell, 2600)
        + "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"QTHeader\"/></w:pPr></w:p>"
        + para("QTHeaderAgency", "{{agency}}")
        + "</w:tc>"
        + String.format(cell, 4138)
        + "</w:tcPr>"
        + para("QTHeaderTitle", "QUY TRÌNH")
        + para("QTHeaderTitle", "{{title}}")
        + "</w:tc>"
        + String.format(cell, 2900)
        + "</w:tcPr>"
        + para("QTHeaderInfo", "Mã hiệu: {{code}}")
        + para("QTHeaderInfo", "Lần ban hành: {{issueNo}}")
        + para("QTHeaderInfo", "Ngày ban hành: {{issuedOn}}")
        + "<w:p><w:pPr><w:pStyle w:val=\"QTHeaderInfo\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">Trang: </w:t></w:r>"
        + field("PAGE", "1")
        + "<w:r><w:t>/</w:t></w:r>"
        + field(pagesField, "1")
        + "</w:p></w:tc></w:tr></w:tbl>"
        + "<w:p><w:pPr><w:pStyle w:val=\"QTHeader\"/></w:pPr></w:p></w:hdr>";
  }

  private static final String FRONT_HEADER =
      "<w:hdr "
          + NS
          + "><w:p><w:pPr><w:pStyle w:val=\"QTFrontHeader\"/></w:pPr>"
          + "<w:r><w:t xml:space=\"preserve\">{{agency}}</w:t></w:r><w:r><w:tab/></w:r>"
          + "<w:r><w:t>SỔ TAY QUY TRÌNH</w:t></w:r></w:p>"
          + "<w:p><w:pPr><w:pStyle w:val=\"QTFrontHeader\"/><w:pBdr><w:bottom w:val=\"single\""
          + " w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr>"
          + "<w:r><w:t xml:space=\"preserve\">{{unit}}</w:t></w:r><w:r><w:tab/></w:r>"
          + "<w:r><w:t xml:space=\"preserve\">Trang </w:t></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
          + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>";

  private static final String FOOTER =
      "<w:ftr "
          + NS
          + "><w:p><w:pPr><w:pStyle w:val=\"QTFooter\"/></w:pPr>"
          + "<w:r><w:t xml:space=\"preserve\">{{footer}}</w:t></w:r><w:r><w:tab/></w:r>"
          + "<w:r><w:t xml:space=\"preserve\">{{status}}</w:t></w:r></w:p></w:ftr>";

  private static String pStyle(String id, String name, String basedOn, String pPr, String rPr) {
    return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\""
        + id
        + "\"><w:name w:val=\""
        + name
        + "\"/><w:basedOn w:val=\""
        + basedOn
        + "\"/><w:qFormat/>"
        + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
        + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>")
        + "</w:style>";
  }

  private static final String TNR =
      "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
          + " w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>";

  private static String size(int halfPoints) {
    return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
  }

  private static final String CELL_BORDER =
      "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"";

  /**
   * Styles, by their Word names (what an agency sees in the Styles pane). Ids without blanks are
   * what the renderer writes; renaming a style in Word keeps its id.
   */
  private static final String STYLES =
      "<w:styles "
          + NS
          + "><w:docDefaults><w:rPrDefault><w:rPr>"
          + TNR
          + size(26)
          + "<w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
          + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"264\""
          + " w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
          + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
          + "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
          + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
          + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
          + "<w:unhideWhenUsed/></w:style>"
          + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
          + "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
          + "<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
          + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
          + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
          + "</w:tblCellMar></w:tblPr></w:style>"
          + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\">"
          + "<w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
          + "<w:unhideWhenUsed/></w:style>"
          // the body
          + pStyle(
              "QTBody",
              "QT Body",
              "Normal",
              "<w:spacing w:before=\"40\" w:after=\"80\"/><w:jc w:val=\"both\"/>",
              "")
          + pStyle(
              "QTList",
              "QT List",
              "QTBody",
              "<w:spacing w:before=\"0\" w:after=\"60\"/><w:ind w:left=\"567\" w:hanging=\"283\"/>",
              "")
          + pStyle(
              "QTNote",
              "QT Note",
              "QTBody",
              "<w:spacing w:before=\"60\" w:after=\"120\"/>",
              "<w:i/><w:iCs/>" + size(22))
          + pStyle(
              "QTTitle",
              "QT Title",
              "Normal",
              "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"240\"/><w:jc w:val=\"center\"/>"
                  + "<w:outlineLvl w:val=\"0\"/>",
              "<w:b/><w:bCs/>" + size(30))
          + pStyle(
              "QTHeading1",
              "QT Heading 1",
              "Normal",
              "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/>"
                  + "<w:outlineLvl w:val=\"1\"/>",
              "<w:b/><w:bCs/>" + size(26))
          + pStyle(
              "QTHeading2",
              "QT Heading 2",
              "Normal",
              "<w:keepNext/><w:keepLines/><w:spacing w:before=\"160\" w:after=\"60\"/>"
                  + "<w:ind w:left=\"284\"/><w:outlineLvl w:val=\"2\"/>",
              "<w:b/><w:bCs/><w:i/><w:iCs/>")
          + pStyle(
              "QTFrontHeading",
              "QT Front Heading",
              "Normal",
              "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
              "<w:b/><w:bCs/>" + size(28))
          // tables
          + pStyle(
              "QTTableText",
              "QT Table Text",
              "Normal",
              "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
              size(24))
          + pStyle(
              "QTTableCenter", "QT Table Center", "QTTableText", "<w:jc w:val=\"center\"/>", "")
          + pStyle(
              "QTTableHeader",
              "QT Table Header",
              "QTTableText",
              "<w:keepNext/><w:jc w:val=\"center\"/>",
              "<w:b/><w:bCs/>")
          + "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"QTTable\">"
          + "<w:name w:val=\"QT Table\"/><w:basedOn w:val=\"TableNormal\"/><w:qFormat/>"
          + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr>"
          + size(24)
          + "</w:rPr><w:tblPr><w:tblBorders><w:top "
          + CELL_BORDER
          + "/><w:left "
          + CELL_BORDER
          + "/><w:bottom "
          + CELL_BORDER
          + "/><w:right "
          + CELL_BORDER
          + "/><w:insideH "
          + CELL_BORDER
          + "/><w:insideV "
          + CELL_BORDER
          + "/></w:tblBorders><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/>"
          + "<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/>"
          + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
          + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr>"
          + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/><w:vAlign w:val=\"center\"/>"
          + "</w:tcPr></w:tblStylePr></w:style>"
          + "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"QTWarning\">"
          + "<w:name w:val=\"QT Warning\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/>"
          + "<w:rPr><w:b/><w:bCs/><w:color w:val=\"C00000\"/></w:rPr></w:style>"
          + "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"QTStrong\">"
          + "<w:name w:val=\"QT Strong\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/>"
          + "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
          // header and footer
          + pStyle(
              "QTHeader",
              "QT Header",
              "Normal",
              "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
                  + "<w:jc w:val=\"center\"/>",
              size(24))
          + pStyle("QTHeaderAgency", "QT Header Agency", "QTHeader", "", "<w:b/><w:bCs/>")
          + pStyle(
              "QTHeaderTitle",
              "QT Header Title",
              "QTHeader",
              "<w:spacing w:before=\"20\" w:after=\"20\"/>",
              "<w:b/><w:bCs/>" + size(26))
          + pStyle(
              "QTHeaderInfo",
              "QT Header Info",
              "QTHeader",
              "<w:spacing w:before=\"10\" w:after=\"10\"/><w:jc w:val=\"left\"/>",
              size(22))
          + pStyle(
              "QTFrontHeader",
              "QT Front Header",
              "QTHeader",
              "<w:tabs><w:tab w:val=\"right\" w:pos=\"%TEXT_WIDTH%\"/></w:tabs>"
                  + "<w:jc w:val=\"left\"/>",
              size(22))
          + pStyle(
              "QTFooter",
              "QT Footer",
              "Normal",
              "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/>"
                  + "</w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"%TEXT_WIDTH%\"/></w:tabs>",
              "<w:i/><w:iCs/>" + size(20))
          // the manual's cover and contents
          + pStyle(
              "QTCoverAgency",
              "QT Cover Agency",
              "Normal",
              "<w:spacing w:before=\"600\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
              "<w:b/><w:bCs/>" + size(28))
          + pStyle(
              "QTCoverTitle",
              "QT Cover Title",
              "Normal",
              "<w:spacing w:before=\"4000\" w:after=\"600\"/><w:jc w:val=\"center\"/>",
              "<w:b/><w:bCs/>" + size(48))
          + pStyle(
              "QTCoverUnit",
              "QT Cover Unit",
              "Normal",
              "<w:spacing w:before=\"0\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
              "<w:b/><w:bCs/>" + size(32))
          + pStyle(
              "QTCoverText",
              "QT Cover Text",
              "Normal",
              "<w:spacing w:before=\"240\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
              "<w:i/><w:iCs/>" + size(28))
          + pStyle(
              "QTCoverNote",
              "QT Cover Note",
              "Normal",
              "<w:spacing w:before=\"4000\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
              size(22))
          + "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/>"
          + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>"
          + "<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\""
          + " w:pos=\"%TEXT_WIDTH%\"/></w:tabs><w:spacing w:before=\"60\" w:after=\"60\"/>"
          + "<w:ind w:left=\"567\" w:hanging=\"567\"/></w:pPr></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"TOCHeading\"><w:name w:val=\"TOC Heading\"/>"
          + "<w:basedOn w:val=\"QTFrontHeading\"/><w:next w:val=\"Normal\"/>"
          + "<w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/></w:style>"
          + "</w:styles>";

  /** The styles with their tab stops filled in. */
  static String styles() {
    return STYLES.replace("%TEXT_WIDTH%", "" + TEXT_WIDTH);
  }
}
