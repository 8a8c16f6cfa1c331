package vn.quytrinh.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.text.Text;

/**
 * Reads an existing procedure written in Word in the standard form (quy trình nội bộ): the header
 * (code, title, lần ban hành, date), sections 1–7 found by their headings, 5.1–5.9, and the tables
 * of the dossier, the steps, the forms and the records. What it could not read is said, never
 * guessed.
 */
public final class ProcedureDocxReader {

  /** What was read from the file, and a line for each part found or missing. */
  public record Reading(
      String code,
      String title,
      Integer issueNo,
      LocalDate issuedOn,
      ProcedureContent content,
      List<Message> read,
      List<Message> unread) {}

  private final Function<String, CitationText.Result> citations;

  /** A reader that links citations to nothing: laws named without their number stay unread. */
  public ProcedureDocxReader() {
    this(CitationText::withoutRegistry);
  }

  /**
   * @param citations how the legal basis (5.1) is read: an import passes the registry's lookups, so
   *     that laws named without their number are linked and unregistered numbers are said
   */
  public ProcedureDocxReader(Function<String, CitationText.Result> citations) {
    this.citations = citations;
  }

  private static final Pattern CODE = FormWords.CODE;
  private static final Pattern ISSUE = FormWords.ISSUE;
  private static final Pattern DATE = FormWords.DATE;

  private static final Pattern PLAIN = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

  private enum Part {
    NONE,
    PURPOSE,
    SCOPE,
    REFERENCES,
    DEFINITIONS,
    CONTENT,
    BASIS,
    CONDITIONS,
    DOSSIER,
    TIME,
    PLACE,
    FEE,
    APPLICANTS,
    RESULT,
    STEPS,
    FORMS,
    RECORDS
  }

  /**
   * Refuses what is no DOCX (415: a legacy or encrypted Word file, anything not a zip) and what
   * cannot be read safely (400: a zip bomb, XML with a DOCTYPE, a broken package).
   */
  public Reading read(byte[] docx) {
    return OoxmlLimits.readDocx(docx, this::read);
  }

