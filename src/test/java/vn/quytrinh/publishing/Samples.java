package vn.quytrinh.publishing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.quytrinh.publishing.ProcedureSheet.Approval;
import vn.quytrinh.publishing.ProcedureSheet.Dossier;
import vn.quytrinh.publishing.ProcedureSheet.Form;
import vn.quytrinh.publishing.ProcedureSheet.Kept;
import vn.quytrinh.publishing.ProcedureSheet.Revision;
import vn.quytrinh.publishing.ProcedureSheet.Step;
import vn.quytrinh.publishing.ProcedureSheet.Watermark;

/** Procedures and manuals as a commune's one-stop desk would print them. */
final class Samples {

  static final String AGENCY = "UBND XÃ TÂN HIỆP";

  private Samples() {}

  static List<Step> steps() {
    return List.of(
        new Step(
            1,
            "Tiếp nhận hồ sơ, kiểm tra thành phần; lập Giấy tiếp nhận và hẹn trả kết quả",
            "Bộ phận TN&TKQ",
            new BigDecimal("0.5"),
            "Mẫu 01"),
        new Step(
            2,
            "Thẩm định hồ sơ, ặ ế ỗ ữ đối chiếu bản chính",
            "Công chức Tư pháp – Hộ tịch",
            new BigDecimal("1"),
            "Phiếu kiểm soát (Mẫu 05)"),
        new Step(
            3, "Lãnh đạo ký chứng thực", "Chủ tịch UBND xã", new BigDecimal("0.25"), "Bản sao"),
        new Step(4, "Trả kết quả", "Bộ phận TN&TKQ", BigDecimal.ZERO, "Sổ theo dõi (Mẫu 06)"));
  }

  static ProcedureSheet sheet(
      String code, String title, Watermark mark, BigDecimal limit, String note) {
    List<Step> steps = steps();
    return new ProcedureSheet(
        AGENCY,
        code,
        title,
        2,
        LocalDate.of(2025, 1, 9),
        mark == Watermark.DRAFT ? "Bản nháp" : "Có hiệu lực",
        mark,
        note,
        List.of(
            new Approval(
                "Soạn thảo",
                "Nguyễn Thị Hằng",
                "Công chức Tư pháp – Hộ tịch",
                LocalDate.of(2025, 1, 2),
                "Đã ký điện tử · SHA-256 70b1c2"),
            new Approval(
                "Xem xét",
                "Trần Văn Đức",
                "Phó Chủ tịch UBND xã",
                LocalDate.of(2025, 1, 6),
                "Đã ký điện tử · SHA-256 9a0f11"),
            new Approval("Phê duyệt", "Lê Quang Vũ", "Chủ tịch UBND xã", null, null)),
        List.of(
            new Revision(
                1,
                LocalDate.of(2025, 1, 9),
                "Sửa bước 2 và thời hạn theo Điều 5 đã sửa đổi",
                "Nghị định 07/2025/NĐ-CP sửa đổi Nghị định 23/2015/NĐ-CP",
                2)),
        "Quy định trình tự chứng thực bản sao từ bản chính tại Bộ phận TN&TKQ.",
        "Áp dụng cho cá nhân, tổ chức yêu cầu chứng thực bản sao tại UBND xã.",
        "TCVN ISO 9001:2015; Sổ tay chất lượng.",
        "BPTN&TKQ: Bộ phận tiếp nhận và trả kết quả\nTTHC: Thủ tục hành chính",
        List.of(
            "Nghị định 23/2015/NĐ-CP ngày 16/02/2015",
            "Nghị định 07/2025/NĐ-CP ngày 09/01/2025",
            "Thông tư 226/2016/TT-BTC"),
        "Bản chính phải còn giá trị sử dụng.",
        List.of(
            new Dossier("Bản chính giấy tờ, văn bản", 1),
            new Dossier("Bản sao cần chứng thực", null)),
        "Trong ngày làm việc (nếu tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)",
        "Bộ phận TN&TKQ UBND xã",
        "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản",
        "Cá nhân, tổ chức",
        "Bản sao được chứng thực từ bản chính",
        steps,
        new BigDecimal("1.75"),
        limit,
        List.of(
            new Form("Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
            new Form("Mẫu 05", "Phiếu kiểm soát quá trình giải quyết hồ sơ")),
        List.of(new Kept("Sổ chứng thực bản sao", "Công chức Tư pháp – Hộ tịch", "Vĩnh viễn")),
        List.of());
  }

  static ProcedureSheet sheet() {
    return sheet(
        "QT-01/HT",
        "Chứng thực bản sao từ bản chính",
        Watermark.NONE,
        new BigDecimal("2"),
        "Bản kiểm soát số 03 – Bộ phận TN&TKQ");
  }

  /** The sheet with ten steps, the size of a real procedure's step table. */
  static ProcedureSheet longer(ProcedureSheet s) {
    List<Step> steps = new ArrayList<>(s.steps().subList(0, 3));
    for (int k = 4; k <= 9; k++) {
      steps.add(
          new Step(
              k,
              "Xử lý bước " + k + ": xem xét, trình ký, chuyển hồ sơ cho bộ phận tiếp theo",
              "Công chức Văn phòng – Thống kê",
              new BigDecimal("0.5"),
              "Phiếu kiểm soát (Mẫu 05)"));
    }
    steps.add(new Step(10, "Trả kết quả", "Bộ phận TN&TKQ", BigDecimal.ZERO, "Mẫu 06"));
    return new ProcedureSheet(
        s.agency(),
        s.documentCode(),
        s.title(),
        s.issueNo(),
        s.issuedOn(),
        s.statusLabel(),
        s.watermark(),
        s.controlledCopyNote(),
        s.approvals(),
        s.revisions(),
        s.purpose(),
        s.scope(),
        s.references(),
        s.definitions(),
        s.legalBasis(),
        s.conditions(),
        s.dossier(),
        s.timeLimit(),
        s.place(),
        s.fee(),
        s.applicants(),
        s.result(),
        steps,
        null,
        s.legalLimitDays(),
        s.forms(),
        s.records(),
        List.of());
  }

  static Manual manual(int n) {
    List<ProcedureSheet> ps = new ArrayList<>();
    List<Manual.MasterRow> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String code = String.format("QT-%03d/TP", i);
      String title = "Quy trình giải quyết thủ tục số " + i + " – đăng ký hộ tịch, chứng thực";
      ps.add(
          longer(sheet(code, title, Watermark.NONE, new BigDecimal("5"), "Bản kiểm soát số " + i)));
      rows.add(new Manual.MasterRow(code, title, 2, LocalDate.of(2025, 7, 1)));
    }
    return new Manual(
        AGENCY, "Văn phòng HĐND và UBND xã", LocalDate.of(2025, 7, 1), "Nguyễn Thị Hằng", rows, ps);
  }
}
