import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.quytrinh.publishing.DocxRenderer;
import vn.quytrinh.publishing.ProcedureSheet;
import vn.quytrinh.publishing.ProcedureSheet.*;

/** Writes two procedures in the standard form, as an agency keeps them in Word, for the import demo. */
public class MakeProcedures {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    write(dir.resolve("QT-04-HT-dang-ky-ket-hon.docx"), sheet("QT-04/HT", "Quy trình đăng ký kết hôn", "Thủ tục đăng ký kết hôn",
        List.of("Điều 18 Luật Hộ tịch số 60/2014/QH13", "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ", "Thông tư số 04/2020/TT-BTP"),
        List.of(new Dossier("Tờ khai đăng ký kết hôn theo mẫu", 1), new Dossier("Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký ở nơi khác nơi cư trú)", 1)),
        "Giấy chứng nhận kết hôn", "Miễn lệ phí",
        List.of(new Step(1, "Tiếp nhận hồ sơ, kiểm tra giấy tờ tùy thân của hai bên", "Bộ phận TN&TKQ", new BigDecimal("0.25"), "Mẫu 01"),
                new Step(2, "Kiểm tra điều kiện kết hôn, ghi Sổ đăng ký kết hôn, trình ký", "Công chức Tư pháp – Hộ tịch", new BigDecimal("0.25"), "Mẫu 05"),
                new Step(3, "Ký Giấy chứng nhận kết hôn", "Lãnh đạo UBND xã", new BigDecimal("0.25"), "Giấy chứng nhận kết hôn"),
                new Step(4, "Trao Giấy chứng nhận kết hôn; hai bên ký Sổ đăng ký kết hôn", "Công chức Tư pháp – Hộ tịch", BigDecimal.ZERO, "Mẫu 06")),
        List.of(new Kept("Sổ đăng ký kết hôn", "Công chức Tư pháp – Hộ tịch", "Vĩnh viễn"))));
    write(dir.resolve("QT-05-HT-dang-ky-khai-tu.docx"), sheet("QT-05/HT", "Quy trình đăng ký khai tử", "Thủ tục đăng ký khai tử",
        List.of("Điều 34 Luật Hộ tịch số 60/2014/QH13", "Nghị định số 123/2015/NĐ-CP", "Thông tư số 04/2020/TT-BTP"),
        List.of(new Dossier("Tờ khai đăng ký khai tử theo mẫu", 1), new Dossier("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", 1)),
        "Trích lục khai tử", "Miễn lệ phí đăng ký khai tử đúng hạn",
        List.of(new Step(1, "Tiếp nhận hồ sơ, kiểm tra Giấy báo tử", "Bộ phận TN&TKQ", new BigDecimal("0.25"), "Mẫu 01"),
                new Step(2, "Ghi Sổ đăng ký khai tử, cập nhật cơ sở dữ liệu hộ tịch, trình ký", "Công chức Tư pháp – Hộ tịch", new BigDecimal("0.5"), "Mẫu 05"),
                new Step(3, "Ký Trích lục khai tử", "Lãnh đạo UBND xã", new BigDecimal("0.25"), "Trích lục khai tử"),
                new Step(4, "Trả kết quả", "Bộ phận TN&TKQ", BigDecimal.ZERO, "Mẫu 06")),
        List.of(new Kept("Sổ đăng ký khai tử", "Công chức Tư pháp – Hộ tịch", "Vĩnh viễn"))));
  }

  static ProcedureSheet sheet(String code, String title, String tthc, List<String> basis, List<Dossier> dossier, String result, String fee, List<Step> steps, List<Kept> kept) {
    BigDecimal total = steps.stream().map(Step::days).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new ProcedureSheet("Ủy ban nhân dân xã Tân Hòa", code, title, 1, LocalDate.of(2024, 3, 1), "Đang hiệu lực", Watermark.NONE, null,
        List.of(new Approval("Soạn thảo", "Trần Thị Hoa", "Công chức Văn phòng – Thống kê", LocalDate.of(2024, 2, 20), null),
                new Approval("Xem xét", "Lê Văn Minh", "Phó Chủ tịch UBND xã", LocalDate.of(2024, 2, 25), null),
                new Approval("Phê duyệt", "Nguyễn Văn Hùng", "Chủ tịch UBND xã", LocalDate.of(2024, 2, 28), null)),
        List.of(new Revision(1, LocalDate.of(2024, 3, 1), "Ban hành lần đầu", "Áp dụng TCVN ISO 9001:2015", 1)),
        "Quy định trình tự giải quyết " + tthc.toLowerCase() + " tại UBND xã, bảo đảm đúng quy định, đúng thời hạn.",
        "Áp dụng tại Ủy ban nhân dân xã Tân Hòa.", "TCVN ISO 9001:2015; các văn bản nêu tại mục 5.1.",
        "UBND: Ủy ban nhân dân; BPTN&TKQ: Bộ phận tiếp nhận và trả kết quả.", basis, "Theo quy định của Luật Hộ tịch.", dossier,
        "Ngay trong ngày tiếp nhận hồ sơ", "Bộ phận tiếp nhận và trả kết quả, UBND xã Tân Hòa", fee, "Công dân Việt Nam", result,
        steps, total, BigDecimal.ONE,
        List.of(new Form("Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"), new Form("Mẫu 05", "Phiếu kiểm soát quá trình giải quyết hồ sơ"), new Form("Mẫu 06", "Sổ theo dõi hồ sơ")),
        kept);
  }

  static void write(Path p, ProcedureSheet s) throws Exception {
    try (var out = Files.newOutputStream(p)) { new DocxRenderer().procedure(s, out); }
  }
}
