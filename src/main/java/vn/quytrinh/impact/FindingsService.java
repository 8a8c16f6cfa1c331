package vn.quytrinh.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.SubmissionCheck;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.Tthc;
import vn.quytrinh.tthc.TthcCode;
import vn.quytrinh.tthc.TthcService;
import vn.quytrinh.tthc.TthcStatus;

/**
 * Consistency checks between procedures, the TTHC they implement and the law they cite. Errors
 * (step times over the legal limit, a citation not in force) block a draft's submission.
 */
@ApplicationScoped
@Transactional
public class FindingsService implements SubmissionCheck {

  private DocumentService documents;
  private LegalService legal;
  private TthcService tthc;
  private TimeSource time;

  @Inject
  public FindingsService(
      DocumentService documents, LegalService legal, TthcService tthc, TimeSource time) {
    this.documents = documents;
    this.legal = legal;
    this.tthc = tthc;
    this.time = time;
  }

  /** For the CDI client proxy only. */
  protected FindingsService() {}

  @Override
  public List<?> blockingFindings(DocumentVersion draft) {
    return check(draft.document(), draft).stream().filter(Finding::blocking).toList();
  }

  public List<Finding> findings(Caller c, String unit, Long documentId) {
    if (!c.hasAny(Role.READ_ALL)) {
      throw new Forbidden("problem.findings.needsReadingRole");
    }
    List<Finding> out = new ArrayList<>();
    List<ControlledDocument> docs = documents.forChecks(c, unit, documentId);
    for (ControlledDocument d : docs) {
      for (DocumentVersion v : d.versions()) {
        if (v.status() == VersionStatus.EFFECTIVE || v.status().inProgress()) {
          out.addAll(check(d, v));
        }
      }
    }
    if (documentId == null) {
      out.addAll(coverageGaps(c, unit, docs));
    }
    return out;
  }

  List<Finding> check(ControlledDocument d, DocumentVersion v) {
    List<Finding> out = new ArrayList<>();
    ProcedureContent content = v.content();
    LocalDate today = time.today();
    LocalDate on = v.effectiveFrom() != null ? v.effectiveFrom() : today;

    for (String code : d.tthcCodes()) {
      Optional<Tthc> t = tthc.find(code).or(() -> tthc.find(TthcCode.nationalOf(code)));
      if (t.isEmpty()) {
        continue;
      }
      Tthc x = t.get();
      BigDecimal total = content.totalStepDays();
      if (d.kind() == DocumentKind.PROCEDURE
          && x.timeLimitDays() != null
          && total.compareTo(x.timeLimitDays()) > 0) {
        out.add(
            finding(
                "TIME_EXCEEDS_LIMIT",
                Finding.ERROR,
                d,
                v,
                code,
                Message.of("finding.timeExceedsLimit", total, x.timeLimitDays())));
      }
      Set<String> ours =
          names(content.dossier().stream().map(ProcedureContent.DossierItem::name).toList());
      Set<String> theirs = names(tthc.dossier(x).stream().map(TthcService.Dossier::name).toList());
      if (!ours.isEmpty() && !theirs.isEmpty() && !ours.equals(theirs)) {
        out.add(
            finding(
                "DOSSIER_MISMATCH",
                Finding.WARNING,
                d,
                v,
                code,
                Message.of("finding.dossierMismatch", code)));
      }
      if (content.fee() != null && x.fee() != null && !fold(content.fee()).equals(fold(x.fee()))) {
        out.add(
            finding(
                "FEE_MISMATCH",
                Finding.WARNING,
                d,
                v,
                code,
                Message.of("finding.feeMismatch", code, x.fee())));
      }
    }

    List<CitationRow> citations = v.citations();
    Map<String, List<LegalDocument>> registered =
        legal.byKeys(citations.stream().map(CitationRow::numberKey).collect(Collectors.toSet()));
    List<LegalDocument> cited = registered.values().stream().flatMap(List::stream).toList();
    Map<Long, LegalStatus> status = legal.statuses(cited, on);
    Set<String> reported = new LinkedHashSet<>();
    for (CitationRow c : citations) {
      List<LegalDocument> found = registered.getOrDefault(c.numberKey(), List.of());
      if (!reported.add(c.numberKey())) {
        continue;
      }
      if (found.isEmpty()) {
        out.add(
            finding(
                "UNREGISTERED_CITATION",
                Finding.WARNING,
                d,
                v,
                null,
                Message.of("finding.unregisteredCitation", c.number())));
      } else if (found.size() == 1) {
        LegalStatus s = status.get(found.get(0).id());
        if (s == LegalStatus.NOT_YET_EFFECTIVE
            || s == LegalStatus.EXPIRED
            || s == LegalStatus.SUSPENDED) {
          out.add(
              finding(
                  "CITATION_NOT_IN_FORCE",
                  Finding.ERROR,
                  d,
                  v,
                  null,
                  Message.of("finding.citationNotInForce", c.number(), s, on)));
        }
      }
    }

    if (v.status() == VersionStatus.EFFECTIVE && d.reviewOverdueOn(today)) {
      out.add(
          finding(
              "REVIEW_OVERDUE",
              Finding.WARNING,
              d,
              v,
              null,
              Message.of("finding.reviewOverdue", d.reviewPeriodMonths(), v.effectiveFrom())));
    }
    return out;
  }

  /**
   * TTHC a unit carries out with no effective procedure implementing it: in the unit asked for, or
   * in every unit the caller reads the work of, those without any document yet included.
   */
  List<Finding> coverageGaps(Caller c, String unit, List<ControlledDocument> docs) {
    Map<String, List<Tthc>> carried = new TreeMap<>();
    for (Tthc t : tthc.all()) {
      if (t.status() == TthcStatus.ABOLISHED || t.status() == TthcStatus.REPLACED) {
        continue;
      }
      for (String u : t.unitCodes()) {
        if ((unit == null || unit.equals(u)) && c.readsWorkOf(u)) {
          carried.computeIfAbsent(u, k -> new ArrayList<>()).add(t);
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Tthc>> e : carried.entrySet()) {
      String u = e.getKey();
      Set<String> covered = new TreeSet<>();
      docs.stream()
          .filter(d -> d.unitCode().equals(u) && d.effectiveIssueNo() != null)
          .forEach(
              d ->
                  d.tthcCodes().forEach(code -> covered.addAll(new TthcCode(code).withNational())));
      for (Tthc t : e.getValue().stream().sorted(Comparator.comparing(Tthc::code)).toList()) {
        if (covered.contains(t.code())) {
          continue;
        }
        out.add(
            new Finding(
                "COVERAGE_GAP",
                Finding.WARNING,
                null,
                null,
                null,
                u,
                t.code(),
                Message.of("finding.coverageGap", u, t.code(), t.name())));
      }
    }
    return out;
  }

  private static Finding finding(
      String kind,
      String severity,
      ControlledDocument d,
      DocumentVersion v,
      String tthcCode,
      Message detail) {
    return new Finding(
        kind, severity, d.id(), d.code(), v.issueNo(), d.unitCode(), tthcCode, detail);
  }

  private static Set<String> names(Collection<String> names) {
    return names.stream()
        .filter(n -> n != null)
        .map(FindingsService::fold)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String fold(String s) {
    return Text.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
