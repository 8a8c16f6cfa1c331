package vn.quytrinh.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import vn.quytrinh.legal.Place;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.legal.Validity;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.legal.text.TextStructure;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.Tthc;
import vn.quytrinh.tthc.TthcCode;
import vn.quytrinh.tthc.TthcService;

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
  private LegalTextService texts;

  @Inject
  public FindingsService(
      DocumentService documents,
      LegalService legal,
      TthcService tthc,
      TimeSource time,
      LegalTextService texts) {
    this.documents = documents;
    this.legal = legal;
    this.tthc = tthc;
    this.time = time;
    this.texts = texts;
  }

  /** For the CDI client proxy only. */
  protected FindingsService() {}

  @Override
  public List<?> blockingFindings(DocumentVersion draft) {
    return check(draft.document(), draft).stream().filter(Finding::blocking).toList();
  }

  /**
   * The findings of the units asked: the one named, or every unit the caller reads the work of (or
   * the one document named). Documents, their versions and citations, the TTHC they implement and
   * the legal documents they cite are each read once for all, so the statements do not grow with
   * the documents checked; no unit outside those asked is read.
   */
  public List<Finding> findings(Caller c, String unit, Long documentId) {
    if (!c.hasAny(Role.READ_ALL)) {
      throw new Forbidden("problem.findings.needsReadingRole");
    }
    if (unit == null && documentId == null && c.provinceWide()) {
      return unitByUnit(c);
    }
    return findings(c, unit, documentId, new TextsRead());
  }

  private List<Finding> findings(Caller c, String unit, Long documentId, TextsRead read) {
    List<Finding> out = new ArrayList<>();
    List<ControlledDocument> docs = documents.forChecks(c, unit, documentId);
    List<DocumentVersion> checked = new ArrayList<>();
    for (ControlledDocument d : docs) {
      for (DocumentVersion v : d.versions()) {
        if (v.status() == VersionStatus.EFFECTIVE || v.status().inProgress()) {
          checked.add(v);
        }
      }
    }
    Registries r = registries(docs, checked, read);
    for (DocumentVersion v : checked) {
      out.addAll(check(v.document(), v, r));
    }
    if (documentId == null) {
      out.addAll(coverageGaps(c, unit, docs));
    }
    return out;
  }

  /**
   * A province-wide reader's findings, one unit at a time: all at once would hold every document of
   * the province with its versions, citations and content in memory together (20,000 procedures did
   * not fit in 512 MB). The same findings in the same order as one pass would give: documents by
   * unit, then the coverage gaps, including those of units without any document.
   */
  private List<Finding> unitByUnit(Caller c) {
    List<Finding> checks = new ArrayList<>();
    List<Finding> gaps = new ArrayList<>();
    List<String> withDocuments = documents.unitsWithDocuments(c);
    TextsRead read = new TextsRead(); // the units cite the same laws: each text read once
    for (String u : withDocuments) {
      for (Finding f : findings(c, u, null, read)) {
        (f.kind().equals("COVERAGE_GAP") ? gaps : checks).add(f);
      }
    }
    Set<String> done = new java.util.HashSet<>(withDocuments);
    for (Finding f : coverageGaps(c, null, List.of())) {
      if (!done.contains(f.unitCode())) {
        gaps.add(f);
      }
    }
    gaps.sort(java.util.Comparator.comparing(Finding::unitCode).thenComparing(Finding::tthcCode));
    checks.addAll(gaps);
    return checks;
  }

  /** What the checks read of the registries, read once for many versions. */
  record Registries(
      Map<String, Tthc> tthc,
      Map<String, List<LegalDocument>> legal,
      LegalService.Validities validity,
      Map<Long, TextStructure> texts) {}

  /** The stored texts' structures read so far in one request, and the documents without one. */
  private final class TextsRead {
    final Map<Long, TextStructure> found = new java.util.HashMap<>();
    final Set<Long> asked = new java.util.HashSet<>();

    Map<Long, TextStructure> of(Set<Long> ids) {
      Set<Long> missing = new TreeSet<>(ids);
      missing.removeAll(asked);
      if (!missing.isEmpty()) {
        found.putAll(texts.structures(missing));
        asked.addAll(missing);
      }
      Map<Long, TextStructure> out = new java.util.HashMap<>();
      ids.forEach(id -> Optional.ofNullable(found.get(id)).ifPresent(t -> out.put(id, t)));
      return out;
    }
  }

  private Registries registries(
      Collection<ControlledDocument> docs, Collection<DocumentVersion> versions, TextsRead read) {
    Set<String> codes = new TreeSet<>();
    for (ControlledDocument d : docs) {
      for (String code : d.tthcCodes()) {
        codes.addAll(new TthcCode(code).withNational());
      }
    }
    Map<String, Tthc> tthcs = new java.util.HashMap<>();
    tthc.withCodes(codes).forEach(t -> tthcs.put(t.code(), t));
    Set<String> keys = new TreeSet<>();
    versions.forEach(v -> v.citations().forEach(c -> keys.add(c.numberKey())));
    Map<String, List<LegalDocument>> registered = legal.byKeys(keys);
    LegalService.Validities validity =
        legal.validities(registered.values().stream().flatMap(List::stream).toList());
    // the stored texts of the documents cited with an article, to check the places against
    Set<Long> withArticle = new TreeSet<>();
    for (DocumentVersion v : versions) {
      for (CitationRow c : v.citations()) {
        List<LegalDocument> found = registered.getOrDefault(c.numberKey(), List.of());
        if (c.article() != null && found.size() == 1) {
          withArticle.add(found.get(0).id());
        }
      }
    }
    return new Registries(tthcs, registered, validity, read.of(withArticle));
  }

  /** The findings of one version, the registries read for it alone. */
  List<Finding> check(ControlledDocument d, DocumentVersion v) {
    return check(d, v, registries(List.of(d), List.of(v), new TextsRead()));
  }

  private List<Finding> check(ControlledDocument d, DocumentVersion v, Registries r) {
    List<Finding> out = new ArrayList<>();
    ProcedureContent content = v.content();
    LocalDate today = time.today();
    LocalDate on = v.effectiveFrom() != null ? v.effectiveFrom() : today;

    for (String code : d.tthcCodes()) {
      Tthc x = r.tthc().getOrDefault(code, r.tthc().get(TthcCode.nationalOf(code)));
      if (x == null) {
        continue;
      }
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
    Map<String, List<LegalDocument>> registered = r.legal();
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
        LegalStatus s = r.validity().of(found.get(0), on);
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

    out.addAll(places(d, v, r, on));

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
   * The places cited checked against the structure of the law (issue 13, point 6): an article,
   * clause or point the document does not have on the version's date, or repealed by then, is an
   * error when the document's text is stored (it blocks the submission); without the text, a place
   * a recorded repeal names is a warning. A document not in force at all is said by
   * CITATION_NOT_IN_FORCE alone.
   */
  private List<Finding> places(
      ControlledDocument d, DocumentVersion v, Registries r, LocalDate on) {
    List<Finding> out = new ArrayList<>();
    Set<String> reported = new java.util.HashSet<>();
    for (CitationRow c : v.citations()) {
      List<LegalDocument> found = r.legal().getOrDefault(c.numberKey(), List.of());
      if (c.article() == null || found.size() != 1) {
        continue;
      }
      LegalDocument law = found.get(0);
      if (!Validity.inForce(r.validity().of(law, on))) {
        continue;
      }
      Place cited = new Place(c.article(), c.clause(), c.point());
      if (!reported.add(c.numberKey() + "|" + cited)) {
        continue;
      }
      TextStructure text = r.texts().get(law.id());
      if (text != null) {
        text.check(c.article(), c.clause(), c.point(), on)
            .ifPresent(
                p ->
                    out.add(
                        finding(
                            missing(p) ? "CITATION_PLACE_MISSING" : "CITATION_PLACE_REPEALED",
                            Finding.ERROR,
                            d,
                            v,
                            null,
                            Message.of(
                                missing(p)
                                    ? "finding.citationPlaceMissing"
                                    : "finding.citationPlaceRepealed",
                                c.number(),
                                cited.label(),
                                on))));
        continue;
      }
      boolean repealed =
          r.validity().acts().getOrDefault(law.id(), List.of()).stream()
              .filter(a -> a.kind() == RelationKind.REPEALS)
              .filter(a -> a.effectiveFrom() == null || !a.effectiveFrom().isAfter(on))
              .flatMap(a -> a.articles().stream())
              .map(Place::parse)
              .anyMatch(p -> p.contains(c.article(), c.clause(), c.point()));
      if (repealed) {
        out.add(
            finding(
                "CITATION_PLACE_REPEALED",
                Finding.WARNING,
                d,
                v,
                null,
                Message.of("finding.citationPlaceRepealed", c.number(), cited.label(), on)));
      }
    }
    return out;
  }

  private static boolean missing(TextStructure.Problem p) {
    return switch (p) {
      case NO_ARTICLE, NO_CLAUSE, NO_POINT -> true;
      case ARTICLE_REPEALED, CLAUSE_REPEALED, POINT_REPEALED -> false;
    };
  }

  /**
   * TTHC a unit carries out with no effective procedure implementing it: in the unit asked for, or
   * in every unit the caller reads the work of, those without any document yet included.
   */
  List<Finding> coverageGaps(Caller c, String unit, List<ControlledDocument> docs) {
    Collection<String> units =
        unit != null
            ? (c.readsWorkOf(unit) ? List.of(unit) : List.of())
            : c.provinceWide() ? null : c.scope();
    Map<String, Set<String>> covered = new java.util.HashMap<>();
    for (ControlledDocument d : docs) {
      if (d.effectiveIssueNo() != null) {
        Set<String> of = covered.computeIfAbsent(d.unitCode(), k -> new TreeSet<>());
        for (String code : d.tthcCodes()) {
          of.addAll(new TthcCode(code).withNational());
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Object[] row : tthc.carriedBy(units)) {
      String u = (String) row[0];
      String code = (String) row[1];
      if (covered.getOrDefault(u, Set.of()).contains(code)) {
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
              code,
              Message.of("finding.coverageGap", u, code, row[2])));
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
