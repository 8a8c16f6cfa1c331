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
import java.util.logging.Logger;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.document.DocumentRepository.Filter;
import vn.quytrinh.org.Caller;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.Role;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.PreconditionFailed;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.rest.Preconditions;
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
  private static final String TITLE_TOO_LONG =
      "Tên tài liệu tối đa " + MAX_TITLE + " ký tự (title at most " + MAX_TITLE + " characters).";

  @Inject DocumentRepository docs;
  @Inject OrgService org;
  @Inject TimeSource time;
  @Inject Event<VersionApproved> approvals;
  @Inject Instance<SubmissionCheck> submissionChecks;
  @Inject AuditTrail audit;

  /**
   * Wiring without a container, for tests and bench tools: documents and drafts, without the
   * approval events and submission checks; the caller owns the transaction.
   */
  public static DocumentService standalone(jakarta.persistence.EntityManager em, TimeSource time) {
    DocumentService s = new DocumentService();
    s.docs = new DocumentRepository();
    s.docs.em = em;
    s.org = OrgService.standalone(em, time);
    s.time = time;
    s.audit = AuditTrail.standalone(em);
    return s;
  }

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

  // ---- documents

  public ControlledDocument create(Caller c, DocumentData d) {
    c.require(Role.COORDINATOR);
    DocumentCode code = DocumentCode.parse(d.code());
    List<FieldError> errors = new ArrayList<>();
    String title = Text.cleanOrNull(d.title());
    Set<String> tthc = tthcCodes(d.tthcCodes(), errors);
    int period = reviewPeriod(d.reviewPeriodMonths(), errors);
    if (title == null) {
      errors.add(new FieldError("title", "Tên tài liệu là bắt buộc (title required)."));
    } else if (title.length() > MAX_TITLE) {
      errors.add(new FieldError("title", TITLE_TOO_LONG));
    }
    if (d.kind() == null) {
      errors.add(new FieldError("kind", "Loại tài liệu là bắt buộc (kind required)."));
    }
    if (d.unitCode() == null || !org.unitExists(d.unitCode())) {
      errors.add(
          new FieldError("unitCode", "Không có đơn vị " + d.unitCode() + " (no such unit)."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("Thông tin tài liệu không hợp lệ.", errors);
    }
    c.requireIn(d.unitCode(), Role.COORDINATOR);
    if (docs.findByCode(d.unitCode(), code.key()).isPresent()) {
      throw new Conflict(
          "Mã hiệu " + code + " đã có trong đơn vị " + d.unitCode() + " (duplicate code).");
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
      errors.add(new FieldError("title", "Tên tài liệu là bắt buộc (title required)."));
    } else if (t.length() > MAX_TITLE) {
      errors.add(new FieldError("title", TITLE_TOO_LONG));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("Thông tin tài liệu không hợp lệ.", errors);
    }
    vn.quytrinh.audit.Changes.Builder change =
        vn.quytrinh.audit.Changes.of()
            .field("tên", doc.title(), t)
            .field("TTHC", new java.util.TreeSet<>(doc.tthcCodes()), tthc)
            .field("chu kỳ rà soát", doc.reviewPeriodMonths(), period);
    doc.describe(t, tthc, period);
    flush(ifMatch);
    audit.record(
        c.username(), "UPDATE", "DOCUMENT", doc.id(), doc.unitCode(), doc.code() + ": " + change);
    return doc;
  }

  public Page<ControlledDocument> list(
      Caller c, String unit, DocumentKind kind, VersionStatus status, String q, PageRequest page) {
    return list(c, new Criteria(unit, kind, status, null, q, null, false), page);
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
      throw new InvalidInput("reason", "Cần ghi lý do thu hồi (reason required).");
    }
    doc.withdraw(r, actor(c), time.today(), time.now());
    flush(ifMatch);
    audit.record(
        c.username(), "WITHDRAW", "DOCUMENT", doc.id(), doc.unitCode(), doc.code() + ": " + r);
    return doc;
  }

  // ---- versions

  public DocumentVersion version(Caller c, long id, int issueNo) {
    return visibleVersion(c, visible(c, id), issueNo);
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
      throw new InvalidInput("Nội dung phiên bản không hợp lệ.", errors);
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
        throw new IllegalTransition(
                "Dự thảo có lỗi phải sửa trước khi trình xem xét (findings block the submission).")
            .with("findings", blocking);
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
      throw new InvalidInput("decision", "Cần chọn ACCEPT hoặc RETURN (decision required).");
    }
    Actor me = actor(c);
    String note = within("comment", Text.cleanOrNull(comment));
    if (decision == ReviewDecision.RETURN) {
      v.returnFromReview(me, note, time.now());
    } else {
      v.checkReviewableBy(me);
      requirePassword(c, password, v, "xem xét");
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
      throw new InvalidInput("decision", "Cần chọn APPROVE hoặc RETURN (decision required).");
    }
    Actor me = actor(c);
    within("comment", comment);
    if (decision == ApprovalDecision.RETURN) {
      v.returnFromApproval(me, Text.cleanOrNull(comment), time.now());
      flush(ifMatch);
      record(c, "RETURN_AT_APPROVAL", v, Text.cleanOrNull(comment));
    } else {
      LocalDate today = time.today();
      LocalDate from = effectiveFrom == null ? today : effectiveFrom;
      if (from.isBefore(today)) {
        throw new InvalidInput(
            "effectiveFrom",
            "Ngày hiệu lực không được trước hôm nay " + today + " (effectiveFrom is in the past).");
      }
      v.checkApprovableBy(me);
      requirePassword(c, password, v, "phê duyệt");
      v.approve(me, SignedContent.of(v).sha256(), from, time.now());
      if (!from.isAfter(today)) {
        doc.activate(v, today, me, time.now());
      }
      flush(ifMatch);
      record(c, "APPROVE", v, "hiệu lực từ " + from);
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
  public java.util.Optional<ControlledDocument> forIndex(long id) {
    return docs.find(id);
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
    c.requireVisible(unit, "đơn vị " + unit);
    Filter f = new Filter(null, unit, null, null, null, false);
    return docs.list(f, 0, Integer.MAX_VALUE);
  }

  /** Documents a caller may see the work of, for the consistency checks. */
  public List<ControlledDocument> forChecks(Caller c, String unit, Long documentId) {
    if (documentId != null) {
      ControlledDocument d = visible(c, documentId);
      return c.readsWorkOf(d.unitCode()) ? List.of(d) : List.of();
    }
    Set<String> units = c.provinceWide() ? null : c.scope();
    Filter f = new Filter(units, unit, null, null, null, false);
    return docs.list(f, 0, Integer.MAX_VALUE).stream()
        .filter(d -> c.readsWorkOf(d.unitCode()))
        .toList();
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
        v.document().code() + " lần " + v.issueNo() + " có hiệu lực từ " + today);
    LOG.info(
        () ->
            "Version " + v.document().code() + " lần " + v.issueNo() + " took effect on " + today);
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
        d.code()
            + " lần "
            + v.issueNo()
            + " → "
            + v.status()
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
        docs.find(id).orElseThrow(() -> new DocumentNotFound("tài liệu " + id));
    if (!c.sees(doc.unitCode())) {
      throw new DocumentNotFound("tài liệu " + id);
    }
    if (!c.readsWorkOf(doc.unitCode()) && doc.effectiveIssueNo() == null) {
      throw new DocumentNotFound("tài liệu " + id);
    }
    return doc;
  }

  private DocumentVersion visibleVersion(Caller c, ControlledDocument doc, int issueNo) {
    DocumentVersion v =
        doc.version(issueNo)
            .orElseThrow(
                () -> new DocumentNotFound("lần ban hành " + issueNo + " của " + doc.code()));
    if (!c.readsWorkOf(doc.unitCode()) && v.status() != VersionStatus.EFFECTIVE) {
      throw new DocumentNotFound("lần ban hành " + issueNo + " của " + doc.code());
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
      throw new InvalidInput(
          field, "Tối đa " + MAX_NOTE + " ký tự (at most " + MAX_NOTE + " characters).");
    }
    return text;
  }

  /** A signature re-checks the password; a refused one stays on record though nothing changes. */
  private void requirePassword(Caller c, String password, DocumentVersion v, String capacity) {
    if (!org.verifyPassword(c.username(), password)) {
      ControlledDocument d = v.document();
      audit.recordAlone(
          c.username(),
          "SIGNATURE_REFUSED",
          "VERSION",
          d.id() + "/" + v.issueNo(),
          d.unitCode(),
          "Ký " + capacity + " " + d.code() + " lần " + v.issueNo() + ": sai mật khẩu");
      throw new SignatureRefused();
    }
  }

  private void flush(String ifMatch) {
    try {
      docs.flush();
    } catch (OptimisticLockException e) {
      if (ifMatch != null) {
        throw new PreconditionFailed(
            "Phiên bản vừa được người khác thay đổi; If-Match không còn đúng (modified concurrently).");
      }
      throw new Conflict(
          "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại (modified concurrently).");
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
      errors.add(new FieldError("tthcCodes", "Tối đa 200 mã TTHC (at most 200)."));
      return out;
    }
    for (int i = 0; i < codes.size(); i++) {
      if (!TthcCode.isValid(codes.get(i))) {
        errors.add(
            new FieldError(
                "tthcCodes[" + i + "]",
                "Mã TTHC không hợp lệ: dạng 1.001193 hoặc 2.000815.000.00.00.H55 (invalid TTHC code)."));
      } else {
        out.add(TthcCode.parse(codes.get(i)).value());
      }
    }
    return out;
  }

  private static int reviewPeriod(Integer months, List<FieldError> errors) {
    int m = months == null ? 12 : months;
    if (m < 1 || m > 120) {
      errors.add(
          new FieldError(
              "reviewPeriodMonths", "Chu kỳ rà soát từ 1 đến 120 tháng (1..120 months)."));
    }
    return m;
  }

  private static void text(List<FieldError> errors, String field, String value) {
    if (value != null && value.length() > 4000) {
      errors.add(new FieldError(field, "Tối đa 4000 ký tự (at most 4000 characters)."));
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
