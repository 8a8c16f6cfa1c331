package vn.quytrinh.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.document.VersionApproved;
import vn.quytrinh.legal.LegalRelation;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.persistence.NativeSql;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.TthcChange;
import vn.quytrinh.tthc.TthcChangeKind;
import vn.quytrinh.tthc.TthcService;

/**
 * Records changes of the law and of TTHC and, in the same transaction, flags every procedure they
 * reach. Flags close when a newer version is approved, or when an approver dismisses them.
 */
@ApplicationScoped
@Transactional
public class ImpactService {

  private LegalService legal;
  private TthcService tthc;
  private ImpactEngine engine;
  private TimeSource time;
  private AuditTrail audit;
  private RevisionFlagRepository flags;
  private EntityManager em;
  private Measures measures;

  @Inject
  public ImpactService(
      LegalService legal,
      TthcService tthc,
      ImpactEngine engine,
      TimeSource time,
      AuditTrail audit,
      RevisionFlagRepository flags,
      EntityManager em,
      Measures measures) {
    this.legal = legal;
    this.tthc = tthc;
    this.engine = engine;
    this.time = time;
    this.audit = audit;
    this.flags = flags;
    this.em = em;
    this.measures = measures;
  }

  /** For the CDI client proxy only. */
  protected ImpactService() {}

  /**
   * How many flags an answer lists at most. Above it the answer lists the first of them (in the
   * order the documents were created) and counts the rest, which {@code GET /flags?relationId=} (or
   * {@code tthcChangeId=}) pages through; the audit trail then records each unit's counts without
   * the codes. So the answer to a national amendment (175,000 flags) costs a page, not 175,000 rows
   * read and sent.
   */
  public static final int ANSWER_MAX_FLAGS = 1_000;

  /** {@link #ANSWER_MAX_FLAGS}; a test lowers it to see the summary without a thousand flags. */
  int answerMax = ANSWER_MAX_FLAGS;

  /**
   * A relation recorded, with the flags it raised in the units whose work the caller reads; those
   * it raised elsewhere are only counted (who records an amendment need not read every unit). Above
   * {@link #ANSWER_MAX_FLAGS}, {@code flagsNotListed} counts the caller's flags not in the list.
   */
  public record RelationOutcome(
      LegalRelation relation,
      boolean created,
      List<FlagView> flagsRaised,
      int flagsElsewhere,
      int flagsNotListed) {}

  /** A TTHC change recorded, with its flags as for a relation. */
  public record ChangeOutcome(
      TthcChange change,
      boolean created,
      List<FlagView> flagsRaised,
      int flagsElsewhere,
      int flagsNotListed) {}

  /** What an impact run raised, as its answer shows it. */
  private record Raised(List<FlagView> listed, int elsewhere, int notListed) {}

  /** The flags of {@code raised} the caller reads; the rest are counted, not shown. */
  private static List<FlagView> readable(Caller c, List<FlagView> raised) {
    return raised.stream().filter(f -> c.readsWorkOf(f.unitCode())).toList();
  }

  public RelationOutcome recordRelation(
      Caller c,
      long actingId,
      RelationKind kind,
      String targetNumber,
      List<String> articles,
      LocalDate from) {
    LegalService.Recorded r = legal.addRelation(c, actingId, kind, targetNumber, articles, from);
    LegalRelation rel = r.relation();
    if (!r.created() || !rel.kind().changesLaw()) {
      return new RelationOutcome(rel, r.created(), List.of(), 0, 0);
    }
    long start = System.nanoTime();
    int raisedCount =
        engine.raise(
            new ImpactEngine.LegalChange(
                rel.id(),
                rel.kind(),
                rel.target().id(),
                rel.target().numberKey(),
                rel.target().number(),
                rel.acting().number(),
                rel.articles(),
                rel.effectiveFrom()),
            time.today());
    Raised raised = raised(c, "f.relation_id", "LEGAL_RELATION", rel.id(), raisedCount);
    measures.impactRun("LEGAL_RELATION", Duration.ofNanos(System.nanoTime() - start), raisedCount);
    return new RelationOutcome(rel, true, raised.listed(), raised.elsewhere(), raised.notListed());
  }

