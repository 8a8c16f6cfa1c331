package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.tthc.TthcCode;
import vn.quytrinh.tthc.TthcLevel;
import vn.quytrinh.tthc.TthcService;

/**
 * The TTHC list of a Quyết định công bố (CSV or XLSX, the national layout or an annex with group
 * headings): each row becomes a listing the TTHC registry upserts ({@link TthcService#upsert}). The
 * legal basis written as text is linked through the legal registry; what it cannot link, and time
 * limits it cannot read, are noted.
 */
@ApplicationScoped
public class TthcImporter implements Importer {

  private TthcService tthc;
  private CitationText citations;

  @Inject
  public TthcImporter(TthcService tthc, CitationText citations) {
    this.tthc = tthc;
    this.citations = citations;
  }

  /** For the CDI client proxy only. */
  protected TthcImporter() {}

  @Override
  public String entity() {
    return "TTHC";
  }

  @Override
  public void read(ImportRun run, Upload file) {
    Table t = TableReader.read(file.body(), file.mediaType(), Columns.TTHC);
    t.requireColumns("code", "name");
    run.read(t.rows().size());
    CitationText.Lookups lookups = new CitationText.Lookups();
    String groupField = null;
    for (Table.Row r : t.rows()) {
      Optional<String> heading = groupHeading(r);
      if (heading.isPresent()) {
        groupField = fieldOfGroup(heading.get());
        run.note(
            groupField == null
                ? Message.of("text.import.groupHeading", r.line(), heading.get())
                : Message.of("text.import.groupHeadingField", r.line(), heading.get(), groupField));
        continue;
      }
      String field = groupField;
      run.row(
          r.line(),
          () -> {
            TthcService.Data d = listing(r, file.unit(), run, lookups, field);
            run.requireFirst(d.code(), "text.import.duplicateTthc", d.code());
            return new ImportRun.Read(
                d.code(), () -> ImportRun.Outcome.of(tthc.upsert(run.caller(), d)));
          });
    }
  }

  /**
   * A row of an annex that only names a group ("A. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "I. Lĩnh vực Hộ
   * tịch"): no code, and no data beyond its number and its text.
   */
  static Optional<String> groupHeading(Table.Row r) {
    if (r.get("code") != null) {
      return Optional.empty();
    }
    for (String column : r.cells().keySet()) {
      if (!column.equals("stt") && !column.equals("name") && r.get(column) != null) {
        return Optional.empty();
      }
    }
    StringBuilder text = new StringBuilder();
    for (String column : List.of("stt", "name")) {
      if (r.get(column) != null) {
        text.append(text.length() == 0 ? "" : " ").append(r.get(column));
      }
    }
    return text.length() == 0 ? Optional.empty() : Optional.of(text.toString());
  }

  /**
   * "I. Lĩnh vực Hộ tịch" → "Hộ tịch", "II. LĨNH VỰC CHỨNG THỰC" → "Chứng thực"; null for a heading
   * that names no field.
   */
  static String fieldOfGroup(String heading) {
    Matcher m = Columns.FIELD_HEADING.matcher(Text.clean(heading));
    if (!m.find()) {
      return null;
    }
    String f = m.group(1);
    if (f.equals(f.toUpperCase(Locale.ROOT))) {
      f = f.toLowerCase(Locale.ROOT); // a heading in capitals: "LĨNH VỰC CHỨNG THỰC"
    }
    return Character.toUpperCase(f.charAt(0)) + f.substring(1);
  }

  /** The row as the list says it: the registry merges it with what it holds. */
  TthcService.Data listing(
      Table.Row r, String unit, ImportRun run, CitationText.Lookups lookups, String groupField) {
    String code = r.get("code");
    if (code == null || !TthcCode.isValid(code)) {
      throw new InvalidInput("code", "problem.import.invalidTthcCode", code);
    }
    String name = r.get("name");
    if (name == null) {
      throw new InvalidInput("name", "problem.import.tthcNameMissing");
    }
    String time = r.get("time");
    BigDecimal days = TimeLimits.workingDays(time).orElse(null);
    if (time != null && days == null) {
      run.note(Message.of("text.import.unreadTime", r.line(), time));
    }
    List<TthcService.Citation> basis = new ArrayList<>();
    String basisText = r.get("basis");
    if (basisText != null) {
      CitationText.Result found = citations.recognise(basisText, lookups);
      basis.addAll(found.citations());
      found.unknown().forEach(u -> run.note(Message.of("text.import.unknownBasis", r.line(), u)));
    }
    List<String> units = new ArrayList<>();
    if (unit != null && !unit.isBlank()) {
      units.add(unit);
    }
    String unitCell = r.get("units");
    if (unitCell != null) {
      for (String u : unitCell.split("[,;\\n]")) {
        if (!u.isBlank()) {
          units.add(u.strip());
        }
      }
    }
    return new TthcService.Data(
        TthcCode.parse(code).value(),
        name,
        r.get("field") != null ? r.get("field") : groupField,
        level(r.get("level")),
        r.get("agency"),
        units,
        days,
        time,
        r.get("fee"),
        List.of(),
        r.get("result"),
        basis);
  }

  /** "Cấp tỉnh", "Cấp xã", "Trung ương"; several levels named at once are NHIEU_CAP. */
  static TthcLevel level(String text) {
    if (text == null) {
      return null;
    }
    String f = Text.fold(text);
    int n = 0;
    TthcLevel l = null;
    if (f.contains("trung uong") || f.contains("cap bo")) {
      l = TthcLevel.TRUNG_UONG;
      n++;
    }
    if (f.contains("tinh")) {
      l = TthcLevel.TINH;
      n++;
    }
    if (f.contains("huyen")) {
      l = TthcLevel.HUYEN;
      n++;
    }
    if (f.contains("xa")) {
      l = TthcLevel.XA;
      n++;
    }
    return n > 1 ? TthcLevel.NHIEU_CAP : l;
  }
}
