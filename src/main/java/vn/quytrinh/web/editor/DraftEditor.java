package vn.quytrinh.web.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentService.DraftData;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.VersionDiff;
import vn.quytrinh.document.VersionOperation;
import vn.quytrinh.impact.Finding;
import vn.quytrinh.impact.FindingsService;
import vn.quytrinh.intake.CitationText;
import vn.quytrinh.platform.problem.PreconditionFailed;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.search.SearchService;
import vn.quytrinh.search.SearchService.Hit;
import vn.quytrinh.tthc.TthcService;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.VersionPages;
import vn.quytrinh.web.VersionRef;
import vn.quytrinh.web.editor.DraftForm.CitationRow;
import vn.quytrinh.web.editor.DraftForm.DossierRow;
import vn.quytrinh.web.editor.DraftForm.FormRow;
import vn.quytrinh.web.editor.DraftForm.RecordRow;
import vn.quytrinh.web.editor.DraftForm.StepRow;
import vn.quytrinh.web.review.DiffLine;
import vn.quytrinh.web.session.CurrentUser;

/**
 * The draft editor ({@code /app/editor.xhtml?id=&issue=}): every part of the form, kept in this
 * view while the person adds, removes and moves rows, and saved with the row version it was read
 * at. A save that meets someone else's keeps everything typed, shows what the other person changed
 * and lets the person save over it or take the newer text. Whether the person may edit is asked of
 * {@link DocumentService#operations}; the save and the submission are refused by the service all
 * the same.
 */