  public ChangeOutcome recordTthcChange(
      Caller c,
      String code,
      TthcChangeKind kind,
      String decision,
      LocalDate from,
      String replacedBy) {
    TthcService.Recorded r = tthc.recordChange(c, code, kind, decision, from, replacedBy);
    TthcChange ch = r.change();
    if (!r.created()) {
      return new ChangeOutcome(ch, false, List.of(), 0, 0);
    }
    long start = System.nanoTime();
    int raisedCount =
        engine.raise(
            ch.id(),
            ch.kind(),
            ch.tthcCode(),
            ch.decisionNumber(),
            ch.effectiveFrom(),
            time.today());
    Raised raised = raised(c, "f.tthc_change_id", "TTHC_CHANGE", ch.id(), raisedCount);
    measures.impactRun("TTHC_CHANGE", Duration.ofNanos(System.nanoTime() - start), raisedCount);
    return new ChangeOutcome(ch, true, raised.listed(), raised.elsewhere(), raised.notListed());
  }

  /**
   * The flags one change raised ({@code column} = {@code id}), audited and cut to what the caller
   * reads. Up to {@link #answerMax} they are read whole; above it, only their counts by unit and
   * severity and the first {@code answerMax} the caller reads: the statements stay the same
   * whatever the number hit.
   */
  private Raised raised(Caller c, String column, String entity, long id, int count) {
    if (count <= answerMax) {
      List<FlagView> all = flags(column, id);
      auditFlags(c, entity, id, all);
      List<FlagView> shown = readable(c, all);
      return new Raised(shown, all.size() - shown.size(), 0);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> counts =
        new NativeSql()
            .append(
                "SELECT d.unit_code, f.severity, COUNT(*) FROM revision_flag f"
                    + " JOIN controlled_document d ON d.id = f.document_id WHERE "
                    + column
                    + " = ")
            .param(id)
            .append(" GROUP BY d.unit_code, f.severity")
            .on(em)
            .getResultList();
    Map<String, int[]> byUnit = new TreeMap<>(); // unit → {affected, possibly affected}
    for (Object[] r : counts) {
      int[] n = byUnit.computeIfAbsent((String) r[0], u -> new int[2]);
      n[Severity.AFFECTED.name().equals(r[1]) ? 0 : 1] += ((Number) r[2]).intValue();
    }
    List<AuditTrail.Entry> events = new ArrayList<>();
    List<String> readableUnits = new ArrayList<>();
    int readable = 0;
    int all = 0;
    for (Map.Entry<String, int[]> u : byUnit.entrySet()) {
      int[] n = u.getValue();
      all += n[0] + n[1];
      if (c.readsWorkOf(u.getKey())) {
        readableUnits.add(u.getKey());
        readable += n[0] + n[1];
      }
      events.add(
          new AuditTrail.Entry(
              c.username(),
              "FLAGS_RAISED",
              entity,
              id,
              u.getKey(),
              Messages.vi("audit.flags.counted", n[0] + n[1], n[0], n[1])));
    }
    audit.recordAll(events);
    List<FlagView> listed = List.of();
    if (!readableUnits.isEmpty()) {
      NativeSql page =
          new NativeSql()
              .append("SELECT " + FlagView.COLUMNS + FlagView.FROM + " WHERE " + column + " = ")
              .param(id);
      if (!c.provinceWide()) {
        page.append(" AND d.unit_code IN ").list(readableUnits);
      }
      @SuppressWarnings("unchecked")
      // in the order of the change's unique index (change, document): a page read off the index,
      // where ordering by unit and code would join and sort every flag raised
      List<Object[]> rows =
          page.append(" ORDER BY f.document_id").on(em).setMaxResults(answerMax).getResultList();
      listed = rows.stream().map(FlagView::of).toList();
    }
    return new Raised(listed, all - readable, readable - listed.size());
  }

  /**
   * One event per unit hit by an impact run, listing its documents flagged, however many: the trail
   * stays short, and each unit's people see their own flags in it and no other unit's.
   */
  private void auditFlags(Caller c, String entity, long id, List<FlagView> raised) {
    Map<String, List<FlagView>> byUnit = new TreeMap<>();
    raised.forEach(f -> byUnit.computeIfAbsent(f.unitCode(), u -> new ArrayList<>()).add(f));
    List<AuditTrail.Entry> events = new ArrayList<>();
    byUnit.forEach(
        (unit, flags) -> {
          StringBuilder b = new StringBuilder(Messages.vi("audit.flags.raised", flags.size()));
          for (FlagView f : flags) {
            if (b.length() > 3800) {
              b.append(" …");
              break;
            }
            b.append(' ').append(f.documentCode()).append(" (").append(f.severity()).append(')');
          }
          events.add(
              new AuditTrail.Entry(c.username(), "FLAGS_RAISED", entity, id, unit, b.toString()));
        });
    audit.recordAll(events);
  }

  private List<FlagView> flags(String column, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        new NativeSql()
            .append("SELECT " + FlagView.COLUMNS + FlagView.FROM + " WHERE " + column + " = ")
            .param(id)
            .append(" ORDER BY d.unit_code, d.code_key")
            .on(em)
            .getResultList();
    return rows.stream().map(FlagView::of).toList();
  }

  /**
   * What a list of flags is filtered by; every part may be null (no filter). {@code dueFrom} and
   * {@code dueTo} bound the due date, both days included.
   */
  public record FlagCriteria(
      FlagStatus status,
      String unit,
      Severity severity,
      LocalDate dueFrom,
      LocalDate dueTo,
      Long documentId,
      Long relationId,
      Long tthcChangeId) {

    public FlagCriteria(
        FlagStatus status,
        String unit,
        Severity severity,
        LocalDate dueFrom,
        LocalDate dueTo,
        Long documentId) {
      this(status, unit, severity, dueFrom, dueTo, documentId, null, null);
    }

    public static FlagCriteria of(FlagStatus status, String unit, Long documentId) {
      return new FlagCriteria(status, unit, null, null, null, documentId);
    }

    /** The same, narrowed to the flags one legal relation or one TTHC change raised. */
    public FlagCriteria raisedBy(Long relation, Long tthcChange) {
      return new FlagCriteria(
          status, unit, severity, dueFrom, dueTo, documentId, relation, tthcChange);
    }
  }

  public Page<FlagView> list(
      Caller c, String status, String unit, Long documentId, PageRequest page) {
    FlagStatus s = vn.quytrinh.platform.rest.Params.enumValue(FlagStatus.class, "status", status);
    return list(c, FlagCriteria.of(s, unit, documentId), page);
  }

  /**
   * The flags of the units the person reads the work of, filtered and paged in the database, the
   * nearest due date first.
   */
  public Page<FlagView> list(Caller c, FlagCriteria k, PageRequest page) {
    if (!c.hasAny(Role.READ_ALL)) {
      throw new vn.quytrinh.platform.problem.Forbidden("problem.flags.needsReadingRole");
    }
    NativeSql where = new NativeSql().append(" WHERE 1 = 1");
    if (k.status() != null) {
      where.append(" AND f.status = ").param(k.status().name());
    }
    if (k.unit() != null && !k.unit().isBlank()) {
      where.append(" AND d.unit_code = ").param(k.unit());
    }
    if (k.severity() != null) {
      where.append(" AND f.severity = ").param(k.severity().name());
    }
    if (k.dueFrom() != null) {
      where.append(" AND f.due_on >= ").param(k.dueFrom());
    }
    if (k.dueTo() != null) {
      where.append(" AND f.due_on <= ").param(k.dueTo());
    }
    if (k.documentId() != null) {
      where.append(" AND f.document_id = ").param(k.documentId());
    }
    if (k.relationId() != null) {
      where.append(" AND f.relation_id = ").param(k.relationId());
    }
    if (k.tthcChangeId() != null) {
      where.append(" AND f.tthc_change_id = ").param(k.tthcChangeId());
    }
    if (!c.provinceWide()) {
      if (c.scope().isEmpty()) {
        return new Page<>(List.of(), 0, page.page(), page.size());
      }
      where.append(" AND d.unit_code IN ").list(c.scope());
    }
    long total =
        ((Number) copy(where, "SELECT COUNT(*)" + FlagView.FROM).on(em).getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        copy(where, "SELECT " + FlagView.COLUMNS + FlagView.FROM)
            .append(" ORDER BY f.due_on, d.unit_code, d.code_key, f.id")
            .on(em)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(rows.stream().map(FlagView::of).toList(), total, page.page(), page.size());
  }

  /** The same WHERE with another head: the parameters keep their numbers. */
  private static NativeSql copy(NativeSql where, String head) {
    return where.prefixed(head);
  }

  public FlagView get(Caller c, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        new NativeSql()
            .append("SELECT " + FlagView.COLUMNS + FlagView.FROM + " WHERE f.id = ")
            .param(id)
            .on(em)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("problem.flag.notFound", id);
    }
    FlagView f = FlagView.of(rows.get(0));
    if (!c.readsWorkOf(f.unitCode())) {
      throw new NotFound("problem.flag.notFound", id);
    }
    return f;
  }

  public FlagView dismiss(Caller c, long id, String justification) {
    FlagView f = get(c, id);
    // FlagOperations.mayDismiss asks the same before; an answer that is not open is the aggregate's
    // 409
    c.requireIn(f.unitCode(), Role.APPROVER);
    RevisionFlag flag = flags.find(id).orElseThrow(() -> new NotFound("problem.flag.notFound", id));
    flag.dismiss(c.username(), justification, time.now());
    try {
      flags.flush();
    } catch (OptimisticLockException e) {
      // resolved or dismissed by someone else since it was read
      throw new Conflict("problem.concurrentModification");
    }
    audit.record(
        c.username(),
        "DISMISS",
        "FLAG",
        id,
        f.unitCode(),
        f.documentCode() + ": " + flag.justification());
    return get(c, id);
  }

  /** Who rests on a legal document: procedure versions and TTHC, directly and through chains. */
  public record Dependent(
      String type,
      Long documentId,
      String documentCode,
      String unitCode,
      Integer issueNo,
      String status,
      String tthcCode,
      String name,
      String article,
      String clause,
      String point,
      String via,
      String throughNumber) {}

  /**
   * A page of what rests on a legal document: procedure versions first (by unit, code, issue), then
   * TTHC (by code); {@code total} counts both.
   */
  public record Dependents(
      long id,
      String number,
      String article,
      List<Dependent> items,
      long total,
      int page,
      int size) {}

  /**
   * The reverse index, paged in the database: a national decree is cited by some 175,000 procedure
   * versions, and the caller's visibility is part of the query, so a page costs the same whatever
   * the total. A version is visible to who reads its unit's work, and in force to who sees its
   * unit.
   */
  public Dependents dependents(Caller c, long legalId, String article, PageRequest page) {
    vn.quytrinh.legal.LegalDocument target = legal.get(legalId);
    String art;
    try {
      art = vn.quytrinh.legal.Citations.article(article);
    } catch (vn.quytrinh.platform.problem.InvalidInput bad) {
      throw new vn.quytrinh.platform.problem.InvalidInput(
          "article", "validation.article.invalid", article);
    }
    java.util.Map<Long, ChainClosure.Link> chain = engine.chainOf(legalId);
    java.util.Map<String, String> keyToNumber = new java.util.LinkedHashMap<>();
    keyToNumber.put(target.numberKey(), null);
    if (!chain.isEmpty()) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          new NativeSql()
              .append("SELECT number_key, number FROM legal_document WHERE id IN ")
              .list(chain.keySet())
              .on(em)
              .getResultList();
      rows.forEach(r -> keyToNumber.putIfAbsent((String) r[0], (String) r[1]));
    }
    NativeSql versions =
        new NativeSql()
            .append(
                " FROM version_citation c JOIN document_version v ON v.id = c.version_id"
                    + " JOIN controlled_document d ON d.id = v.document_id WHERE c.number_key IN ")
            .list(keyToNumber.keySet())
            .append(" AND v.status IN " + ImpactEngine.LIVE_STATUSES);
    articleOnly(versions, "c", target.numberKey(), art);
    boolean noVersions = !c.provinceWide() && c.scope().isEmpty();
    if (!c.provinceWide() && !noVersions) {
      versions.append(" AND d.unit_code IN ").list(c.scope());
    }
    if (!c.hasAny(Role.READ_ALL)) {
      versions.append(" AND v.status = 'EFFECTIVE'");
    }
    NativeSql tthcs =
        new NativeSql()
            .append(
                " FROM tthc_citation tc JOIN tthc t ON t.code = tc.tthc_code WHERE tc.number_key IN ")
            .list(keyToNumber.keySet());
    articleOnly(tthcs, "tc", target.numberKey(), art);
    long versionCount = noVersions ? 0 : count(versions);
    long total = versionCount + count(tthcs);
    List<Dependent> out = new java.util.ArrayList<>();
    if (page.offset() < versionCount) {
      @SuppressWarnings("unchecked")
      List<Object[]> vrows =
          versions
              .prefixed(
                  "SELECT d.id, d.code, d.unit_code, v.issue_no, v.status, c.article, c.clause,"
                      + " c.point, c.number_key")
              .append(" ORDER BY d.unit_code, d.code_key, v.issue_no, c.seq")
              .on(em)
              .setFirstResult(page.offset())
              .setMaxResults(page.size())
              .getResultList();
      for (Object[] r : vrows) {
        String through = keyToNumber.get((String) r[8]);
        out.add(
            new Dependent(
                "VERSION",
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                ((Number) r[3]).intValue(),
                (String) r[4],
                null,
                null,
                (String) r[5],
                (String) r[6],
                (String) r[7],
                through == null ? "DIRECT" : "CHAIN",
                through));
      }
    }
    if (out.size() < page.size() && page.offset() + out.size() < total) {
      @SuppressWarnings("unchecked")
      List<Object[]> trows =
          tthcs
              .prefixed("SELECT t.code, t.name, tc.article, tc.clause, tc.point, tc.number_key")
              .append(" ORDER BY t.code, tc.seq")
              .on(em)
              .setFirstResult((int) Math.max(0, page.offset() - versionCount))
              .setMaxResults(page.size() - out.size())
              .getResultList();
      for (Object[] r : trows) {
        String through = keyToNumber.get((String) r[5]);
        out.add(
            new Dependent(
                "TTHC",
                null,
                null,
                null,
                null,
                null,
                (String) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                through == null ? "DIRECT" : "CHAIN",
                through));
      }
    }
    return new Dependents(legalId, target.number(), art, out, total, page.page(), page.size());
  }

