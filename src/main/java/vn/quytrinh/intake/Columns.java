package vn.quytrinh.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.quytrinh.platform.text.Text;

/**
 * The columns the imports know, by the spellings headers use in the national TTHC database export,
 * in the annex of a Quyết định công bố, and in legal-document lists. Headers compare by their
 * {@link #key}, so case, diacritics, punctuation, remarks in parentheses and filler words ("của
 * TTHC", "văn bản", "nếu có") do not matter: "Phí, lệ phí (nếu có)" is "Phí lệ phí".
 */
public final class Columns {

  private Columns() {}

  /** Header key → column name. */
  public static final Map<String, String> TTHC = new HashMap<>();

  public static final Map<String, String> LEGAL = new HashMap<>();

  /** The units of an org chart: code, name, level, parent. */
  public static final Map<String, String> UNITS = new HashMap<>();

  /** The people of an org chart: username, full name, position, unit, roles; never a password. */
  public static final Map<String, String> PEOPLE = new HashMap<>();

  // words that qualify a header without changing which column it is
  /**
   * The field named by a group heading of an annex: "I. Lĩnh vực Hộ tịch", "II. LĨNH VỰC CHỨNG
   * THỰC"; group 1 is the field.
   */
  public static final Pattern FIELD_HEADING =
      Pattern.compile("(?iu)\\bl[iĩ]nh\\s+v[ựưu]c\\s*:?\\s*(\\p{L}.*?)[\\s.;:]*$");

  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)?");
  private static final Pattern FILLER =
      Pattern.compile(
          "\\b(?:(?:cua )?(?:tthc|thu tuc hanh chinh|thu tuc)|(?:cua )?van ban|neu co)\\b");

  /** How headers compare: "Mã số TTHC" → "maso", "Phí, lệ phí (nếu có)" → "philephi". */
  public static String key(String header) {
    if (header == null) {
      return "";
    }
    String f = PARENTHESES.matcher(Text.fold(header)).replaceAll(" ");
    f = f.replaceAll("[^a-z0-9]+", " ");
    return FILLER.matcher(f).replaceAll(" ").replaceAll("[^a-z0-9]", "");
  }

  static {
    both("stt", "STT", "TT", "Số TT", "Số thứ tự");
    tthc("code", "Mã TTHC", "Mã số TTHC", "Mã thủ tục", "Mã số thủ tục", "Mã", "code");
    tthc("name", "Tên TTHC", "Tên thủ tục hành chính", "Tên thủ tục", "name");
    tthc("field", "Lĩnh vực", "field");
    tthc("level", "Cấp thực hiện", "Cấp", "level");
    tthc("time", "Thời hạn giải quyết", "Thời hạn", "Thời gian giải quyết");
    tthc("fee", "Phí, lệ phí", "Phí", "Lệ phí", "Phí và lệ phí");
    tthc("basis", "Căn cứ pháp lý của TTHC", "Căn cứ", "Cơ sở pháp lý");
    tthc(
        "agency",
        "Cơ quan thực hiện TTHC",
        "Cơ quan giải quyết",
        "Cơ quan có thẩm quyền",
        "Cơ quan có thẩm quyền giải quyết",
        "Cơ quan",
        "agency");
    tthc("result", "Kết quả", "Kết quả thực hiện", "result");
    tthc("units", "Đơn vị thực hiện", "Mã đơn vị", "units");
    legal("number", "Số, ký hiệu văn bản", "Số hiệu", "Số văn bản", "number");
    legal("type", "Loại văn bản", "type");
    legal("issuer", "Cơ quan ban hành", "Nơi ban hành", "issuer");
    legal("title", "Trích yếu", "Trích yếu nội dung", "Tên văn bản", "title");
    legal("signedOn", "Ngày ban hành", "Ngày ký", "signedOn");
    legal(
        "effectiveFrom", "Ngày hiệu lực", "Ngày có hiệu lực", "Hiệu lực thi hành", "effectiveFrom");
    legal("effectiveUntil", "Ngày hết hiệu lực", "Hết hiệu lực", "effectiveUntil");
    put(UNITS, "stt", "STT", "TT", "Số TT", "Số thứ tự");
    put(UNITS, "code", "Mã đơn vị", "Mã", "code");
    put(UNITS, "name", "Tên đơn vị", "Tên", "name");
    put(UNITS, "level", "Cấp", "Cấp đơn vị", "Cấp hành chính", "level");
    put(
        UNITS,
        "parent",
        "Mã đơn vị cấp trên",
        "Đơn vị cấp trên",
        "Mã cấp trên",
        "Mã đơn vị cha",
        "parentCode");
    put(PEOPLE, "stt", "STT", "TT", "Số TT", "Số thứ tự");
    put(PEOPLE, "username", "Tên đăng nhập", "Tài khoản", "username");
    put(PEOPLE, "fullName", "Họ và tên", "Họ tên", "fullName");
    put(PEOPLE, "position", "Chức vụ", "Chức danh", "position");
    put(PEOPLE, "unit", "Mã đơn vị", "Đơn vị", "Đơn vị công tác", "unitCode");
    put(PEOPLE, "roles", "Vai trò", "roles");
  }

  private static void both(String column, String... headers) {
    tthc(column, headers);
    legal(column, headers);
  }

  private static void tthc(String column, String... headers) {
    put(TTHC, column, headers);
  }

  private static void legal(String column, String... headers) {
    put(LEGAL, column, headers);
  }

  /** Two columns may never share a key: the header would be read as either. */
  private static void put(Map<String, String> columns, String column, String... headers) {
    for (String h : List.of(headers)) {
      String previous = columns.putIfAbsent(key(h), column);
      if (previous != null && !previous.equals(column)) {
        throw new IllegalStateException(h + " names both " + previous + " and " + column);
      }
    }
  }
}
