package vn.quytrinh.intake;

import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.quytrinh.legal.text.LegalText;
import vn.quytrinh.legal.text.LegalTextParser;
import vn.quytrinh.legal.text.WordParagraphs;

/**
 * Reads a legal document's text from a Word file (.docx): its paragraphs in order, a table's cells
 * row by row, each paragraph one line for {@link LegalTextParser}. Under {@link OoxmlLimits} like
 * every Office file; an old .doc is refused (415) and converted by the user first
 * (docs/legal-text.md). The legal context reads Word files through it ({@link WordParagraphs}).
 */
@Dependent
public final class LegalTextDocxReader implements WordParagraphs {

  private final LegalTextParser parser = new LegalTextParser();

  public LegalText read(byte[] docx) {
    return parser.parse(OoxmlLimits.readDocx(docx, LegalTextDocxReader::linesOf));
  }

  @Override
  public List<String> paragraphs(byte[] docx) {
    return OoxmlLimits.readDocx(docx, LegalTextDocxReader::linesOf);
  }

  static List<String> linesOf(XWPFDocument d) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement e : d.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        lines.add(p.getText());
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
              lines.add(p.getText());
            }
          }
        }
      }
    }
    return lines;
  }
}
