import java.io.*;
import java.nio.file.*;
import org.apache.poi.xssf.usermodel.*;
import org.apache.poi.ss.usermodel.*;

/** Writes the sample spreadsheet of a Quyết định công bố annex in the national layout. */
public class MakeSamples {
  public static void main(String[] a) throws Exception {
    String[][] rows = {
      {"STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết", "Phí, lệ phí", "Căn cứ pháp lý", "Cơ quan thực hiện"},
      {"1", "1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "Cấp xã", "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo", "Miễn lệ phí đăng ký khai sinh đúng hạn.", "- Luật Hộ tịch năm 2014;\n- Điều 9 Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ;\n- Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp.", "Ủy ban nhân dân cấp xã"},
      {"2", "1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch", "Cấp xã", "Ngay trong ngày tiếp nhận hồ sơ", "Miễn lệ phí", "- Điều 18 Luật Hộ tịch năm 2014;\n- Nghị định số 123/2015/NĐ-CP.", "Ủy ban nhân dân cấp xã"},
      {"3", "1.000656", "Thủ tục đăng ký khai tử", "Hộ tịch", "Cấp xã", "Ngay trong ngày tiếp nhận hồ sơ", "Miễn lệ phí đăng ký khai tử đúng hạn", "- Điều 34 Luật Hộ tịch năm 2014;\n- Nghị định số 123/2015/NĐ-CP.", "Ủy ban nhân dân cấp xã"},
      {"4", "2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", "Chứng thực", "Cấp xã, Cấp huyện", "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ", "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản.", "- Điều 5, Điều 20 Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ;\n- Thông tư số 01/2020/TT-BTP;\n- Thông tư số 226/2016/TT-BTC.", "Ủy ban nhân dân cấp xã"},
      {"5", "2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực", "Cấp xã, Cấp huyện", "Trong ngày tiếp nhận yêu cầu", "10.000 đồng/trường hợp", "- Điều 24 Nghị định số 23/2015/NĐ-CP;\n- Thông tư số 226/2016/TT-BTC.", "Ủy ban nhân dân cấp xã"},
      {"6", "1.001612", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", "Cấp xã", "03 ngày làm việc", "Theo quy định của Hội đồng nhân dân tỉnh.", "- Luật Doanh nghiệp số 59/2020/QH14;\n- Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ.", "Ủy ban nhân dân cấp xã"}
    };
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Phu luc");
      Row title = s.createRow(0);
      title.createCell(0).setCellValue("PHỤ LỤC: DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ (kèm theo Quyết định công bố mẫu của QuyTrình)");
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r + 2);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      for (int c = 0; c < 9; c++) s.setColumnWidth(c, c == 2 || c == 7 ? 60 * 256 : 20 * 256);
      try (OutputStream out = Files.newOutputStream(Path.of(a[0]))) { wb.write(out); }
    }
  }
}