  /** Citations of the target's article {@code art} or of none; citations of its chain all. */
  private static void articleOnly(NativeSql q, String alias, String targetKey, String art) {
    if (art != null) {
      q.append(" AND (" + alias + ".number_key <> ")
          .param(targetKey)
          .append(" OR " + alias + ".article IS NULL OR " + alias + ".article = ")
          .param(art)
          .append(")");
    }
  }

  private long count(NativeSql from) {
    return ((Number) from.prefixed("SELECT COUNT(*)").on(em).getSingleResult()).longValue();
  }

  /** What a legal document's page shows, read in one transaction. */
  public record LegalPage(vn.quytrinh.legal.LegalReading reading, Dependents dependents) {}

  /**
   * A legal document's page: the document with its relations and validity over time ({@link
   * LegalService#reading}), and what rests on it that the person may see ({@link #dependents}).
   */
  public LegalPage legalPage(Caller c, long legalId, int shown) {
    return new LegalPage(
        legal.reading(legalId), dependents(c, legalId, null, new PageRequest(0, shown)));
  }

  void onApproved(@Observes VersionApproved e) {
    int resolved = resolve(e.documentId(), e.issueNo(), e.on());
    if (resolved > 0) {
      audit.record(
          e.approvedBy(),
          "FLAGS_RESOLVED",
          "DOCUMENT",
          e.documentId(),
          e.unitCode(),
          Messages.vi("audit.flags.resolved", resolved, e.issueNo()));
    }
  }

  /**
   * The open flags of a document that an approved issue settles, in one statement ({@link
   * RevisionFlagRepository#resolveOpen}, the set form of {@link RevisionFlag#resolveBy}); answers
   * how many it resolved.
   */
  int resolve(long documentId, int approvedIssue, LocalDate on) {
    return flags.resolveOpen(documentId, approvedIssue, on);
  }
}