@Named
@ViewScoped
public class DraftEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int PICKS = 8;

  /** The editor's tables, by the names the page gives them. */
  private static final List<String> TABLES =
      List.of("steps", "citations", "dossier", "forms", "records");

  private CurrentUser user;
  private VersionRef ref;
  private DocumentService documents;
  private FindingsService findings;
  private TthcService tthc;
  private SearchService search;

  private long id;
  private int issue;
  private boolean loaded;

  private String code;
  private String title;
  private BigDecimal limitDays;
  private Set<VersionOperation> operations = Set.of();
  private String etag;
  private ProcedureContent base;
  private DraftForm form;
  private List<Finding> draftFindings = List.of();

  private boolean stale;
  private List<DiffLine> theirChanges = List.of();

  private CitationText citationText;

  private String legalQuery;
  private List<Hit> legalHits = List.of();
  private String pasted;
  private CitationProposals proposals;
  private String focus;
  private String dragTable;
  private Integer dragFrom;
  private Integer dragTo;

  @Inject
  public DraftEditor(
      CurrentUser user,
      VersionRef ref,
      DocumentService documents,
      FindingsService findings,
      TthcService tthc,
      SearchService search,
      CitationText citationText) {
    this.user = user;
    this.ref = ref;
    this.documents = documents;
    this.findings = findings;
    this.tthc = tthc;
    this.search = search;
    this.citationText = citationText;
  }

  /** For the CDI client proxy only. */
  protected DraftEditor() {}

  /** The view action: reads the draft once per view; elsewhere the version's own page. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    if (!ref.complete()) {
      return;
    }
    id = ref.getId();
    issue = ref.getIssue();
    try {
      ControlledDocument doc = documents.get(user.caller(), id);
      operations = documents.operations(user.caller(), id, issue);
      if (!operations.contains(VersionOperation.EDIT)) {
        VersionPages.redirectToDocument(id, issue);
        return;
      }
      code = doc.code();
      title = doc.title();
      limitDays = tthc.withTimeLimit(doc.tthcCodes()).map(t -> t.timeLimitDays()).orElse(null);
      take(documents.version(user.caller(), id, issue));
      loaded = true;
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  private void take(DocumentVersion v) {
    etag = DocumentService.etag(v);
    base = v.content();
    form = DraftForm.of(v.content(), v.changeSummary(), v.changeReason());
    stale = false;
    theirChanges = List.of();
    readFindings();
  }

  private void readFindings() {
    draftFindings = VersionPages.findings(findings, user.caller(), id, issue);
  }

  // ---- saving

  /** Saves; true when it was stored. */
  private boolean store() {
    if (!daysReadable()) {
      return false;
    }
    try {
      DocumentVersion v =
          documents.save(
              user.caller(),
              id,
              issue,
              new DraftData(form.content(), form.getChangeSummary(), form.getChangeReason()),
              etag);
      take(v);
      return true;
    } catch (PreconditionFailed e) {
      DocumentVersion now = documents.version(user.caller(), id, issue);
      stale = true;
      theirChanges = DiffLine.of(VersionDiff.between(base, now.content()));
      Notices.error("editor.stale");
      return false;
    } catch (ProblemException e) {
      Notices.refused(e);
      return false;
    }
  }

  public void save() {
    if (store()) {
      Notices.info("editor.saved");
    }
  }

  /** After a stale save: keeps what this person typed and saves it over the newer version. */
  public void saveOver() throws IOException {
    DocumentVersion now;
    try {
      now = documents.version(user.caller(), id, issue);
    } catch (ProblemException e) {
      Notices.refused(e);
      return;
    }
    if (!now.editable()) {
      Notices.error("editor.noLongerDraft");
      return;
    }
    etag = DocumentService.etag(now);
    base = now.content();
    save();
  }

  /** After a stale save: drops what this person typed and opens the newer version. */
  public void takeTheirs() {
    take(documents.version(user.caller(), id, issue));
    Notices.info("editor.reloaded");
  }

  /**
   * Saves, then sends the draft to review; the findings or missing parts that block it are shown.
   */
  public String submit() {
    if (!store()) {
      return null;
    }
    try {
      documents.submit(user.caller(), id, issue, etag);
      Notices.info("editor.submitted");
      return VersionPages.shown(id, issue);
    } catch (ProblemException e) {
      Notices.refused(e);
      readFindings();
      return null;
    }
  }

  private boolean daysReadable() {
    boolean ok = true;
    if (!DaysText.valid(form.getTimeLimitDays())) {
      Notices.error("editor.days.invalidLimit");
      ok = false;
    }
    List<StepRow> steps = form.getSteps();
    for (int i = 0; i < steps.size(); i++) {
      if (!DaysText.valid(steps.get(i).getDays())) {
        Notices.error("editor.days.invalid", i + 1);
        ok = false;
      }
    }
    return ok;
  }

  // ---- the tables' rows

  public void add(String table) {
    List<?> rows = rows(table);
    switch (table) {
      case "steps" -> DraftForm.add(form.getSteps(), StepRow::new);
      case "citations" -> DraftForm.add(form.getCitations(), CitationRow::new);
      case "dossier" -> DraftForm.add(form.getDossier(), DossierRow::new);
      case "forms" -> DraftForm.add(form.getForms(), FormRow::new);
      case "records" -> DraftForm.add(form.getRecords(), RecordRow::new);
      default -> throw new IllegalArgumentException(table);
    }
    focus = table + ":" + (rows.size() - 1);
  }

  public void remove(String table, int index) {
    DraftForm.remove(rows(table), index);
    focus = table + ":add";
  }

  public void move(String table, int index, int by) {
    DraftForm.move(rows(table), index, by);
    focus = table + ":" + (index + by) + ":" + (by < 0 ? "up" : "down");
  }

  /**
   * A row dragged by its handle and dropped on another row of the same table (editor.js fills the
   * three hidden fields and submits the form, as the move buttons do, so nothing typed is lost).
   */
  public void drop() {
    if (dragTable == null || dragFrom == null || dragTo == null || !TABLES.contains(dragTable)) {
      return;
    }
    DraftForm.moveTo(rows(dragTable), dragFrom, dragTo);
    focus = dragTable + ":" + dragTo;
    dragTable = null;
    dragFrom = null;
    dragTo = null;
  }

  private List<?> rows(String table) {
    return switch (table) {
      case "steps" -> form.getSteps();
      case "citations" -> form.getCitations();
      case "dossier" -> form.getDossier();
      case "forms" -> form.getForms();
      case "records" -> form.getRecords();
      default -> throw new IllegalArgumentException(table);
    };
  }

  // ---- citations from the legal registry

  public void searchLegal() {
    legalHits = List.of();
    if (legalQuery == null || legalQuery.isBlank()) {
      Notices.error("editor.legal.queryRequired");
      return;
    }
    try {
      legalHits =
          search
              .search(user.caller(), legalQuery, "legal", null, new PageRequest(0, PICKS))
              .items();
      if (legalHits.isEmpty()) {
        Notices.info("editor.legal.none");
      }
    } catch (ProblemException e) {
      Notices.refused(e);
    }
  }

  public void pick(Hit hit) {
    form.getCitations().add(CitationRow.picked(hit.number(), hit.title()));
    legalHits = List.of();
    focus = "citations:" + (form.getCitations().size() - 1);
  }

  /**
   * Reads a pasted "Căn cứ pháp lý" paragraph and proposes the citations it holds, for the person
   * to accept; nothing is added yet.
   */
  public void proposeCitations() {
    proposals = null;
    if (pasted == null || pasted.isBlank()) {
      Notices.error("editor.paste.required");
      return;
    }
    if (pasted.length() > CitationProposals.MAX_CHARS) {
      Notices.error("editor.paste.tooLong", CitationProposals.MAX_CHARS);
      return;
    }
    proposals = CitationProposals.of(citationText.recognise(pasted), form.getCitations());
    if (proposals.isEmpty()) {
      Notices.info("editor.paste.none");
      proposals = null;
    }
    focus = "citations:proposals";
  }

  /** Adds the chosen proposals to the citation table, in the paragraph's order. */
  public void acceptCitations() {
    if (proposals == null) {
      return;
    }
    List<CitationRow> accepted = proposals.accepted();
    form.getCitations().removeIf(CitationRow::blank);
    form.getCitations().addAll(accepted);
    Notices.info("editor.paste.added", accepted.size());
    proposals = null;
    pasted = null;
    focus = "citations:" + Math.max(0, form.getCitations().size() - 1);
  }

  public void dropProposals() {
    proposals = null;
    focus = "citations:paste";
  }

  // ---- what the page reads

  public String documentAddress() {
    return VersionPages.address(id, issue);
  }

  /** The row or button the last action touched, for the page's script to put the focus on. */
  public String getDragTable() {
    return dragTable;
  }

  public void setDragTable(String dragTable) {
    this.dragTable = dragTable;
  }

  public Integer getDragFrom() {
    return dragFrom;
  }

  public void setDragFrom(Integer dragFrom) {
    this.dragFrom = dragFrom;
  }

  public Integer getDragTo() {
    return dragTo;
  }

  public void setDragTo(Integer dragTo) {
    this.dragTo = dragTo;
  }

  public String getFocus() {
    return focus;
  }

  public DraftForm getForm() {
    return form;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getLimitDays() {
    return limitDays;
  }

  public BigDecimal getTotalDays() {
    return form == null ? BigDecimal.ZERO : form.totalDays();
  }

  public boolean isOverLimit() {
    return limitDays != null && getTotalDays().compareTo(limitDays) > 0;
  }

  public List<Finding> getFindings() {
    return draftFindings;
  }

  public boolean isStale() {
    return stale;
  }

  public List<DiffLine> getTheirChanges() {
    return theirChanges;
  }

  public boolean isMaySubmit() {
    return operations.contains(VersionOperation.SUBMIT);
  }

  public String getLegalQuery() {
    return legalQuery;
  }

  public void setLegalQuery(String legalQuery) {
    this.legalQuery = legalQuery;
  }

  public String getPasted() {
    return pasted;
  }

  public void setPasted(String pasted) {
    this.pasted = pasted;
  }

  /** The proposals of the last paste, or null when there are none to decide on. */
  public CitationProposals getProposals() {
    return proposals;
  }

  public List<Hit> getLegalHits() {
    return legalHits;
  }

  public long getId() {
    return id;
  }

  public int getIssue() {
    return issue;
  }

  public void setIssue(int issue) {
    this.issue = issue;
  }
}
