package vn.quytrinh.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes WordprocessingML body content (paragraphs, tables, fields) straight to the document part,
 * so a 200-procedure manual never exists as an object tree. Elements use the prefix {@code w},
 * which the document's root declares. All text passes through {@link SafeText#clean} and is
 * escaped; a line feed becomes {@code <w:br/>}, a tab {@code <w:tab/>}. Formatting comes from the
 * template's styles, named by id, so an agency restyles the output by restyling the template.
 */
final class WordXml {

  private final Writer out;

  WordXml(Writer out) {
    this.out = out;
  }

  WordXml raw(String xml) {
    try {
      out.write(xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A paragraph of one style holding the text as it is (null: an empty paragraph). */
  WordXml p(String style, String text) {
    startP(style);
    run(text, null);
    return endP();
  }

  /**
   * A value in running text: "—" when empty; one paragraph per line, so that a justified style does
   * not stretch the line before a break (in table cells a line feed stays a line break).
   */
  WordXml value(String style, String text) {
    for (String line : SafeText.orDash(text).split("\n", -1)) {
      p(style, line);
    }
    return this;
  }

  WordXml startP(String style) {
    raw("<w:p>");
    if (style != null) {
      raw("<w:pPr><w:pStyle w:val=\"").raw(style).raw("\"/></w:pPr>");
    }
    return this;
  }

  WordXml endP() {
    return raw("</w:p>");
  }

  /** A run in an optional character style; text with line breaks and tabs. */
  WordXml run(String text, String charStyle) {
    String t = SafeText.clean(text);
    if (t == null || t.isEmpty()) {
      return this;
    }
    raw("<w:r>");
    if (charStyle != null) {
      raw("<w:rPr><w:rStyle w:val=\"").raw(charStyle).raw("\"/></w:rPr>");
    }
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      char c = i < t.length() ? t.charAt(i) : '\n';
      if (c == '\n' || c == '\t') {
        if (i > start) {
          raw("<w:t xml:space=\"preserve\">");
          text(t.substring(start, i));
          raw("</w:t>");
        }
        if (i < t.length()) {
          raw(c == '\n' ? "<w:br/>" : "<w:tab/>");
        }
        start = i + 1;
      }
    }
    return raw("</w:r>");
  }

  WordXml pageBreak() {
    return raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
  }

  /** The start of a complex field: begin, instruction, separate; the result follows. */
  WordXml fieldStart(String instruction, boolean dirty) {
    raw("<w:r><w:fldChar w:fldCharType=\"begin\"")
        .raw(dirty ? " w:dirty=\"true\"" : "")
        .raw("/></w:r><w:r><w:instrText xml:space=\"preserve\"> ");
    text(instruction);
    return raw(" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
  }

  WordXml fieldEnd() {
    return raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
  }

  private void text(String cleaned) {
    try {
      SafeText.escape(cleaned, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A table in the template's "QT Table" style, fixed layout so long words wrap inside their column
   * instead of widening the table.
   */
  Table table(int... widths) {
    raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"QTTable\"/><w:tblW w:w=\"");
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    raw(Integer.toString(total))
        .raw("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>")
        .raw(
            "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\""
                + " w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for (int w : widths) {
      raw("<w:gridCol w:w=\"").raw(Integer.toString(w)).raw("\"/>");
    }
    raw("</w:tblGrid>");
    return new Table(widths);
  }

  final class Table {
    private final int[] widths;
    private int column;

    private Table(int[] widths) {
      this.widths = widths;
    }

    /** The header row, repeated at the top of every page the table runs over. */
    Table header(String... cells) {
      raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
      column = 0;
      for (String c : cells) {
        cell(1, "QTTableHeader", c, null);
      }
      return endRow();
    }

    /** A row of plain cells; empty values show as "—". */
    Table row(String... cells) {
      startRow(0);
      for (int i = 0; i < cells.length; i++) {
        cell(1, i == 0 ? "QTTableCenter" : "QTTableText", SafeText.orDash(cells[i]), null);
      }
      return endRow();
    }

    Table startRow(int minHeightTwips) {
      column = 0;
      raw("<w:tr>");
      if (minHeightTwips > 0) {
        raw("<w:trPr><w:trHeight w:val=\"")
            .raw(Integer.toString(minHeightTwips))
            .raw("\" w:hRule=\"atLeast\"/></w:trPr>");
      }
      return this;
    }

    /** A cell spanning {@code span} grid columns with one paragraph of text. */
    Table cell(int span, String pStyle, String text, String charStyle) {
      startCell(span);
      startP(pStyle);
      run(text, charStyle);
      endP();
      return endCell();
    }

    Table startCell(int span) {
      int w = 0;
      for (int i = 0; i < span && column + i < widths.length; i++) {
        w += widths[column + i];
      }
      column += span;
      raw("<w:tc><w:tcPr><w:tcW w:w=\"").raw(Integer.toString(w)).raw("\" w:type=\"dxa\"/>");
      if (span > 1) {
        raw("<w:gridSpan w:val=\"").raw(Integer.toString(span)).raw("\"/>");
      }
      return raw0("</w:tcPr>");
    }

    Table endCell() {
      return raw0("</w:tc>");
    }

    Table endRow() {
      return raw0("</w:tr>");
    }

    /** Ends the table; callers keep a paragraph between two tables, or Word joins them. */
    WordXml end() {
      return raw("</w:tbl>");
    }

    private Table raw0(String xml) {
      raw(xml);
      return this;
    }
  }
}
