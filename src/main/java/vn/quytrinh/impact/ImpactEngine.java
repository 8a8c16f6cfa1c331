package vn.quytrinh.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.quytrinh.impact.ImpactRules.Path;
import vn.quytrinh.legal.Place;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.NativeSql;
import vn.quytrinh.tthc.TthcChangeKind;
import vn.quytrinh.tthc.TthcCode;

/**
 * Finds and flags, in a handful of statements whatever the number hit, every document whose
 * effective, approved or in-progress version a change reaches: chains are expanded level by level,
 * then one INSERT … SELECT computes every document's flag (severity, highest issue hit, reason) and
 * skips documents already flagged for the same change.
 */
@ApplicationScoped
public class ImpactEngine {

  static final String LIVE_STATUSES = "('DRAFT', 'IN_REVIEW', 'REVIEWED', 'APPROVED', 'EFFECTIVE')";
  static final String CHAIN_KINDS = "('GUIDES', 'BASED_ON', 'CORRECTS')";
  static final int MAX_CHAIN_DEPTH = 32;

  private EntityManager em;

  @Inject
  public ImpactEngine(EntityManager em) {
    this.em = em;
  }

  /** For the CDI client proxy only. */
  protected ImpactEngine() {}

  /** A recorded legal relation that changes the law. */
  public record LegalChange(
      long relationId,
      RelationKind kind,
      long targetId,
      String targetKey,
      String targetNumber,
      String actingNumber,
      List<String> articles,
      LocalDate effectiveFrom) {}

  /** Number keys of the documents that hang on the target through chains (not the target's own). */
  public Map<Long, ChainClosure.Link> chainOf(long targetId) {
    return ChainClosure.expand(Set.of(targetId), this::dependantsOf, MAX_CHAIN_DEPTH);
  }

  Map<Long, Long> dependantsOf(Set<Long> frontier) {
    Map<Long, Long> out = new HashMap<>();
    for (List<Long> chunk : chunks(new ArrayList<>(frontier))) {
      NativeSql q =
          new NativeSql()
              .append("SELECT r.acting_id, r.target_id FROM legal_relation r WHERE r.kind IN ")
              .append(CHAIN_KINDS)
              .append(" AND r.target_id IN ")
              .list(chunk);
      for (Object row : q.on(em).getResultList()) {
        Object[] r = (Object[]) row;
        out.putIfAbsent(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
      }
    }
    return out;
  }

  List<String> numberKeys(Set<Long> ids) {
    List<String> keys = new ArrayList<>();
    for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
      @SuppressWarnings("unchecked")
      List<Object> rows =
          new NativeSql()
              .append("SELECT number_key FROM legal_document WHERE id IN ")
              .list(chunk)
              .on(em)
              .getResultList();
      rows.forEach(k -> keys.add((String) k));
    }
    return keys;
  }

