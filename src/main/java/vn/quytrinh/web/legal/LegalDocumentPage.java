package vn.quytrinh.web.legal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.impact.ImpactService.Dependent;
import vn.quytrinh.legal.LegalReading;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.web.IdRef;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * One legal document ({@code /app/legal-document.xhtml?id=}): its details, what it does to other
 * documents and what others did to it, its validity over time and the procedures and TTHC resting
 * on it ({@link ImpactService#legalPage}, one read). Those who keep the registry record here how it
 * amends, replaces, repeals or suspends another document, and see at once the flags that raised.
 */
@Named
@ViewScoped
public class LegalDocumentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many dependents the page lists; the total is shown beside them. */
  static final int SHOWN = 100;

  private CurrentUser user;
  private IdRef ref;
  private ImpactService impact;

  private boolean loaded;
  private long id;
  private LegalReading reading;
  private List<Dependent> dependents = List.of();
  private int dependentsTotal;

  private RelationKind kind = RelationKind.AMENDS;
  private String targetNumber;
  private String articles;
  private LocalDate effectiveFrom;

  private List<FlagView> raised;
  private int raisedElsewhere;
  private int raisedNotListed;

  @Inject
  public LegalDocumentPage(CurrentUser user, IdRef ref, ImpactService impact) {
    this.user = user;
    this.ref = ref;
    this.impact = impact;
  }

  /** For the CDI client proxy only. */
  protected LegalDocumentPage() {}

  public void load() throws IOException {
    if (loaded) {
      return;
    }
    if (ref.getId() == null) {
      Notices.refuseRequest(new NotFound("problem.legal.notFound", (Object) null));
      return;
    }
    try {
      id = ref.getId();
      read();
      loaded = true;
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  private void read() {
    ImpactService.LegalPage p = impact.legalPage(user.caller(), id, SHOWN);
    reading = p.reading();
    dependents = p.dependents().items();
    dependentsTotal = (int) p.dependents().total();
  }

  /**
   * Records how this document acts on another; the flags it raised in the units the person reads
   * are listed at once, the others counted.
   */
  public void record() {
    try {
      ImpactService.RelationOutcome o =
          impact.recordRelation(
              user.caller(), id, kind, targetNumber, articleList(articles), effectiveFrom);
      raised = o.flagsRaised().stream().map(f -> f.in(Notices.locale())).toList();
      raisedElsewhere = o.flagsElsewhere();
      raisedNotListed = o.flagsNotListed();
      Notices.info(o.created() ? "legal.relation.recorded" : "legal.relation.known");
      read();
      targetNumber = null;
      articles = null;
      effectiveFrom = null;
    } catch (ProblemException e) {
      Notices.refused(e);
    }
  }

  /** "Điều 5, 17; 24" as the list the service reads; blank: the whole document. */
  static List<String> articleList(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Whether the person keeps the registry (asked of the service). */
  public boolean isKeeper() {
    return LegalService.keeps(user.caller());
  }

  public List<RelationKind> getKinds() {
    return Arrays.asList(RelationKind.values());
  }

  public LegalReading getReading() {
    return reading;
  }

  public List<Dependent> getDependents() {
    return dependents;
  }

  public int getDependentsTotal() {
    return dependentsTotal;
  }

  public List<FlagView> getRaised() {
    return raised;
  }

  public int getRaisedElsewhere() {
    return raisedElsewhere;
  }

  public int getRaisedNotListed() {
    return raisedNotListed;
  }

  public long getId() {
    return id;
  }

  public RelationKind getKind() {
    return kind;
  }

  public void setKind(RelationKind kind) {
    this.kind = kind;
  }

  public String getTargetNumber() {
    return targetNumber;
  }

  public void setTargetNumber(String targetNumber) {
    this.targetNumber = targetNumber;
  }

  public String getArticles() {
    return articles;
  }

  public void setArticles(String articles) {
    this.articles = articles;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }
}
