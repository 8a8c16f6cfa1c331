package vn.quytrinh.publishing;

import static vn.quytrinh.publishing.SafeText.DASH;
import static vn.quytrinh.publishing.SafeText.date;
import static vn.quytrinh.publishing.SafeText.days;
import static vn.quytrinh.publishing.SafeText.orDash;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.publishing.ProcedureSheet.Approval;
import vn.quytrinh.publishing.ProcedureSheet.Dossier;
import vn.quytrinh.publishing.ProcedureSheet.Form;
import vn.quytrinh.publishing.ProcedureSheet.Kept;
import vn.quytrinh.publishing.ProcedureSheet.Revision;
import vn.quytrinh.publishing.ProcedureSheet.Step;
import vn.quytrinh.publishing.WordXml.Table;

/**
 * The body of one procedure in the order of the printed form: title, approval block, revision page,
 * sections 1–7 with 5.1–5.9. Column widths are shares of the template's text width.
 */
final class ProcedureWriter {

  /** The columns of the step table (PDF and Word). */
  static final String[] STEP_HEADERS = {
    Messages.vi("form.table.step.order"),
    Messages.vi("form.table.step.action"),
    Messages.vi("form.table.step.responsible"),
    Messages.vi("form.table.step.time"),
    Messages.vi("form.table.step.output")
  };

  static final String[] ROLES = {
    Messages.vi("form.approval.drafted"),
    Messages.vi("form.approval.reviewed"),
    Messages.vi("form.approval.approved")
  };
  private static final String[] ROLE_KEYS = {"soan thao", "xem xet", "phe duyet"};

  private final int width;

  ProcedureWriter(int textWidth) {
    this.width = textWidth;
  }

  /** The heading of a procedure: "QT-01/HT – Chứng thực bản sao…" (what the manual's TOC lists). */
  static String heading(ProcedureSheet s) {
    String code = SafeText.oneLine(s.documentCode());
    String title = SafeText.oneLine(s.title());
    if (SafeText.isBlank(code)) {
      return orDash(title);
    }
    return SafeText.isBlank(title) ? code : code + " – " + title;
  }

  void write(ProcedureSheet s, WordXml w) {
    w.p("QTTitle", heading(s));
    approvals(s.approvals(), w);
    // the form's outline, the same as the PDF's (FormHeading)
    for (FormHeading h : FormHeading.values()) {
      w.p(h.level() == 1 ? "QTHeading1" : "QTHeading2", h.text());
      switch (h) {
        case REVISIONS -> revisions(s.revisions(), w);
        case PURPOSE -> w.value("QTBody", s.purpose());
        case SCOPE -> w.value("QTBody", s.scope());
        case REFERENCES -> w.value("QTBody", s.references());
        case DEFINITIONS -> w.value("QTBody", s.definitions());
        case CONTENT -> {}
        case BASIS -> {
          list(s.legalBasis(), w);
          quotes(s.basisWordings(), w);
        }
        case CONDITIONS -> w.value("QTBody", s.conditions());
        case DOSSIER -> dossier(s.dossier(), w);
        case TIME -> w.value("QTBody", s.timeLimit());
        case PLACE -> w.value("QTBody", s.place());
        case FEE -> w.value("QTBody", s.fee());
        case APPLICANTS -> w.value("QTBody", s.applicants());
        case RESULT -> w.value("QTBody", s.result());
        case STEPS -> steps(s, w);
        case FORMS -> forms(s.forms(), w);
        case RECORDS -> records(s.records(), w);
      }
    }
  }

  /** Widths in twips from percentages; the last column takes what rounding left. */
  int[] columns(int... percents) {
    int[] out = new int[percents.length];
    int used = 0;
    for (int i = 0; i < percents.length - 1; i++) {
      out[i] = width * percents[i] / 100;
      used += out[i];
    }
    out[percents.length - 1] = width - used;
    return out;
  }

  private void approvals(List<Approval> approvals, WordXml w) {
    List<Approval> all = approvals == null ? List.of() : approvals;
    List<String> heads = new ArrayList<>(List.of(ROLES));
    List<Approval> cols = new ArrayList<>();
    List<Approval> others = new ArrayList<>(all);
    for (String key : ROLE_KEYS) {
      Approval found = null;
      for (Approval a : others) {
        if (a != null && Text.fold(a.role()).contains(key)) {
          found = a;
          break;
        }
      }
      others.remove(found);
      cols.add(found);
    }
    for (Approval a : others) {
      if (a != null) {
        heads.add(orDash(SafeText.oneLine(a.role())));
        cols.add(a);
      }
    }
    int[] pct = new int[cols.size() + 1];
    pct[0] = 16;
    for (int i = 1; i < pct.length; i++) {
      pct[i] = 84 / cols.size();
    }
    Table t = w.table(columns(pct));
    List<String> header = new ArrayList<>();
    header.add("");
    header.addAll(heads);
    t.header(header.toArray(String[]::new));
    approvalRow(t, Messages.vi("form.approval.name"), cols, 0, Approval::name);
    approvalRow(t, Messages.vi("form.approval.position"), cols, 0, Approval::position);
    approvalRow(
        t, Messages.vi("form.table.date"), cols, 0, a -> a.date() == null ? null : date(a.date()));
    approvalRow(t, Messages.vi("form.approval.signature"), cols, 850, Approval::signatureMark);
    t.end();
  }

  private static void approvalRow(
      Table t,
      String label,
      List<Approval> cols,
      int height,
      java.util.function.Function<Approval, String> value) {
    t.startRow(height).cell(1, "QTTableText", label, "QTStrong");
    for (Approval a : cols) {
      t.cell(1, "QTTableCenter", a == null ? DASH : orDash(value.apply(a)), null);
    }
    t.endRow();
  }

