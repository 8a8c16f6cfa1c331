package vn.quytrinh.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.document.DocumentRepository.Filter;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.PreconditionFailed;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.TthcCode;

/**
 * Controlled documents and their lifecycle: the transaction boundary. Who may do what is checked
 * here for every call (roles and unit scope); the rules of the lifecycle live in the aggregate.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

  private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

  static final int MAX_TITLE = 1000;
  static final int MAX_NOTE = 4000;

  private DocumentRepository docs;
  private OrgService org;
  private TimeSource time;
  private Event<VersionApproved> approvals;
  private Instance<SubmissionCheck> submissionChecks;
  private AuditTrail audit;

  @Inject
  public DocumentService(
      DocumentRepository docs,
      OrgService org,
      TimeSource time,
      Event<VersionApproved> approvals,
      Instance<SubmissionCheck> submissionChecks,
      AuditTrail audit) {
    this.docs = docs;
    this.org = org;
    this.time = time;
    this.approvals = approvals;
    this.submissionChecks = submissionChecks;
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected DocumentService() {}

  public record DocumentData(
      String code,
      String title,
      DocumentKind kind,
      String unitCode,
      List<String> tthcCodes,
      Integer reviewPeriodMonths) {}

  public record DraftData(ProcedureContent content, String changeSummary, String changeReason) {}

  public enum ReviewDecision {
    ACCEPT,
    RETURN
  }

  public enum ApprovalDecision {
    APPROVE,
    RETURN
  }

  // ---- views, built inside the transaction
  //
  // A caller that turns what a call returns into a view (a response body, a page's model) passes
  // the view here: it runs before the transaction ends, so it reads what the call loaded (batched,
  // see the entities) and never a lazy association of a detached entity afterwards.

  /** A document and the versions this caller may see of it, turned into a view. */
  public <V> V create(
      Caller c, DocumentData d, BiFunction<ControlledDocument, List<DocumentVersion>, V> view) {
    return seen(c, create(c, d), view);
  }

  public <V> V get(
      Caller c, long id, BiFunction<ControlledDocument, List<DocumentVersion>, V> view) {
    return seen(c, get(c, id), view);
  }

  public <V> V describe(
      Caller c,
      long id,
      String title,
      List<String> tthcCodes,
      Integer months,
      String ifMatch,
      BiFunction<ControlledDocument, List<DocumentVersion>, V> view) {
    return seen(c, describe(c, id, title, tthcCodes, months, ifMatch), view);
  }

  public <V> V withdraw(
      Caller c,
      long id,
      String reason,
      String ifMatch,
      BiFunction<ControlledDocument, List<DocumentVersion>, V> view) {
    return seen(c, withdraw(c, id, reason, ifMatch), view);
  }

  /**
   * A page of documents as views; the page costs the same statements whatever its size: the
   * documents, their count, then each association the views read, for the whole page at once.
   */
  public <V> Page<V> list(
      Caller c,
      Criteria k,
      PageRequest page,
      BiFunction<ControlledDocument, List<DocumentVersion>, V> view) {
    return list(c, k, page).map(d -> seen(c, d, view));
  }

  public <V> V version(Caller c, long id, int issueNo, Function<DocumentVersion, V> view) {
    return view.apply(version(c, id, issueNo));
  }

  public <V> V startVersion(Caller c, long id, Function<DocumentVersion, V> view) {
    return view.apply(startVersion(c, id));
  }

  public <V> V save(
      Caller c,
      long id,
      int issueNo,
      DraftData d,
      String ifMatch,
      Function<DocumentVersion, V> view) {
    return view.apply(save(c, id, issueNo, d, ifMatch));
  }

  public <V> V submit(
      Caller c, long id, int issueNo, String ifMatch, Function<DocumentVersion, V> view) {
    return view.apply(submit(c, id, issueNo, ifMatch));
  }

  public <V> V review(
      Caller c,
      long id,
      int issueNo,
      ReviewDecision decision,
      String comment,
      String password,
      String ifMatch,
      Function<DocumentVersion, V> view) {
    return view.apply(review(c, id, issueNo, decision, comment, password, ifMatch));
  }

  public <V> V approve(
      Caller c,
      long id,
      int issueNo,
      ApprovalDecision decision,
      String comment,
      String password,
      LocalDate effectiveFrom,
      String ifMatch,
      Function<DocumentVersion, V> view) {
    return view.apply(approve(c, id, issueNo, decision, comment, password, effectiveFrom, ifMatch));
  }

  /** A version with its signatures, as a view: anyone who may read the version. */
  public <V> V forHistory(Caller c, long id, int issueNo, Function<DocumentVersion, V> view) {
    return view.apply(forHistory(c, id, issueNo));
  }

  /** A version with its whole history, as a view: only those who read the unit's work. */
  public <V> V forWorkHistory(Caller c, long id, int issueNo, Function<DocumentVersion, V> view) {
    return view.apply(forWorkHistory(c, id, issueNo));
  }

  /**
   * A document's page: the version asked for (else the one in force, else the newest the caller may
   * see) and every version the caller may see, read at once and built inside the transaction.
   */
  public DocumentReading reading(Caller c, long id, Integer issueNo) {
    ControlledDocument doc = visible(c, id);
    List<DocumentVersion> visible = versionsFor(c, doc);
    int shown =
        issueNo != null
            ? issueNo
            : doc.effectiveIssueNo() != null
                ? doc.effectiveIssueNo()
                : visible.isEmpty() ? -1 : visible.get(visible.size() - 1).issueNo();
    return DocumentReading.of(
        doc, visibleVersion(c, doc, shown), visible, c.readsWorkOf(doc.unitCode()));
  }

  private <V> V seen(
      Caller c,
      ControlledDocument d,
      BiFunction<ControlledDocument, List<DocumentVersion>, V> view) {
    return view.apply(d, versionsFor(c, d));
  }

  // ---- documents

  public ControlledDocument create(Caller c, DocumentData d) {
    c.require(Role.COORDINATOR);
    DocumentCode code = DocumentCode.parse(d.code());
    List<FieldError> errors = new ArrayList<>();
    String title = Text.cleanOrNull(d.title());
    Set<String> tthc = tthcCodes(d.tthcCodes(), errors);
    int period = reviewPeriod(d.reviewPeriodMonths(), errors);
    if (title == null) {
      errors.add(new FieldError("title", "validation.document.title.required"));
    } else if (title.length() > MAX_TITLE) {
      errors.add(new FieldError("title", "validation.tooLong", MAX_TITLE));
    }
    if (d.kind() == null) {
      errors.add(new FieldError("kind", "validation.document.kind.required"));
    }
    if (d.unitCode() == null || !org.unitExists(d.unitCode())) {
      errors.add(new FieldError("unitCode", "problem.unit.notFound", d.unitCode()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.document.invalid");
    }
    c.requireIn(d.unitCode(), Role.COORDINATOR);
    if (docs.findByCode(d.unitCode(), code.key()).isPresent()) {
      throw new Conflict("problem.document.duplicateCode", code, d.unitCode());
    }
    ControlledDocument doc =
        new ControlledDocument(
            code, title, d.kind(), d.unitCode(), tthc, period, actor(c), time.now());
    docs.add(doc);
    audit.record(
        c.username(),
        "CREATE",
        "DOCUMENT",
        doc.id(),
        doc.unitCode(),
        doc.code() + " – " + doc.title());
    return doc;
  }

  /**
   * The units the caller may create documents in: the own unit and its sub-units for a coordinator,
   * none for anyone else. {@link #create} checks the same.
   */
  public List<String> unitsForNewDocuments(Caller c) {
    if (!c.has(Role.COORDINATOR)) {
      return List.of();
    }
    List<String> units = new ArrayList<>(new TreeSet<>(c.scope()));
    if (c.unitCode() != null && units.remove(c.unitCode())) {
      units.add(0, c.unitCode());
    }
    return units;
  }

  public ControlledDocument describe(
      Caller c, long id, String title, List<String> tthcCodes, Integer months, String ifMatch) {
    ControlledDocument doc = visible(c, id);
    c.requireIn(doc.unitCode(), Role.COORDINATOR);
    Preconditions.check(ifMatch, etag(doc), true);
    List<FieldError> errors = new ArrayList<>();
    Set<String> tthc = tthcCodes(tthcCodes, errors);
    int period = reviewPeriod(months, errors);
    String t = Text.cleanOrNull(title);
    if (t == null) {
      errors.add(new FieldError("title", "validation.document.title.required"));
    } else if (t.length() > MAX_TITLE) {
      errors.add(new FieldError("title", "validation.tooLong", MAX_TITLE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.document.invalid");
    }
    vn.quytrinh.audit.Changes.Builder change =
        vn.quytrinh.audit.Changes.of()
            .field("audit.field.document.title", doc.title(), t)
            .field("TTHC", new java.util.TreeSet<>(doc.tthcCodes()), tthc)
            .field("audit.field.document.reviewPeriod", doc.reviewPeriodMonths(), period);
    doc.describe(t, tthc, period);
    flush(ifMatch);
    audit.record(
        c.username(), "UPDATE", "DOCUMENT", doc.id(), doc.unitCode(), doc.code() + ": " + change);
    return doc;
  }

  /** What a list of documents may be narrowed and ordered by. */
  public record Criteria(
      String unit,
      DocumentKind kind,
      VersionStatus status,
      String tthc,
      String q,
      DocumentSort sort,
      boolean descending) {}

  /**
   * A page of the documents the caller may see, filtered and sorted in the database. A reader (no
   * role that reads a unit's work) sees documents in force only.
   */
  public Page<ControlledDocument> list(Caller c, Criteria k, PageRequest page) {
    Set<String> units = c.provinceWide() ? null : c.scope();
    boolean effectiveOnly = !c.hasAny(Role.READ_ALL);
    Filter f =
        new Filter(
            units,
            k.unit(),
            k.kind(),
            effectiveOnly ? null : k.status(),
            Text.fold(k.q()).isEmpty() ? null : k.q(),
            effectiveOnly,
            k.tthc(),
            k.sort(),
            k.descending());
    if (effectiveOnly && k.status() != null && k.status() != VersionStatus.EFFECTIVE) {
      return new Page<>(List.of(), 0, page.page(), page.size());
    }
    return new Page<>(
        docs.list(f, page.offset(), page.size()), docs.count(f), page.page(), page.size());
  }

  public ControlledDocument get(Caller c, long id) {
    return visible(c, id);
  }

  /** The versions this caller may see: all of them, or only the one in force for a reader. */
  public List<DocumentVersion> versionsFor(Caller c, ControlledDocument doc) {
    return c.readsWorkOf(doc.unitCode())
        ? doc.versions()
        : doc.versions().stream().filter(v -> v.status() == VersionStatus.EFFECTIVE).toList();
  }

  public ControlledDocument withdraw(Caller c, long id, String reason, String ifMatch) {
    ControlledDocument doc = visible(c, id);
    c.requireIn(doc.unitCode(), Role.APPROVER);
    Preconditions.check(ifMatch, etag(doc), false);
    String r = within("reason", Text.cleanOrNull(reason));
    if (r == null) {
      throw new InvalidInput("reason", "validation.withdraw.reason");
    }
    doc.withdraw(r, actor(c), time.today(), time.now());
    flush(ifMatch);
    audit.record(
        c.username(), "WITHDRAW", "DOCUMENT", doc.id(), doc.unitCode(), doc.code() + ": " + r);
    return doc;
  }

  // ---- versions

  /**
   * One version the caller may read: one statement (the version with its document), a second when
   * the view reads its drafters; when it finds nothing, the document is looked up to say which of
   * the two is missing.
   */
  public DocumentVersion version(Caller c, long id, int issueNo) {
    DocumentVersion v = docs.findVersion(id, issueNo).orElse(null);
    if (v == null) {
      return visibleVersion(c, visible(c, id), issueNo);
    }
    ControlledDocument doc = v.document();
    if (!c.sees(doc.unitCode())
        || !c.readsWorkOf(doc.unitCode()) && doc.effectiveIssueNo() == null) {
      throw new DocumentNotFound("problem.document.notFound", id);
    }
    return visibleVersion(c, doc, v);
  }

  /**
   * What the caller may do to this version now (edit, submit, review, approve, start a revision,
   * withdraw): the pages and the API ask this rather than work it out again. The other methods
   * still refuse what is not allowed.
   */
  public java.util.Set<VersionOperation> operations(Caller c, long id, int issueNo) {
    ControlledDocument doc = visible(c, id);
    return VersionOperations.allowed(c, doc, visibleVersion(c, doc, issueNo));
  }

  public DocumentVersion startVersion(Caller c, long id) {
    ControlledDocument doc = visible(c, id);
    c.requireIn(doc.unitCode(), Role.COORDINATOR);
    DocumentVersion v = doc.startVersion(actor(c), time.now());
    flush(null);
    record(c, "START_VERSION", v, null);
    return v;
  }

  public DocumentVersion save(Caller c, long id, int issueNo, DraftData d, String ifMatch) {
    ControlledDocument doc = visible(c, id);
    c.requireIn(doc.unitCode(), Role.COORDINATOR);
    DocumentVersion v = visibleVersion(c, doc, issueNo);
    Preconditions.check(ifMatch, etag(v), true);
    List<FieldError> errors = new ArrayList<>(ContentRules.check(d.content(), "content."));
    text(errors, "changeSummary", d.changeSummary());
    text(errors, "changeReason", d.changeReason());
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.version.invalidContent");
    }
    String before = SignedContent.of(v).sha256();
    v.edit(
        d.content(),
        Text.cleanOrNull(d.changeSummary()),
        Text.cleanOrNull(d.changeReason()),
        actor(c),
        time.now());
    flush(ifMatch);
    record(
        c,
        "SAVE",
        v,
        "SHA-256 "
            + before.substring(0, 12)
            + " → "
            + SignedContent.of(v).sha256().substring(0, 12));
    return v;
  }

  public DocumentVersion submit(Caller c, long id, int issueNo, String ifMatch) {
    ControlledDocument doc = visible(c, id);
    c.requireIn(doc.unitCode(), Role.COORDINATOR);
    DocumentVersion v = visibleVersion(c, doc, issueNo);
    Preconditions.check(ifMatch, etag(v), false);
    if (v.status() == VersionStatus.DRAFT) {
      List<Object> blocking = new ArrayList<>();
      submissionChecks.forEach(check -> blocking.addAll(check.blockingFindings(v)));
      if (!blocking.isEmpty()) {
        throw new IllegalTransition("problem.version.findingsBlock").with("findings", blocking);
      }
    }
    v.submitForReview(actor(c), time.now());
    flush(ifMatch);
    record(c, "SUBMIT", v, null);
    return v;
  }

  public DocumentVersion review(
      Caller c,
      long id,
      int issueNo,
      ReviewDecision decision,
      String comment,
      String password,
      String ifMatch) {
    ControlledDocument doc = visible(c, id);
    c.requireIn(doc.unitCode(), Role.REVIEWER);
    DocumentVersion v = visibleVersion(c, doc, issueNo);
    Preconditions.check(ifMatch, etag(v), false);
    if (decision == null) {
      throw new InvalidInput("decision", "validation.review.decision");
    }
    Actor me = actor(c);
    String note = within("comment", Text.cleanOrNull(comment));
    if (decision == ReviewDecision.RETURN) {
      v.returnFromReview(me, note, time.now());
    } else {
      v.checkReviewableBy(me);
      requirePassword(c, password, v, SignatureCapacity.REVIEW);
      v.acceptReview(me, SignedContent.of(v).sha256(), time.now());
    }
    flush(ifMatch);
    record(c, decision == ReviewDecision.RETURN ? "RETURN_AT_REVIEW" : "ACCEPT_REVIEW", v, note);
    return v;
  }

  public DocumentVersion approve(
      Caller c,
      long id,
      int issueNo,
      ApprovalDecision decision,
      String comment,
      String password,
      LocalDate effectiveFrom,
      String ifMatch) {
    ControlledDocument doc = visible(c, id);
    c.requireIn(doc.unitCode(), Role.APPROVER);
    DocumentVersion v = visibleVersion(c, doc, issueNo);
    Preconditions.check(ifMatch, etag(v), false);
    if (decision == null) {
      throw new InvalidInput("decision", "validation.approval.decision");
    }
    Actor me = actor(c);
    within("comment", comment);
    if (decision == ApprovalDecision.RETURN) {
      v.returnFromApproval(me, Text.cleanOrNull(comment), time.now());
      flush(ifMatch);
      record(c, "RETURN_AT_APPROVAL", v, Text.cleanOrNull(comment));
    } else {
      LocalDate today = time.today();
      LocalDate from = ControlledDocument.effectiveDate(effectiveFrom, today);
      v.checkApprovableBy(me);
      requirePassword(c, password, v, SignatureCapacity.APPROVAL);
      doc.approve(v, me, SignedContent.of(v).sha256(), from, today, time.now());
      flush(ifMatch);
      record(c, "APPROVE", v, Messages.vi("audit.version.effectiveFrom", from.toString()));
      approvals.fire(
          new VersionApproved(doc.id(), doc.unitCode(), v.issueNo(), today, c.username()));
    }
    flush(ifMatch);
    return v;
  }

  public List<VersionDiff.Change> diff(Caller c, long id, int issueNo, int against) {
    ControlledDocument doc = visible(c, id);
    requireWorkReader(c, doc);
    DocumentVersion newer = visibleVersion(c, doc, issueNo);
    DocumentVersion older = visibleVersion(c, doc, against);
    return VersionDiff.between(older.content(), newer.content());
  }

  /** A document as the search index sees it, with no caller: the index filters by scope itself. */
  public <V> java.util.Optional<V> forIndex(long id, Function<ControlledDocument, V> entry) {
    return docs.find(id).map(entry);
  }

  /**
   * Documents as the search index sees them, turned into entries inside the read: the same
   * statements for a page of ids whatever its size (the versions and TTHC codes batch-fetched).
   */
  public <V> List<V> forIndex(List<Long> ids, Function<ControlledDocument, V> entry) {
    return docs.findAll(ids).stream().map(entry).toList();
  }

  /** Ids of every document, a page at a time, for rebuilding the search index. */
  public List<Long> idsForIndex(long afterId, int limit) {
    return docs.ids(afterId, limit);
  }

  /** A document of a unit by its code, as a coordinator of that unit sees it. */
  public java.util.Optional<ControlledDocument> byCode(Caller c, String unit, String code) {
    c.requireIn(unit, Role.COORDINATOR);
    return docs.findByCode(unit, DocumentCode.parse(code).key());
  }

  /** A version the caller may read, with its document, for an export. */
  public DocumentVersion forExport(Caller c, long id, int issueNo) {
    return version(c, id, issueNo);
  }

  /** The unit's documents, for its manual and registers; 404 outside the caller's scope. */
  public List<ControlledDocument> ofUnit(Caller c, String unit) {
    c.requireVisible(unit, unit);
    Filter f = new Filter(null, unit, null, null, null, false);
    return docs.list(f, 0, Integer.MAX_VALUE);
  }

  /** Documents a caller may see the work of, for the consistency checks. */
  public List<ControlledDocument> forChecks(Caller c, String unit, Long documentId) {
    if (documentId != null) {
      ControlledDocument d = visible(c, documentId);
      return c.readsWorkOf(d.unitCode()) ? List.of(d) : List.of();
    }
    if (!c.hasAny(Role.READ_ALL) || (unit != null && !c.sees(unit))) {
      return List.of();
    }
    // the units asked only: the one named, else the caller's scope
    Set<String> units = unit != null ? Set.of(unit) : c.provinceWide() ? null : c.scope();
    return docs.forChecks(units);
  }

  /** The units holding any document, of those whose work the caller reads, in code order. */
  public List<String> unitsWithDocuments(Caller c) {
    if (!c.hasAny(Role.READ_ALL)) {
      return List.of();
    }
    return docs.unitCodes().stream().filter(c::readsWorkOf).toList();
  }

  /** A version for its signatures: anyone who may read the version. */
  public DocumentVersion forHistory(Caller c, long id, int issueNo) {
    ControlledDocument doc = visible(c, id);
    return visibleVersion(c, doc, issueNo);
  }

  /**
   * A version for its history, which holds return comments and every step of the work: only those
   * who read the unit's work.
   */
  public DocumentVersion forWorkHistory(Caller c, long id, int issueNo) {
    ControlledDocument doc = visible(c, id);
    requireWorkReader(c, doc);
    return visibleVersion(c, doc, issueNo);
  }

  // ---- scheduled effective dates

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> dueVersions() {
    return docs.dueVersionIds(time.today());
  }

  /** Makes one scheduled version effective if it still is due; true when this call did it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean activateIfDue(long versionId) {
    LocalDate today = time.today();
    if (!docs.activateIfDue(versionId, today)) {
      return false;
    }
    DocumentVersion v = docs.findVersion(versionId).orElseThrow();
    v.document().activatedInDatabase(v, today, time.now());
    docs.flush();
    audit.record(
        "system",
        "TAKE_EFFECT",
        "VERSION",
        v.document().id() + "/" + v.issueNo(),
        v.document().unitCode(),
        Messages.vi(
            "audit.version.tookEffect", v.document().code(), v.issueNo(), today.toString()));
    LOG.info(
        () ->
            "Version "
                + v.document().code()
                + " issue "
                + v.issueNo()
                + " took effect on "
                + today);
    return true;
  }

  // ---- helpers

  private void record(Caller c, String action, DocumentVersion v, String detail) {
    ControlledDocument d = v.document();
    audit.record(
        c.username(),
        action,
        "VERSION",
        d.id() + "/" + v.issueNo(),
        d.unitCode(),
        Messages.vi("audit.version.moved", d.code(), v.issueNo(), v.status().name())
            + (detail == null ? "" : ": " + detail));
  }

  public static String etag(DocumentVersion v) {
    return Preconditions.etag("v" + v.id(), v.rowVersion());
  }

  public static String etag(ControlledDocument d) {
    return Preconditions.etag("d" + d.id(), d.rowVersion());
  }

  private ControlledDocument visible(Caller c, long id) {
    ControlledDocument doc =
        docs.find(id).orElseThrow(() -> new DocumentNotFound("problem.document.notFound", id));
    if (!c.sees(doc.unitCode())) {
      throw new DocumentNotFound("problem.document.notFound", id);
    }
    if (!c.readsWorkOf(doc.unitCode()) && doc.effectiveIssueNo() == null) {
      throw new DocumentNotFound("problem.document.notFound", id);
    }
    return doc;
  }

  private DocumentVersion visibleVersion(Caller c, ControlledDocument doc, int issueNo) {
    DocumentVersion v =
        doc.version(issueNo)
            .orElseThrow(
                () -> new DocumentNotFound("problem.version.notFound", issueNo, doc.code()));
    return visibleVersion(c, doc, v);
  }

  private static DocumentVersion visibleVersion(
      Caller c, ControlledDocument doc, DocumentVersion v) {
    if (!c.readsWorkOf(doc.unitCode()) && v.status() != VersionStatus.EFFECTIVE) {
      throw new DocumentNotFound("problem.version.notFound", v.issueNo(), doc.code());
    }
    return v;
  }

  private static void requireWorkReader(Caller c, ControlledDocument doc) {
    if (!c.readsWorkOf(doc.unitCode())) {
      c.require(Role.COORDINATOR, Role.REVIEWER, Role.APPROVER, Role.AUDITOR, Role.OVERSIGHT);
    }
  }

  /** A reason or comment kept with a decision, refused when longer than the record holds. */
  private static String within(String field, String text) {
    if (text != null && text.length() > MAX_NOTE) {
      throw new InvalidInput(field, "validation.tooLong", MAX_NOTE);
    }
    return text;
  }

  /** A signature re-checks the password; a refused one stays on record though nothing changes. */
  private void requirePassword(
      Caller c, String password, DocumentVersion v, SignatureCapacity capacity) {
    if (!org.verifyPassword(c.username(), password)) {
      ControlledDocument d = v.document();
      audit.recordAlone(
          c.username(),
          "SIGNATURE_REFUSED",
          "VERSION",
          d.id() + "/" + v.issueNo(),
          d.unitCode(),
          Messages.vi(
              "audit.signature.refused",
              capacity.label().toLowerCase(Messages.VI),
              d.code(),
              v.issueNo()));
      throw new SignatureRefused();
    }
  }

  private void flush(String ifMatch) {
    try {
      docs.flush();
    } catch (OptimisticLockException e) {
      // "*" holds while the version exists: a concurrent save is then a conflict, not a stale tag
      if (ifMatch != null && !vn.quytrinh.platform.rest.Preconditions.isAny(ifMatch)) {
        throw new PreconditionFailed("problem.version.modifiedConcurrently");
      }
      throw new Conflict("problem.concurrentModification");
    }
  }

  static Actor actor(Caller c) {
    return new Actor(c.username(), c.fullName(), c.position());
  }

  private static Set<String> tthcCodes(List<String> codes, List<FieldError> errors) {
    Set<String> out = new TreeSet<>();
    if (codes == null) {
      return out;
    }
    if (codes.size() > 200) {
      errors.add(new FieldError("tthcCodes", "validation.tthc.tooMany", 200));
      return out;
    }
    for (int i = 0; i < codes.size(); i++) {
      if (!TthcCode.isValid(codes.get(i))) {
        errors.add(new FieldError("tthcCodes[" + i + "]", "validation.tthc.code"));
      } else {
        out.add(TthcCode.parse(codes.get(i)).value());
      }
    }
    return out;
  }

  private static int reviewPeriod(Integer months, List<FieldError> errors) {
    int m = months == null ? 12 : months;
    if (m < 1 || m > 120) {
      errors.add(new FieldError("reviewPeriodMonths", "validation.document.reviewPeriod", 1, 120));
    }
    return m;
  }

  private static void text(List<FieldError> errors, String field, String value) {
    if (value != null && value.length() > 4000) {
      errors.add(new FieldError(field, "validation.tooLong", 4000));
    }
  }

  /** Names of the people behind usernames, for views; unknown usernames stay as they are. */
  public Map<String, String> names(Set<String> usernames) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String u : usernames) {
      out.put(u, org.findUser(u).map(x -> x.fullName()).orElse(u));
    }
    return out;
  }

  // ---- work queues ("Việc của tôi")

  /** The queues of versions waiting for someone: the role that works on them, and their status. */
  public enum Queue {
    DRAFTS(Role.COORDINATOR, VersionStatus.DRAFT),
    TO_REVIEW(Role.REVIEWER, VersionStatus.IN_REVIEW),
    TO_APPROVE(Role.APPROVER, VersionStatus.REVIEWED);

    final Role role;
    final VersionStatus status;

    Queue(Role role, VersionStatus status) {
      this.role = role;
      this.status = status;
    }
  }

  /** One version in a work queue, read inside the transaction. */
  public record QueuedVersion(
      long documentId,
      String code,
      String title,
      String unitCode,
      int issueNo,
      VersionStatus status,
      Instant changedAt,
      String lastComment) {}

  /**
   * Versions waiting for the caller in one queue, within the units the caller works in, paged in
   * the database. Separation of duties shows here already: a version the caller drafted never waits
   * for their review or approval. Without the queue's role the page is empty.
   */
  /** Whether the person's roles give them this queue at all (a reader or an overseer has none). */
  public boolean hasQueue(Caller c, Queue q) {
    return c.has(q.role);
  }

  public Page<QueuedVersion> queue(Caller c, Queue q, PageRequest page) {
    if (!c.has(q.role)) {
      return new Page<>(List.of(), 0, page.page(), page.size());
    }
    Set<String> units = c.provinceWide() ? null : c.scope();
    String notDraftedBy = q == Queue.DRAFTS ? null : c.username();
    List<QueuedVersion> items =
        docs.versionsIn(units, q.status, notDraftedBy, page.offset(), page.size()).stream()
            .map(
                v ->
                    new QueuedVersion(
                        v.document().id(),
                        v.document().code(),
                        v.document().title(),
                        v.document().unitCode(),
                        v.issueNo(),
                        v.status(),
                        v.updatedAt(),
                        v.lastComment()))
            .toList();
    return new Page<>(
        items, docs.countVersionsIn(units, q.status, notDraftedBy), page.page(), page.size());
  }
}
