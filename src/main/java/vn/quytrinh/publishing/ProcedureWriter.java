package vn.quytrinh.publishing;

import static vn.quytrinh.publishing.SafeText.DASH;
import static vn.quytrinh.publishing.SafeText.date;
import static vn.quytrinh.publishing.SafeText.days;
import static vn.quytrinh.publishing.SafeText.orDash;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

  static final String[] STEP_HEADERS = {
    "Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"
  };
  static final String[] ROLES = {"Soạn thảo", "Xem xét", "Phê duyệt"};
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
    w.p("QTHeading1", "TRANG THEO DÕI SỬA ĐỔI TÀI LIỆU");
    revisions(s.revisions(), w);

    w.p("QTHeading1", "1. MỤC ĐÍCH").value("QTBody", s.purpose());
    w.p("QTHeading1", "2. PHẠM VI").value("QTBody", s.scope());
    w.p("QTHeading1", "3. TÀI LIỆU VIỆN DẪN").value("QTBody", s.references());
    w.p("QTHeading1", "4. ĐỊNH NGHĨA/VIẾT TẮT").value("QTBody", s.definitions());
    w.p("QTHeading1", "5. NỘI DUNG QUY TRÌNH");
    w.p("QTHeading2", "5.1 Cơ sở pháp lý");
    list(s.legalBasis(), w);
    w.p("QTHeading2", "5.2 Yêu cầu, điều kiện").value("QTBody", s.conditions());
    w.p("QTHeading2", "5.3 Thành phần, số lượng hồ sơ");
    dossier(s.dossier(), w);
    w.p("QTHeading2", "5.4 Thời hạn giải quyết").value("QTBody", s.timeLimit());
    w.p("QTHeading2", "5.5 Nơi tiếp nhận và trả kết quả").value("QTBody", s.place());
    w.p("QTHeading2", "5.6 Phí, lệ phí").value("QTBody", s.fee());
    w.p("QTHeading2", "5.7 Đối tượng thực hiện").value("QTBody", s.applicants());
    w.p("QTHeading2", "5.8 Kết quả").value("QTBody", s.result());
    w.p("QTHeading2", "5.9 Quy trình xử lý công việc");
    steps(s, w);
    w.p("QTHeading1", "6. BIỂU MẪU");
    forms(s.forms(), w);
    w.p("QTHeading1", "7. HỒ SƠ CẦN LƯU");
    records(s.records(), w);
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
    approvalRow(t, "Họ tên", cols, 0, Approval::name);
    approvalRow(t, "Chức vụ", cols, 0, Approval::position);
    approvalRow(t, "Ngày", cols, 0, a -> a.date() == null ? null : date(a.date()));
    approvalRow(t, "Chữ ký", cols, 850, Approval::signatureMark);
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
    t.header("STT", "Ngày", "Tóm tắt nội dung sửa đổi", "Lý do, căn cứ sửa đổi", "Lần ban hành");
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
    t.header("STT", "Tên hồ sơ", "Số lượng");
    int i = 0;
    for (Dossier d : dossier == null ? List.<Dossier>of() : dossier) {
      if (d != null) {
        t.row(
            Integer.toString(++i),
            d.name(),
            d.copies() == null ? null : String.format("%02d bản", d.copies()));
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
        .cell(3, "QTTableText", "Tổng thời gian", "QTStrong")
        .cell(1, "QTTableCenter", days(total), "QTStrong");
    t.startCell(1);
    w.startP("QTTableText");
    if (limit == null) {
      w.run(DASH, null);
    } else if (total.compareTo(limit) > 0) {
      w.run("VƯỢT THỜI HẠN", "QTWarning").run("\nquy định: " + days(limit) + " ngày", null);
    } else {
      w.run("Quy định: " + days(limit) + " ngày", null);
    }
    w.endP();
    t.endCell().endRow().end();
    w.p("QTNote", "Thời gian tính theo ngày làm việc.");
  }

  private void forms(List<Form> forms, WordXml w) {
    Table t = w.table(columns(8, 25, 67));
    t.header("STT", "Mã hiệu", "Tên biểu mẫu");
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
    t.header("STT", "Tên hồ sơ", "Trách nhiệm lưu", "Thời gian lưu");
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