  Reading read(XWPFDocument d) {
    StringBuilder headerText = new StringBuilder();
    for (XWPFHeader h : d.getHeaderList()) {
      headerText.append(h.getText()).append('\n');
    }
    List<Message> read = new ArrayList<>();
    List<Message> unread = new ArrayList<>();
    String head = headerText.toString();
    String code = match(CODE, head);
    Integer issue = match(ISSUE, head) == null ? null : Integer.valueOf(match(ISSUE, head));
    LocalDate date = null;
    Matcher dm = DATE.matcher(head);
    if (dm.find()) {
      try {
        date =
            LocalDate.of(
                Integer.parseInt(dm.group(3)),
                Integer.parseInt(dm.group(2)),
                Integer.parseInt(dm.group(1)));
      } catch (RuntimeException ignored) {
        unread.add(Message.of("text.import.docx.badDate"));
      }
    }
    String title = null;

    Part part = Part.NONE;
    StringBuilder purpose = new StringBuilder(),
        scope = new StringBuilder(),
        references = new StringBuilder(),
        definitions = new StringBuilder();
    StringBuilder conditions = new StringBuilder(),
        time = new StringBuilder(),
        place = new StringBuilder(),
        fee = new StringBuilder();
    StringBuilder applicants = new StringBuilder(),
        result = new StringBuilder(),
        basisText = new StringBuilder();
    List<ProcedureContent.DossierItem> dossier = new ArrayList<>();
    List<ProcedureContent.Step> steps = new ArrayList<>();
    List<ProcedureContent.FormRef> forms = new ArrayList<>();
    List<ProcedureContent.RecordKeep> records = new ArrayList<>();
    List<String> found = new ArrayList<>();

    for (IBodyElement e : d.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        String text = Text.clean(p.getText());
        if (text == null || text.isEmpty()) {
          continue;
        }
        Part heading = heading(text);
        if (heading != null) {
          part = heading;
          found.add(part.name());
          continue;
        }
        if (title == null && code != null && text.startsWith(code)) {
          title = text.substring(code.length()).replaceFirst("^\\s*[–-]\\s*", "").strip();
          continue;
        }
        String line = text.replaceFirst("^[–•+\\-]\\s*", "");
        switch (part) {
          case PURPOSE -> add(purpose, line);
          case SCOPE -> add(scope, line);
          case REFERENCES -> add(references, line);
          case DEFINITIONS -> add(definitions, line);
          case BASIS -> add(basisText, line);
          case CONDITIONS -> add(conditions, line);
          case TIME -> add(time, line);
          case PLACE -> add(place, line);
          case FEE -> add(fee, line);
          case APPLICANTS -> add(applicants, line);
          case RESULT -> add(result, line);
          default -> {}
        }
      } else if (e instanceof XWPFTable t && t.getNumberOfRows() > 0) {
        List<String> header = cells(t.getRow(0));
        String h = Text.fold(String.join(" | ", header));
        if (h.contains("buoc") && h.contains("noi dung")) {
          steps.addAll(steps(t, header, unread));
          found.add("STEPS_TABLE");
        } else if (part == Part.DOSSIER || (h.contains("ten ho so") && h.contains("so luong"))) {
          dossier.addAll(dossier(t, header));
        } else if (part == Part.FORMS || h.contains("bieu mau")) {
          forms.addAll(forms(t, header));
        } else if (part == Part.RECORDS || h.contains("thoi gian luu")) {
          records.addAll(records(t, header));
        }
      }
    }
    List<ProcedureContent.Citation> basis = new ArrayList<>();
    if (basisText.length() > 0) {
      CitationText.Result cited = citations.apply(basisText.toString());
      cited
          .citations()
          .forEach(
              f ->
                  basis.add(
                      new ProcedureContent.Citation(
                          f.number(), f.article(), f.clause(), f.point())));
      cited.unknown().forEach(u -> unread.add(Message.of("text.import.docx.unknownBasis", u)));
    }
    BigDecimal limit = TimeLimits.workingDays(time.toString()).orElse(null);
    if (time.length() > 0 && limit == null) {
      unread.add(Message.of("text.import.docx.unreadTime", time.toString()));
    }
    report(read, unread, Message.of("text.import.docx.code"), code != null);
    report(read, unread, Message.of("text.import.docx.title"), title != null);
    report(read, unread, Message.of("text.import.docx.issue"), issue != null);
    report(read, unread, Message.of("text.import.docx.issuedOn"), date != null);
    report(read, unread, Message.of("text.import.docx.purpose"), purpose.length() > 0);
    report(read, unread, Message.of("text.import.docx.scope"), scope.length() > 0);
    report(read, unread, Message.of("text.import.docx.references"), references.length() > 0);
    report(read, unread, Message.of("text.import.docx.definitions"), definitions.length() > 0);
    report(read, unread, Message.of("text.import.docx.basis", basis.size()), !basis.isEmpty());
    report(
        read, unread, Message.of("text.import.docx.dossier", dossier.size()), !dossier.isEmpty());
    report(read, unread, Message.of("text.import.docx.time"), time.length() > 0);
    report(read, unread, Message.of("text.import.docx.fee"), fee.length() > 0);
    report(read, unread, Message.of("text.import.docx.steps", steps.size()), !steps.isEmpty());
    report(read, unread, Message.of("text.import.docx.forms", forms.size()), !forms.isEmpty());
    report(
        read, unread, Message.of("text.import.docx.records", records.size()), !records.isEmpty());
    ProcedureContent content =
        new ProcedureContent(
            s(purpose),
            s(scope),
            s(references),
            s(definitions),
            basis,
            s(conditions),
            dossier,
            limit,
            s(place),
            s(fee),
            s(applicants),
            s(result),
            steps,
            forms,
            records);
    return new Reading(code, title, issue, date, content, read, unread);
  }

  private static Part heading(String text) {
    String f = Text.fold(text).replaceAll("\\s+", " ").strip();
    if (f.length() > 80 || !f.matches("^\\d(\\.\\d)?\\.?\\s.*")) {
      return null;
    }
    String w = f.replaceFirst("^\\d(\\.\\d)?\\.?\\s+", "");
    // "5.1 Cơ sở pháp lý" is a part of section 5; "5. NỘI DUNG QUY TRÌNH" is section 5 itself
    if (f.matches("^5\\.\\d.*")) {
      if (w.startsWith("co so phap ly") || w.startsWith("can cu")) return Part.BASIS;
      if (w.startsWith("yeu cau")) return Part.CONDITIONS;
      if (w.startsWith("thanh phan")) return Part.DOSSIER;
      if (w.startsWith("thoi han")) return Part.TIME;
      if (w.startsWith("noi tiep nhan") || w.startsWith("dia diem")) return Part.PLACE;
      if (w.startsWith("phi") || w.startsWith("le phi")) return Part.FEE;
      if (w.startsWith("doi tuong")) return Part.APPLICANTS;
      if (w.startsWith("ket qua")) return Part.RESULT;
      if (w.startsWith("quy trinh") || w.startsWith("trinh tu")) return Part.STEPS;
      return null;
    }
    if (w.startsWith("muc dich")) return Part.PURPOSE;
    if (w.startsWith("pham vi")) return Part.SCOPE;
    if (w.startsWith("tai lieu vien dan")) return Part.REFERENCES;
    if (w.startsWith("dinh nghia") || w.startsWith("viet tat")) return Part.DEFINITIONS;
    if (w.startsWith("noi dung quy trinh")) return Part.CONTENT;
    if (w.startsWith("bieu mau")) return Part.FORMS;
    if (w.startsWith("ho so can luu") || w.startsWith("ho so luu")) return Part.RECORDS;
    return null;
  }

  private static List<ProcedureContent.Step> steps(
      XWPFTable t, List<String> header, List<Message> unread) {
    int action = col(header, "noi dung"),
        resp = col(header, "trach nhiem"),
        days = col(header, "thoi gian"),
        out = col(header, "bieu mau", "ket qua");
    List<ProcedureContent.Step> steps = new ArrayList<>();
    for (int r = 1; r < t.getNumberOfRows(); r++) {
      List<String> c = cells(t.getRow(r));
      String first = Text.fold(c.isEmpty() ? "" : c.get(0));
      if (first.startsWith("tong") || c.size() < 3) {
        continue;
      }
      String a = get(c, action);
      if (a == null) {
        continue;
      }
      BigDecimal d = null;
      String dt = get(c, days);
      if (dt != null) {
        String x = dt.replaceAll(FormWords.DAYS_AND_AFTER, "").strip().replace(',', '.');
        // a plain number as the cell shows it, never an exponent: "1E999999999" is no step's time
        if (PLAIN.matcher(x).matches()) {
          d = new BigDecimal(x);
        } else {
          d = TimeLimits.workingDays(dt).orElse(null);
          if (d == null) {
            unread.add(Message.of("text.import.docx.unreadStepTime", r, dt));
          }
        }
      }
      steps.add(new ProcedureContent.Step(steps.size() + 1, a, get(c, resp), d, get(c, out)));
    }
    return steps;
  }

  private static List<ProcedureContent.DossierItem> dossier(XWPFTable t, List<String> header) {
    int name = col(header, "ten", "thanh phan"), copies = col(header, "so luong");
    List<ProcedureContent.DossierItem> out = new ArrayList<>();
    for (int r = 1; r < t.getNumberOfRows(); r++) {
      List<String> c = cells(t.getRow(r));
      String n = get(c, name);
      if (n != null) {
        String k = get(c, copies);
        Integer copiesN = null;
        if (k != null) {
          Matcher m = Pattern.compile("(\\d{1,3})").matcher(k);
          if (m.find()) {
            copiesN = Integer.valueOf(m.group(1));
          }
        }
        out.add(new ProcedureContent.DossierItem(n, copiesN));
      }
    }
    return out;
  }

  private static List<ProcedureContent.FormRef> forms(XWPFTable t, List<String> header) {
    int code = col(header, "ma"), name = col(header, "ten");
    List<ProcedureContent.FormRef> out = new ArrayList<>();
    for (int r = 1; r < t.getNumberOfRows(); r++) {
      List<String> c = cells(t.getRow(r));
      if (get(c, code) != null || get(c, name) != null) {
        out.add(new ProcedureContent.FormRef(get(c, code), get(c, name)));
      }
    }
    return out;
  }

  private static List<ProcedureContent.RecordKeep> records(XWPFTable t, List<String> header) {
    int name = col(header, "ten", "ho so"),
        keeper = col(header, "trach nhiem"),
        keep = col(header, "thoi gian");
    List<ProcedureContent.RecordKeep> out = new ArrayList<>();
    for (int r = 1; r < t.getNumberOfRows(); r++) {
      List<String> c = cells(t.getRow(r));
      if (get(c, name) != null) {
        out.add(new ProcedureContent.RecordKeep(get(c, name), get(c, keeper), get(c, keep)));
      }
    }
    return out;
  }

  private static int col(List<String> header, String... words) {
    for (String w : words) {
      for (int i = 0; i < header.size(); i++) {
        if (Text.fold(header.get(i)).contains(w)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static List<String> cells(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    for (XWPFTableCell c : row.getTableCells()) {
      out.add(Text.clean(c.getText()));
    }
    return out;
  }

  private static String get(List<String> c, int i) {
    if (i < 0 || i >= c.size()) {
      return null;
    }
    String v = c.get(i);
    return v == null || v.isBlank() || v.equals("—") ? null : v;
  }

  private static String match(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static void add(StringBuilder b, String line) {
    if (b.length() > 0) {
      b.append('\n');
    }
    b.append(line);
  }

  private static String s(StringBuilder b) {
    return b.length() == 0 ? null : b.toString();
  }

  private static void report(List<Message> read, List<Message> unread, Message what, boolean ok) {
    (ok ? read : unread).add(what);
  }
}
