package vn.quytrinh.publishing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed for one version of a procedure, in the form Vietnamese agencies use: the page
 * header, the approval block, the revision page and sections 1–7. Text is as users wrote it (NFC);
 * renderers escape it for their format.
 */
public record ProcedureSheet(
    String agency,
    String documentCode,
    String title,
    int issueNo,
    LocalDate issuedOn,
    String statusLabel,
    Watermark watermark,
    String controlledCopyNote,
    List<Approval> approvals,
    List<Revision> revisions,
    String purpose,
    String scope,
    String references,
    String definitions,
    List<String> legalBasis,
    String conditions,
    List<Dossier> dossier,
    String timeLimit,
    String place,
    String fee,
    String applicants,
    String result,
    List<Step> steps,
    BigDecimal totalDays,
    BigDecimal legalLimitDays,
    List<Form> forms,
    List<Kept> records,
    List<Quote> basisWordings) {

  public ProcedureSheet {
    basisWordings = basisWordings == null ? List.of() : List.copyOf(basisWordings);
  }

  /**
   * The wording in force of a place cited, printed under the legal basis: what it is ("Điều 5 Nghị
   * định số 23/2015/NĐ-CP"), from when and by which document it reads so, and its lines.
   */
  public record Quote(String heading, String source, List<String> lines) {
    public Quote {
      lines = lines == null ? List.of() : List.copyOf(lines);
    }
  }

  /** The same sheet with the wordings of the articles its legal basis cites. */
  public ProcedureSheet withBasisWordings(List<Quote> quotes) {
    return new ProcedureSheet(
        agency,
        documentCode,
        title,
        issueNo,
        issuedOn,
        statusLabel,
        watermark,
        controlledCopyNote,
        approvals,
        revisions,
        purpose,
        scope,
        references,
        definitions,
        legalBasis,
        conditions,
        dossier,
        timeLimit,
        place,
        fee,
        applicants,
        result,
        steps,
        totalDays,
        legalLimitDays,
        forms,
        records,
        quotes);
  }

  /** A diagonal mark across every page of a copy that is not in force. */
  public enum Watermark {
    NONE(null),
    DRAFT(vn.quytrinh.platform.i18n.Messages.vi("form.watermark.draft")),
    OBSOLETE(vn.quytrinh.platform.i18n.Messages.vi("form.watermark.obsolete")),
    /** Signed, but the signed content was changed since: it no longer matches its signatures. */
    CHANGED(vn.quytrinh.document.SignatureCheck.CHANGED);

    private final String text;

    Watermark(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /**
   * One row of the approval block: "Soạn thảo", "Xem xét" or "Phê duyệt", who, their position,
   * when, and the mark of the electronic signature (for example "Đã ký điện tử · SHA-256 70b1…").
   */
  public record Approval(
      String role, String name, String position, LocalDate date, String signatureMark) {}

  /** One row of the revision page (trang theo dõi sửa đổi). */
  public record Revision(int no, LocalDate date, String summary, String reason, int issueNo) {}

  public record Dossier(String name, Integer copies) {}

  /**
   * A row of the step table: Bước, Nội dung công việc, Trách nhiệm, Thời gian, Biểu mẫu/Kết quả.
   */
  public record Step(
      int order, String action, String responsible, BigDecimal days, String output) {}

  public record Form(String code, String name) {}

  /** Section 7: a record to keep, who keeps it, for how long. */
  public record Kept(String name, String keeper, String retention) {}
}
