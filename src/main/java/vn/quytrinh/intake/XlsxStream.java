package vn.quytrinh.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.quytrinh.platform.i18n.Message;

/**
 * Reads the first sheet of an XLSX with SAX, a row at a time, into a {@link TableBuilder}: nothing
 * of the workbook is held but the shared-strings table (bounded) and the number formats. A cell
 * with a value beyond the last column allowed, a cell too long, or more text than the table's
 * budget stops the reading at once with a 400 that says why. The package is opened from a temporary
 * file, so that a large sheet is inflated as it is read rather than into memory, under POI's
 * zip-bomb checks; the XML parser refuses any DOCTYPE, so no entity is ever expanded.
 */
final class XlsxStream {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

  private XlsxStream() {}

  static void read(byte[] body, TableBuilder sink) {
    Path file = null;
    try {
      file = Files.createTempFile("quytrinh-import-", ".xlsx");
      Files.write(file, body);
      // opened read-only and let go with revert(): close() would try to save it
      OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      try {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904;
        try (InputStream in = reader.getWorkbookData()) {
          Workbook w = new Workbook();
          parse(in, w);
          date1904 = w.date1904;
        }
        Styles styles = new Styles();
        for (PackagePart p : pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType())) {
          try (InputStream in = p.getInputStream()) {
            parse(in, styles);
          }
        }
        SharedStrings strings = new SharedStrings(sink.limits());
        for (PackagePart p :
            pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
          try (InputStream in = p.getInputStream()) {
            parse(in, strings);
          }
        }
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
          throw new BadFile(400, "problem.file.noWorksheet");
        }
        try (InputStream in = sheets.next()) {
          parse(in, new Sheet(sink, strings.list, styles, date1904));
        }
      } finally {
        pkg.revert();
      }
    } catch (BadFile e) {
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      throw OoxmlLimits.refusal(
          e.getCause() instanceof BadFile b ? b : e, "problem.file.unreadableXlsx");
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file left behind is removed with the server's temporary directory
        }
      }
    }
  }

  private static void parse(InputStream in, DefaultHandler handler)
      throws IOException, SAXException, ParserConfigurationException {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    xml.setContentHandler(handler);
    try {
      xml.parse(new InputSource(in));
    } catch (SAXException e) {
      if (e.getException() instanceof BadFile b) {
        throw b;
      }
      throw e;
    }
  }

  /** The workbook's date system: 1904 on some files saved by old Mac versions of Excel. */
  static final class Workbook extends DefaultHandler {
    boolean date1904;

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      if (name(local, q).equals("workbookPr")) {
        String v = a.getValue("date1904");
        date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
      }
    }
  }

  /** The number format of each cell style (cellXfs), which says whether a number is a date. */
  static final class Styles extends DefaultHandler {
    final Map<Integer, String> formats = new HashMap<>();
    final List<Integer> cellFormats = new ArrayList<>();
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (name(local, q)) {
        case "numFmt" -> {
          Integer id = number(a.getValue("numFmtId"));
          if (id != null && formats.size() < 65_536) {
            formats.put(id, a.getValue("formatCode"));
          }
        }
        case "cellXfs" -> inCellXfs = true;
        case "xf" -> {
          if (inCellXfs && cellFormats.size() < 65_536) {
            Integer id = number(a.getValue("numFmtId"));
            cellFormats.add(id == null ? 0 : id);
          }
        }
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      if (name(local, q).equals("cellXfs")) {
        inCellXfs = false;
      }
    }

    int formatIndex(String style) {
      Integer s = number(style);
      return s == null || s < 0 || s >= cellFormats.size() ? 0 : cellFormats.get(s);
    }

    String formatString(int index) {
      String f = formats.get(index);
      if (f == null) {
        f = BuiltinFormats.getBuiltinFormat(index);
      }
      return f == null ? "General" : f;
    }
  }

  /**
   * The shared strings, phonetic runs left out, held under the table's character budget and a bound
   * on their number (an entry costs a reference even when it is empty).
   */
  static final class SharedStrings extends DefaultHandler {
    final List<String> list = new ArrayList<>();
    private final TableLimits limits;
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private int phonetic;
    private long chars;

    SharedStrings(TableLimits limits) {
      this.limits = limits;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (name(local, q)) {
        case "si" -> text.setLength(0);
        case "t" -> inT = phonetic == 0;
        case "rPh" -> phonetic++;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      switch (name(local, q)) {
        case "t" -> inT = false;
        case "rPh" -> phonetic--;
        case "si" -> {
          if (list.size() >= limits.sharedStrings()) {
            throw new BadFile(400, "problem.file.tooManySharedStrings", limits.sharedStrings());
          }
          list.add(text.toString());
        }
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!inT) {
        return;
      }
      chars += length;
      if (chars > limits.chars()) {
        throw new BadFile(400, "problem.file.sharedStringsTooLarge", limits.chars());
      }
      if (text.length() + length > limits.cellChars()) {
        throw TableReader.cellTooLong(
            Message.of("problem.file.where.sharedString", list.size() + 1), limits);
      }
      text.append(ch, start, length);
    }
  }

  /** The first sheet's rows, one at a time. */
  static final class Sheet extends DefaultHandler {
    private final TableBuilder sink;
    private final List<String> strings;
    private final Styles styles;
    private final boolean date1904;
    private final TableLimits limits;
    private final DataFormatter formatter = new DataFormatter();
    private final StringBuilder value = new StringBuilder();

    private List<String> cells;
    private int line;
    private int column;

    /** The cell's reference ("B7"), or its column and row said as a {@link Message}. */
    private Object ref;

    private String type;
    private String style;
    private boolean collecting;
    private int phonetic;

    Sheet(TableBuilder sink, List<String> strings, Styles styles, boolean date1904) {
      this.sink = sink;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
      this.limits = sink.limits();
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (name(local, q)) {
        case "row" -> {
          Integer r = number(a.getValue("r"));
          int next = r == null ? line + 1 : r;
          if (next <= line) {
            // Excel writes rows in ascending order; one that goes back is a damaged file, and
            // taken as it is it would be reported under another row's number
            throw new BadFile(400, "problem.file.rowOutOfOrder", next, line);
          }
          line = next;
          cells = new ArrayList<>();
          column = -1;
        }
        case "c" -> {
          String r = a.getValue("r");
          ref = r;
          Integer c = r == null ? null : columnOf(r);
          column = c == null ? column + 1 : c;
          if (ref == null) {
            ref = Message.of("problem.file.where.columnRow", column + 1, line);
          }
          type = a.getValue("t");
          style = a.getValue("s");
          value.setLength(0);
        }
        case "f" -> throw new BadFile(400, "problem.file.formulaInCell", ref);
        case "v" -> collecting = true;
        case "t" -> collecting = phonetic == 0;
        case "rPh" -> phonetic++;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!collecting) {
        return;
      }
      if (value.length() + length > limits.cellChars()) {
        throw TableReader.cellTooLong(Message.of("problem.file.where.cell", ref), limits);
      }
      sink.charge(length, line);
      value.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String local, String q) {
      switch (name(local, q)) {
        case "v", "t" -> collecting = false;
        case "rPh" -> phonetic--;
        case "c" -> cell();
        case "row" -> {
          sink.add(line, line, cells);
          cells = null;
        }
        default -> {}
      }
    }

    private void cell() {
      if (cells == null) {
        return; // a cell outside any row
      }
      String v = value();
      if (v == null || v.isEmpty()) {
        return;
      }
      if (column >= limits.columns() || column < 0) {
        throw TableReader.beyondColumns(Message.of("problem.file.where.cell", ref), limits);
      }
      while (cells.size() <= column) {
        cells.add(null);
      }
      cells.set(column, v);
    }

    private String value() {
      String raw = value.toString();
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          if (raw.isBlank()) {
            return null;
          }
          Integer i = number(raw.strip());
          if (i == null || i < 0 || i >= strings.size()) {
            throw new BadFile(400, "problem.file.unknownSharedString", ref);
          }
          String s = strings.get(i);
          sink.charge(s.length(), line);
          return s;
        }
        case "b" -> {
          return raw.isEmpty() ? null : raw.strip().equals("1") ? "TRUE" : "FALSE";
        }
        case "n" -> {
          if (raw.isBlank()) {
            return null;
          }
          double d;
          try {
            d = Double.parseDouble(raw.strip());
          } catch (NumberFormatException e) {
            throw new BadFile(400, "problem.file.invalidNumber", ref);
          }
          int index = styles.formatIndex(style);
          String format = styles.formatString(index);
          if (DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(d)) {
            return DateUtil.getLocalDateTime(d, date1904).toLocalDate().format(ISO);
          }
          return formatter.formatRawCellContents(d, index, format);
        }
        case "d" -> {
          return raw.length() >= 10 ? raw.substring(0, 10) : raw;
        }
        default -> {
          return raw; // inlineStr, str (a formula's cached text, refused before), e (an error)
        }
      }
    }
  }

  /** An element's name without its prefix, whether or not the parser is namespace-aware. */
  private static String name(String local, String qualified) {
    if (local != null && !local.isEmpty()) {
      return local;
    }
    return qualified.substring(qualified.indexOf(':') + 1);
  }

  /** The 0-based column of a reference such as "XFD20000", or null when it is not one. */
  static Integer columnOf(String ref) {
    int col = 0;
    int i = 0;
    for (; i < ref.length() && i < 4; i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
    }
    return i == 0 ? null : col - 1;
  }

  private static Integer number(String s) {
    if (s == null || s.isEmpty() || s.length() > 9) {
      return null;
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