  /** Raises the flags of a legal change; answers how many were raised. */
  public int raise(LegalChange c, LocalDate today) {
    Set<String> chainKeys = new LinkedHashSet<>(numberKeys(chainOf(c.targetId()).keySet()));
    chainKeys.remove(c.targetKey());
    boolean whole = c.articles().isEmpty();

    NativeSql sql = new NativeSql();
    sql.append(
        "INSERT INTO revision_flag (document_id, issue_no, severity, trigger_kind, relation_id, acting_number,"
            + " target_number, articles, reason, reason_key, reason_args, raised_on, due_on, status,"
            + " row_version)"
            + " SELECT h.document_id, MAX(h.issue_no),"
            + " CASE WHEN MAX(h.code) >= 20 THEN 'AFFECTED' ELSE 'POSSIBLY_AFFECTED' END, ");
    sql.param(c.kind().name()).append(", ").param(c.relationId()).append(", ");
    sql.param(c.actingNumber()).append(", ").param(c.targetNumber()).append(", ");
    sql.param(String.join(",", c.articles())).append(", CASE MAX(h.code)");
    // the reason: the Vietnamese text of record, then its key and arguments for the reader's
    // language; the arguments (the change) are the same whatever the code
    Message change =
        ImpactRules.change(
            c.kind(), c.actingNumber(), c.targetNumber(), c.articles(), c.effectiveFrom());
    for (int code : new int[] {23, 22, 13, 12}) {
      sql.append(" WHEN " + code + " THEN ")
          .param(Messages.vi(ImpactRules.reasonKey(code), change));
    }
    sql.append(" ELSE ").param(Messages.vi(ImpactRules.reasonKey(11), change)).append(" END, ");
    sql.append("CASE MAX(h.code)");
    for (int code : new int[] {23, 22, 13, 12}) {
      sql.append(" WHEN " + code + " THEN ").param(ImpactRules.reasonKey(code));
    }
    sql.append(" ELSE ").param(ImpactRules.reasonKey(11)).append(" END, ");
    sql.param(
            ImpactRules.reason(
                    11,
                    c.kind(),
                    c.actingNumber(),
                    c.targetNumber(),
                    c.articles(),
                    c.effectiveFrom())
                .argsJson())
        .append(", ");
    sql.param(today)
        .append(", ")
        .param(RevisionFlag.dueOn(c.effectiveFrom()))
        .append(", 'OPEN', 0 FROM (");

    // directly: the version cites the changed document
    sql.append("SELECT v.document_id AS document_id, v.issue_no AS issue_no, ");
    severityCode(sql, "c", whole, c.articles(), Path.DIRECT);
    sql.append(
            " AS code FROM version_citation c JOIN document_version v ON v.id = c.version_id"
                + " WHERE c.number_key = ")
        .param(c.targetKey())
        .append(" AND v.status IN " + LIVE_STATUSES);

    // through the TTHC the document implements, whose legal basis cites the changed document: the
    // TTHC codes come first (an indexed lookup), then documents by code, so no join walks every
    // version
    java.util.Map<String, Integer> tthcCodes = new java.util.TreeMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> cited =
        new NativeSql()
            .append(
                "SELECT tthc_code, article, clause, point FROM tthc_citation WHERE number_key = ")
            .param(c.targetKey())
            .on(em)
            .getResultList();
    for (Object[] row : cited) {
      Severity s =
          ImpactRules.severity(
              Path.TTHC_BASIS, c.articles(), (String) row[1], (String) row[2], (String) row[3]);
      tthcCodes.merge((String) row[0], ImpactRules.code(s, Path.TTHC_BASIS), Math::max);
    }
    // through chains: it cites, or its TTHC cites, a document that guides or is based on the
    // changed one
    int chain = ImpactRules.code(Severity.POSSIBLY_AFFECTED, Path.CHAIN);
    Set<String> chainCodes = new java.util.TreeSet<>();
    for (List<String> chunk : chunks(new ArrayList<>(chainKeys))) {
      sql.append(" UNION ALL SELECT v.document_id, v.issue_no, " + chain)
          .append(
              " FROM version_citation c JOIN document_version v ON v.id = c.version_id WHERE c.number_key IN ")
          .list(chunk)
          .append(" AND v.status IN " + LIVE_STATUSES);
      @SuppressWarnings("unchecked")
      List<Object> codes =
          new NativeSql()
              .append("SELECT DISTINCT tthc_code FROM tthc_citation WHERE number_key IN ")
              .list(chunk)
              .on(em)
              .getResultList();
      codes.forEach(x -> chainCodes.add((String) x));
    }

    // the province instances of every national code involved, in one look-up
    Set<String> involved = new java.util.TreeSet<>(tthcCodes.keySet());
    involved.addAll(chainCodes);
    Map<String, List<String>> instances = provinceInstances(involved);
    for (int code : new int[] {22, 12}) {
      List<String> codes =
          tthcCodes.entrySet().stream()
              .filter(e -> e.getValue() == code)
              .map(java.util.Map.Entry::getKey)
              .toList();
      for (List<String> chunk : chunks(codes)) {
        sql.append(" UNION ALL SELECT dt.document_id, v.issue_no, " + code).append(IMPLEMENTING);
        implementing(sql, chunk, instances);
        sql.append(" AND v.status IN " + LIVE_STATUSES);
      }
    }
    for (List<String> chunk : chunks(new ArrayList<>(chainCodes))) {
      sql.append(" UNION ALL SELECT dt.document_id, v.issue_no, " + chain).append(IMPLEMENTING);
      implementing(sql, chunk, instances);
      sql.append(" AND v.status IN " + LIVE_STATUSES);
    }
    sql.append(
            ") h WHERE NOT EXISTS (SELECT 1 FROM revision_flag f WHERE f.document_id = h.document_id"
                + " AND f.relation_id = ")
        .param(c.relationId())
        .append(") GROUP BY h.document_id");
    return sql.on(em).executeUpdate();
  }

  static final String IMPLEMENTING =
      " FROM document_tthc dt JOIN document_version v ON v.document_id = dt.document_id";

  /**
   * The province instances in use ({@code 2.000815.000.00.00.H55}) of the national codes among
   * {@code codes}, in one query.
   */
  Map<String, List<String>> provinceInstances(Set<String> codes) {
    List<String> national = codes.stream().filter(c -> new TthcCode(c).isNational()).toList();
    Map<String, List<String>> out = new HashMap<>();
    for (List<String> chunk : chunks(national)) {
      @SuppressWarnings("unchecked")
      List<Object> found =
          new NativeSql()
              .append(
                  "SELECT DISTINCT tthc_code FROM document_tthc WHERE LENGTH(tthc_code) > "
                      + TthcCode.NATIONAL_LENGTH
                      + " AND SUBSTRING(tthc_code, 1, "
                      + TthcCode.NATIONAL_LENGTH
                      + ") IN ")
              .list(chunk)
              .on(em)
              .getResultList();
      found.forEach(
          x ->
              out.computeIfAbsent(TthcCode.nationalOf((String) x), k -> new ArrayList<>())
                  .add((String) x));
    }
    return out;
  }