  private void revisions(List<Revision> revisions, WordXml w) {
    Table t = w.table(columns(8, 15, 35, 30, 12));
    t.header(
        Messages.vi("form.table.no"),
        Messages.vi("form.table.date"),
        Messages.vi("form.table.revision.summary"),
        Messages.vi("form.table.revision.reason"),
        Messages.vi("form.table.issue"));
    boolean any = false;
    for (Revision r : revisions == null ? List.<Revision>of() : revisions) {
      if (r != null) {
        t.row(
            Integer.toString(r.no()), date(r.date()), r.summary(), r.reason(), issue(r.issueNo()));
        any = true;
      }
    }
    if (!any) {
      t.row(DASH, DASH, DASH, DASH, DASH);
    }
    t.end();
  }

  static String issue(int n) {
    return String.format("%02d", n);
  }

  /** The wordings in force of the places cited, under the legal basis (when asked for). */
  private static void quotes(List<ProcedureSheet.Quote> quotes, WordXml w) {
    if (quotes.isEmpty()) {
      return;
    }
    w.startP("QTBody").run(Messages.vi("form.basis.wordings"), "QTStrong").endP();
    for (ProcedureSheet.Quote q : quotes) {
      w.startP("QTBody").run(q.heading(), "QTStrong").endP();
      w.p("QTNote", q.source());
      for (String line : q.lines()) {
        w.p("QTList", "\t" + line);
      }
    }
  }

  private static void list(List<String> items, WordXml w) {
    boolean any = false;
    for (String item : items == null ? List.<String>of() : items) {
      if (!SafeText.isBlank(SafeText.clean(item))) {
        w.p("QTList", "–\t" + item);
        any = true;
      }
    }
    if (!any) {
      w.p("QTBody", DASH);
    }
  }

  private void dossier(List<Dossier> dossier, WordXml w) {
    Table t = w.table(columns(8, 72, 20));
    t.header(
        Messages.vi("form.table.no"),
        Messages.vi("form.table.dossier.name"),
        Messages.vi("form.table.dossier.copies"));
    int i = 0;
    for (Dossier d : dossier == null ? List.<Dossier>of() : dossier) {
      if (d != null) {
        t.row(
            Integer.toString(++i),
            d.name(),
            d.copies() == null
                ? null
                : Messages.vi("form.copies", String.format("%02d", d.copies())));
      }
    }
    if (i == 0) {
      t.row(DASH, DASH, DASH);
    }
    t.end();
  }

  /** The step table, its header repeated on every page, and the total against the legal limit. */
  private void steps(ProcedureSheet s, WordXml w) {
    List<Step> steps = s.steps() == null ? List.of() : s.steps();
    Table t = w.table(columns(9, 37, 20, 12, 22));
    t.header(STEP_HEADERS);
    BigDecimal sum = BigDecimal.ZERO;
    for (Step st : steps) {
      if (st == null) {
        continue;
      }
      t.startRow(0)
          .cell(1, "QTTableCenter", "B" + st.order(), null)
          .cell(1, "QTTableText", orDash(st.action()), null)
          .cell(1, "QTTableText", orDash(st.responsible()), null)
          .cell(1, "QTTableCenter", days(st.days()), null)
          .cell(1, "QTTableText", orDash(st.output()), null)
          .endRow();
      if (st.days() != null) {
        sum = sum.add(st.days());
      }
    }
    BigDecimal total = s.totalDays() != null ? s.totalDays() : sum;
    BigDecimal limit = s.legalLimitDays();
    t.startRow(0)
        .cell(3, "QTTableText", Messages.vi("form.steps.total"), "QTStrong")
        .cell(1, "QTTableCenter", days(total), "QTStrong");
    t.startCell(1);
    w.startP("QTTableText");
    if (limit == null) {
      w.run(DASH, null);
    } else if (total.compareTo(limit) > 0) {
      w.run(Messages.vi("form.steps.overLimit"), "QTWarning")
          .run("\n" + Messages.vi("form.steps.limitAfterOver", days(limit)), null);
    } else {
      w.run(Messages.vi("form.steps.limit", days(limit)), null);
    }
    w.endP();
    t.endCell().endRow().end();
    w.p("QTNote", Messages.vi("form.steps.note"));
  }

  private void forms(List<Form> forms, WordXml w) {
    Table t = w.table(columns(8, 25, 67));
    t.header(
        Messages.vi("form.table.no"),
        Messages.vi("form.table.code"),
        Messages.vi("form.table.form.name"));
    int i = 0;
    for (Form f : forms == null ? List.<Form>of() : forms) {
      if (f != null) {
        t.row(Integer.toString(++i), f.code(), f.name());
      }
    }
    if (i == 0) {
      t.row(DASH, DASH, DASH);
    }
    t.end();
  }

  private void records(List<Kept> records, WordXml w) {
    Table t = w.table(columns(8, 42, 28, 22));
    t.header(
        Messages.vi("form.table.no"),
        Messages.vi("form.table.dossier.name"),
        Messages.vi("form.table.kept.keeper"),
        Messages.vi("form.table.kept.retention"));
    int i = 0;
    for (Kept k : records == null ? List.<Kept>of() : records) {
      if (k != null) {
        t.row(Integer.toString(++i), k.name(), k.keeper(), k.retention());
      }
    }
    if (i == 0) {
      t.row(DASH, DASH, DASH, DASH);
    }
    t.end();
  }
}
