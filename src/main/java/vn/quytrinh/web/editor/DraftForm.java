package vn.quytrinh.web.editor;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.ProcedureContent.Citation;
import vn.quytrinh.document.ProcedureContent.DossierItem;
import vn.quytrinh.document.ProcedureContent.FormRef;
import vn.quytrinh.document.ProcedureContent.RecordKeep;
import vn.quytrinh.document.ProcedureContent.Step;

/**
 * The draft as the editor's form holds it while a person types: every part of the standard form,
 * tables as lists of rows that can be added, removed and moved, and working days as the text typed
 * (a comma or a point). It becomes {@link ProcedureContent} only to be saved.
 */
public class DraftForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String purpose;
  private String scope;
  private String references;
  private String definitions;
  private String conditions;
  private String timeLimitDays;
  private String place;
  private String fee;
  private String applicants;
  private String result;
  private String changeSummary;
  private String changeReason;
  private final List<CitationRow> citations = new ArrayList<>();
  private final List<DossierRow> dossier = new ArrayList<>();
  private final List<StepRow> steps = new ArrayList<>();
  private final List<FormRow> forms = new ArrayList<>();
  private final List<RecordRow> records = new ArrayList<>();

  public static DraftForm of(ProcedureContent c, String changeSummary, String changeReason) {
    DraftForm f = new DraftForm();
    f.purpose = c.purpose();
    f.scope = c.scope();
    f.references = c.references();
    f.definitions = c.definitions();
    f.conditions = c.conditions();
    f.timeLimitDays = days(c.timeLimitDays());
    f.place = c.place();
    f.fee = c.fee();
    f.applicants = c.applicants();
    f.result = c.result();
    f.changeSummary = changeSummary;
    f.changeReason = changeReason;
    rows(c.legalBasis(), f.citations, CitationRow::of);
    rows(c.dossier(), f.dossier, DossierRow::of);
    rows(c.steps(), f.steps, StepRow::of);
    rows(c.forms(), f.forms, FormRow::of);
    rows(c.records(), f.records, RecordRow::of);
    return f;
  }

  /**
   * The content to save; rows left wholly blank are dropped, so an added row never typed in is not
   * an error. Working days must be {@link DaysText#valid}: the page checks them first.
   */
  public ProcedureContent content() {
    return new ProcedureContent(
        purpose,
        scope,
        references,
        definitions,
        kept(citations, CitationRow::blank, CitationRow::value),
        conditions,
        kept(dossier, DossierRow::blank, DossierRow::value),
        DaysText.parse(timeLimitDays).orElse(null),
        place,
        fee,
        applicants,
        result,
        kept(steps, StepRow::blank, StepRow::value),
        kept(forms, FormRow::blank, FormRow::value),
        kept(records, RecordRow::blank, RecordRow::value));
  }

  /** The sum of the steps' days that can be read, as the running total starts. */
  public BigDecimal totalDays() {
    BigDecimal sum = BigDecimal.ZERO;
    for (StepRow s : steps) {
      if (DaysText.valid(s.days)) {
        sum = sum.add(DaysText.parse(s.days).orElse(BigDecimal.ZERO));
      }
    }
    return sum;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getReferences() {
    return references;
  }

  public void setReferences(String references) {
    this.references = references;
  }

  public String getDefinitions() {
    return definitions;
  }

  public void setDefinitions(String definitions) {
    this.definitions = definitions;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getTimeLimitDays() {
    return timeLimitDays;
  }

  public void setTimeLimitDays(String timeLimitDays) {
    this.timeLimitDays = timeLimitDays;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getFee() {
    return fee;
  }

  public void setFee(String fee) {
    this.fee = fee;
  }

  public String getApplicants() {
    return applicants;
  }

  public void setApplicants(String applicants) {
    this.applicants = applicants;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getChangeSummary() {
    return changeSummary;
  }

  public void setChangeSummary(String changeSummary) {
    this.changeSummary = changeSummary;
  }

  public String getChangeReason() {
    return changeReason;
  }

  public void setChangeReason(String changeReason) {
    this.changeReason = changeReason;
  }

  public List<CitationRow> getCitations() {
    return citations;
  }

  public List<DossierRow> getDossier() {
    return dossier;
  }

  public List<StepRow> getSteps() {
    return steps;
  }

  public List<FormRow> getForms() {
    return forms;
  }

  public List<RecordRow> getRecords() {
    return records;
  }

  // ---- rows: add, remove, move (the same for every table)

  public static <T> void add(List<T> rows, Supplier<T> blank) {
    rows.add(blank.get());
  }

  public static <T> void remove(List<T> rows, int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  /** Moves a row one place up ({@code -1}) or down ({@code +1}); at an end nothing moves. */
  public static <T> void move(List<T> rows, int index, int by) {
    moveTo(rows, index, index + by);
  }

  /**
   * Moves the row at {@code from} to the place {@code to}, the rows between shifting by one (a row
   * dragged onto another takes its place); a place outside the table moves nothing.
   */
  public static <T> void moveTo(List<T> rows, int from, int to) {
    if (from >= 0 && from < rows.size() && to >= 0 && to < rows.size()) {
      rows.add(to, rows.remove(from));
    }
  }

  private static <T, R> void rows(List<T> from, List<R> to, Function<T, R> row) {
    if (from != null) {
      from.stream().filter(java.util.Objects::nonNull).map(row).forEach(to::add);
    }
  }

  private static <R, T> List<T> kept(
      List<R> rows, java.util.function.Predicate<R> blank, Function<R, T> value) {
    return rows.stream().filter(blank.negate()).map(value).toList();
  }

  /**
   * A citation as compared for sameness: the number's key when it parses (so "123/2015/ND-CP" is
   * "123/2015/NĐ-CP"), the article as {@link vn.quytrinh.legal.Citations#article} reads it ("Điều
   * 18" is "18"), and clause and point by their last word ("khoản 2" is "2"), letters kept as they
   * are: point đ is not point d.
   */
  static String citationKey(String number, String article, String clause, String point) {
    String n = number == null ? "" : number.strip();
    try {
      n = vn.quytrinh.legal.LegalDocumentNumber.parse(n).key();
    } catch (RuntimeException notANumber) {
      n = vn.quytrinh.platform.text.Text.fold(n);
    }
    return n
        + "|"
        + java.util.Objects.requireNonNullElse(vn.quytrinh.legal.Citations.article(article), "")
        + "|"
        + lastWord(clause)
        + "|"
        + lastWord(point);
  }

  private static String lastWord(String s) {
    String t = vn.quytrinh.platform.text.Text.cleanOrNull(s);
    if (t == null) {
      return "";
    }
    String[] words = t.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  static boolean blank(String... texts) {
    for (String t : texts) {
      if (t != null && !t.isBlank()) {
        return false;
      }
    }
    return true;
  }

  static String days(BigDecimal d) {
    return d == null ? null : d.toPlainString().replace('.', ',');
  }

  // ---- the rows of each table

  /** A row of the step table. */
  public static class StepRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String action;
    private String responsible;
    private String days;
    private String output;

    static StepRow of(Step s) {
      StepRow r = new StepRow();
      r.action = s.action();
      r.responsible = s.responsible();
      r.days = days(s.days());
      r.output = s.output();
      return r;
    }

    boolean blank() {
      return DraftForm.blank(action, responsible, days, output);
    }

    Step value() {
      return new Step(null, action, responsible, DaysText.parse(days).orElse(null), output);
    }

    public String getAction() {
      return action;
    }

    public void setAction(String action) {
      this.action = action;
    }

    public String getResponsible() {
      return responsible;
    }

    public void setResponsible(String responsible) {
      this.responsible = responsible;
    }

    public String getDays() {
      return days;
    }

    public void setDays(String days) {
      this.days = days;
    }

    public String getOutput() {
      return output;
    }

    public void setOutput(String output) {
      this.output = output;
    }
  }

  /** A citation of the legal basis, down to article, clause and point. */
  public static class CitationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String number;
    private String article;
    private String clause;
    private String point;

    /** The registry's title of the document cited, when it was picked from the registry. */
    private String title;

    static CitationRow of(Citation c) {
      CitationRow r = new CitationRow();
      r.number = c.number();
      r.article = c.article();
      r.clause = c.clause();
      r.point = c.point();
      return r;
    }

    public static CitationRow picked(String number, String title) {
      CitationRow r = new CitationRow();
      r.number = number;
      r.title = title;
      return r;
    }

    boolean blank() {
      return DraftForm.blank(number, article, clause, point);
    }

    Citation value() {
      return new Citation(number, article, clause, point);
    }

    String key() {
      return citationKey(number, article, clause, point);
    }

    public String getNumber() {
      return number;
    }

    public void setNumber(String number) {
      this.number = number;
    }

    public String getArticle() {
      return article;
    }

    public void setArticle(String article) {
      this.article = article;
    }

    public String getClause() {
      return clause;
    }

    public void setClause(String clause) {
      this.clause = clause;
    }

    public String getPoint() {
      return point;
    }

    public void setPoint(String point) {
      this.point = point;
    }

    public String getTitle() {
      return title;
    }
  }

  /** A component of the dossier and its number of copies. */
  public static class DossierRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Integer copies;

    static DossierRow of(DossierItem d) {
      DossierRow r = new DossierRow();
      r.name = d.name();
      r.copies = d.copies();
      return r;
    }

    boolean blank() {
      return DraftForm.blank(name) && copies == null;
    }

    DossierItem value() {
      return new DossierItem(name, copies);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getCopies() {
      return copies;
    }

    public void setCopies(Integer copies) {
      this.copies = copies;
    }
  }

  /** A form (biểu mẫu) the procedure uses. */
  public static class FormRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;

    static FormRow of(FormRef f) {
      FormRow r = new FormRow();
      r.code = f.code();
      r.name = f.name();
      return r;
    }

    boolean blank() {
      return DraftForm.blank(code, name);
    }

    FormRef value() {
      return new FormRef(code, name);
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  /** A record to keep: what, who keeps it, for how long. */
  public static class RecordRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String keeper;
    private String retention;

    static RecordRow of(RecordKeep k) {
      RecordRow r = new RecordRow();
      r.name = k.name();
      r.keeper = k.keeper();
      r.retention = k.retention();
      return r;
    }

    boolean blank() {
      return DraftForm.blank(name, keeper, retention);
    }

    RecordKeep value() {
      return new RecordKeep(name, keeper, retention);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getKeeper() {
      return keeper;
    }

    public void setKeeper(String keeper) {
      this.keeper = keeper;
    }

    public String getRetention() {
      return retention;
    }

    public void setRetention(String retention) {
      this.retention = retention;
    }
  }
}