  /**
   * {@code WHERE} documents implementing one of the codes: the code itself, a province's instance
   * of a national code, or the national code of a province's one — a plain {@code IN} list answered
   * from the index on {@code tthc_code}. (An {@code OR} of {@code LIKE}s for the instances made the
   * database test every pattern against every row: hundreds of milliseconds per amendment whatever
   * it hit.)
   */
  static void implementing(NativeSql sql, List<String> codes, Map<String, List<String>> instances) {
    Set<String> exact = new java.util.TreeSet<>();
    for (String code : codes) {
      exact.addAll(new TthcCode(code).withNational());
      exact.addAll(instances.getOrDefault(code, List.of()));
    }
    sql.append(" WHERE dt.tthc_code IN ").list(new ArrayList<>(exact));
  }

  /**
   * The hit's code in SQL, as {@link ImpactRules#severity} decides it: affected when the citation
   * (alias {@code c}, with its article, clause and point) names no article or one changed place
   * touches it ({@link Place#touches}), else possibly affected.
   */
  private static void severityCode(
      NativeSql sql, String c, boolean whole, List<String> places, Path path) {
    int affected = ImpactRules.code(Severity.AFFECTED, path);
    int possibly = ImpactRules.code(Severity.POSSIBLY_AFFECTED, path);
    if (whole) {
      sql.append(Integer.toString(affected));
      return;
    }
    String article = "LOWER(" + c + ".article)";
    String clause = "LOWER(" + c + ".clause)";
    String point = "LOWER(" + c + ".point)";
    sql.append("CASE WHEN " + c + ".article IS NULL");
    List<String> wholeArticles = new ArrayList<>();
    for (String written : places) {
      Place p = Place.parse(written);
      if (p.wholeArticle()) {
        wholeArticles.add(p.article().toLowerCase(java.util.Locale.ROOT));
        continue;
      }
      sql.append(" OR (" + article + " = ").param(p.article().toLowerCase(java.util.Locale.ROOT));
      sql.append(" AND ((" + clause + " IS NULL AND " + point + " IS NULL)");
      sql.append(" OR (");
      if (p.clause() != null) {
        sql.append("(" + clause + " IS NULL OR " + clause + " = ")
            .param(p.clause().toLowerCase(java.util.Locale.ROOT))
            .append(")");
      } else {
        sql.append("1 = 1");
      }
      if (p.point() != null) {
        sql.append(" AND (" + point + " IS NULL OR " + point + " = ")
            .param(p.point().toLowerCase(java.util.Locale.ROOT))
            .append(")");
      }
      sql.append(")))");
    }
    if (!wholeArticles.isEmpty()) {
      sql.append(" OR " + article + " IN ").list(wholeArticles);
    }
    sql.append(" THEN " + affected + " ELSE " + possibly + " END");
  }

  /** Raises the flags of a TTHC change: every document implementing it is affected. */
  public int raise(
      long changeId,
      TthcChangeKind kind,
      String tthcCode,
      String decisionNumber,
      LocalDate from,
      LocalDate today) {
    NativeSql sql =
        new NativeSql()
            .append(
                "INSERT INTO revision_flag (document_id, issue_no, severity, trigger_kind, tthc_change_id,"
                    + " acting_number, tthc_code, articles, reason, reason_key, reason_args, raised_on,"
                    + " due_on, status, row_version)"
                    + " SELECT dt.document_id, MAX(v.issue_no), 'AFFECTED', ")
            .param(kind.name())
            .append(", ")
            .param(changeId)
            .append(", ")
            .param(decisionNumber)
            .append(", ")
            .param(tthcCode)
            .append(", '', ")
            .param(ImpactRules.reason(kind, tthcCode, decisionNumber, from).toString())
            .append(", ")
            .param(ImpactRules.reason(kind, tthcCode, decisionNumber, from).key())
            .append(", ")
            .param(ImpactRules.reason(kind, tthcCode, decisionNumber, from).argsJson())
            .append(", ")
            .param(today)
            .append(", ")
            .param(RevisionFlag.dueOn(from))
            .append(", 'OPEN', 0" + IMPLEMENTING);
    implementing(sql, List.of(tthcCode), provinceInstances(Set.of(tthcCode)));
    sql.append(" AND v.status IN " + LIVE_STATUSES)
        .append(
            " AND NOT EXISTS (SELECT 1 FROM revision_flag f WHERE f.document_id = dt.document_id AND f.tthc_change_id = ")
        .param(changeId)
        .append(") GROUP BY dt.document_id");
    return sql.on(em).executeUpdate();
  }

  static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 1000) {
      out.add(all.subList(i, Math.min(all.size(), i + 1000)));
    }
    return out;
  }
}
