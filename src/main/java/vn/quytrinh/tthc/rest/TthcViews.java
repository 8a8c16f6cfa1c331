package vn.quytrinh.tthc.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.tthc.Tthc;
import vn.quytrinh.tthc.TthcChange;
import vn.quytrinh.tthc.TthcChangeKind;
import vn.quytrinh.tthc.TthcLevel;
import vn.quytrinh.tthc.TthcService;
import vn.quytrinh.tthc.TthcStatus;

public final class TthcViews {

  private TthcViews() {}

  /** Request body (a class: Payara's OpenAPI scanner trips over annotated record parameters). */
  public static class TthcBody {
    public String code;
    public String name;
    public String field;
    public TthcLevel level;
    public String agency;
    public List<String> unitCodes;
    public BigDecimal timeLimitDays;
    public String timeLimitText;
    public String fee;
    public List<TthcService.Dossier> dossier;
    public String result;
    public List<TthcService.Citation> legalBasis;

    public TthcService.Data data() {
      return new TthcService.Data(
          code,
          name,
          field,
          level,
          agency,
          unitCodes,
          timeLimitDays,
          timeLimitText,
          fee,
          dossier,
          result,
          legalBasis);
    }
  }

  public static class ChangeBody {
    public String kind;
    public String decisionNumber;
    public LocalDate effectiveFrom;
    public String replacedByCode;
  }

  public record CitationView(String number, String article, String clause, String point) {
    static CitationView of(CitationRow r) {
      return new CitationView(r.number(), r.article(), r.clause(), r.point());
    }
  }

  public record ChangeView(
      long id,
      String tthcCode,
      TthcChangeKind kind,
      String kindLabel,
      String decisionNumber,
      LocalDate effectiveFrom,
      String replacedByCode) {
    public static ChangeView of(TthcChange c) {
      return new ChangeView(
          c.id(),
          c.tthcCode(),
          c.kind(),
          c.kind().label(),
          c.decisionNumber(),
          c.effectiveFrom(),
          c.replacedByCode());
    }
  }

  public record TthcView(
      String code,
      String name,
      String field,
      TthcLevel level,
      String agency,
      List<String> unitCodes,
      BigDecimal timeLimitDays,
      String timeLimitText,
      String fee,
      List<TthcService.Dossier> dossier,
      String result,
      List<CitationView> legalBasis,
      TthcStatus status,
      List<ChangeView> changes) {
    public static TthcView of(Tthc t, List<TthcChange> changes) {
      return new TthcView(
          t.code(),
          t.name(),
          t.field(),
          t.level(),
          t.agency(),
          List.copyOf(t.unitCodes()),
          t.timeLimitDays(),
          t.timeLimitText(),
          t.fee(),
          TthcService.readDossier(t.dossierJson()),
          t.result(),
          t.legalBasis().stream().map(CitationView::of).toList(),
          t.status(),
          changes == null ? null : changes.stream().map(ChangeView::of).toList());
    }
  }
}
