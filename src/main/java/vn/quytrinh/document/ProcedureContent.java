package vn.quytrinh.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.platform.time.WorkingDays;

/**
 * Every part of the standard procedure form (quy trình nội bộ giải quyết TTHC): sections 1–4,
 * section 5 with legal basis, conditions, dossier, time limit, place, fee, applicants, result and
 * the step table, then forms (6) and records to keep (7).
 */
public record ProcedureContent(
    String purpose,
    String scope,
    String references,
    String definitions,
    List<Citation> legalBasis,
    String conditions,
    List<DossierItem> dossier,
    BigDecimal timeLimitDays,
    String place,
    String fee,
    String applicants,
    String result,
    List<Step> steps,
    List<FormRef> forms,
    List<RecordKeep> records) {

  /** A legal citation down to article (Điều), clause (Khoản) and point (Điểm). */
  public record Citation(String number, String article, String clause, String point) {
    Citation normalized() {
      return new Citation(
          Text.cleanOrNull(number),
          Text.cleanOrNull(article),
          Text.cleanOrNull(clause),
          Text.cleanOrNull(point));
    }
  }

  /** One component of the dossier (thành phần hồ sơ) and how many copies. */
  public record DossierItem(String name, Integer copies) {
    DossierItem normalized() {
      return new DossierItem(Text.cleanOrNull(name), copies);
    }
  }

  /**
   * A row of the step table: Bước, Nội dung công việc, Trách nhiệm, Thời gian, Biểu mẫu/Kết quả.
   */
  public record Step(
      Integer order, String action, String responsible, BigDecimal days, String output) {
    Step normalized(int position) {
      return new Step(
          position + 1,
          Text.cleanOrNull(action),
          Text.cleanOrNull(responsible),
          WorkingDays.normalize(days),
          Text.cleanOrNull(output));
    }
  }

  /** A form used by the procedure (biểu mẫu). */
  public record FormRef(String code, String name) {
    FormRef normalized() {
      return new FormRef(Text.cleanOrNull(code), Text.cleanOrNull(name));
    }
  }

  /** A record to keep (hồ sơ cần lưu): what, who keeps it, for how long. */
  public record RecordKeep(String name, String keeper, String retention) {
    RecordKeep normalized() {
      return new RecordKeep(
          Text.cleanOrNull(name), Text.cleanOrNull(keeper), Text.cleanOrNull(retention));
    }
  }

  public static ProcedureContent empty() {
    return new ProcedureContent(
        null, null, null, null, List.of(), null, List.of(), null, null, null, null, null, List.of(),
        List.of(), List.of());
  }

  /**
   * The form content is stored and signed in: NFC text without control characters, no empty
   * strings, lists never null, decimals without trailing zeros, steps numbered.
   */
  public ProcedureContent normalized() {
    List<Step> s = list(steps);
    return new ProcedureContent(
        Text.cleanOrNull(purpose),
        Text.cleanOrNull(scope),
        Text.cleanOrNull(references),
        Text.cleanOrNull(definitions),
        map(legalBasis, Citation::normalized),
        Text.cleanOrNull(conditions),
        map(dossier, DossierItem::normalized),
        WorkingDays.normalize(timeLimitDays),
        Text.cleanOrNull(place),
        Text.cleanOrNull(fee),
        Text.cleanOrNull(applicants),
        Text.cleanOrNull(result),
        java.util.stream.IntStream.range(0, s.size())
            .mapToObj(i -> s.get(i) == null ? null : s.get(i).normalized(i))
            .toList(),
        map(forms, FormRef::normalized),
        map(records, RecordKeep::normalized));
  }

  /** Sum of the step times, in working days. */
  public BigDecimal totalStepDays() {
    return list(steps).stream()
        .filter(java.util.Objects::nonNull)
        .map(Step::days)
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static <T> List<T> map(List<T> l, Function<T, T> f) {
    return list(l).stream().map(x -> x == null ? null : f.apply(x)).toList();
  }
}
