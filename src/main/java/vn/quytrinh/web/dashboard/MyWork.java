package vn.quytrinh.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentService.QueuedVersion;
import vn.quytrinh.impact.Finding;
import vn.quytrinh.impact.FindingsService;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.web.UnitNames;
import vn.quytrinh.web.session.CurrentUser;

/**
 * "Việc của tôi": what waits for the signed-in person, each part asked of the service that owns it.
 * A part the person's roles do not cover is simply empty (the services decide).
 */
@Named
@RequestScoped
public class MyWork {

  /** How many entries each part shows; the total is shown beside it. */
  static final int SHOWN = 10;

  @Inject CurrentUser user;
  @Inject DocumentService documents;
  @Inject ImpactService impact;
  @Inject FindingsService findings;
  @Inject TimeSource time;
  @Inject UnitNames units;

  private Page<QueuedVersion> drafts;
  private Page<QueuedVersion> toReview;
  private Page<QueuedVersion> toApprove;
  private Page<FlagView> flags;
  private List<Finding> allFindings;
  private List<Part<Finding>> parts;
  private String unit;
  private List<vn.quytrinh.org.Unit> readable;

  private Caller caller() {
    return user.caller();
  }

  public Page<QueuedVersion> getDrafts() {
    if (drafts == null) {
      drafts = documents.queue(caller(), DocumentService.Queue.DRAFTS, first());
    }
    return drafts;
  }

  public Page<QueuedVersion> getToReview() {
    if (toReview == null) {
      toReview = documents.queue(caller(), DocumentService.Queue.TO_REVIEW, first());
    }
    return toReview;
  }

  public Page<QueuedVersion> getToApprove() {
    if (toApprove == null) {
      toApprove = documents.queue(caller(), DocumentService.Queue.TO_APPROVE, first());
    }
    return toApprove;
  }

  /**
   * The queues the person's roles give them, each as {@code [name, page]}: a coordinator is not
   * shown an always-empty "waiting for my review", nor an overseer three of them.
   */
  public List<List<Object>> getQueues() {
    List<List<Object>> out = new java.util.ArrayList<>();
    if (documents.hasQueue(caller(), DocumentService.Queue.DRAFTS)) {
      out.add(List.of("drafts", getDrafts()));
    }
    if (documents.hasQueue(caller(), DocumentService.Queue.TO_REVIEW)) {
      out.add(List.of("toReview", getToReview()));
    }
    if (documents.hasQueue(caller(), DocumentService.Queue.TO_APPROVE)) {
      out.add(List.of("toApprove", getToApprove()));
    }
    return out;
  }

  /** Open revision flags of the person's units, the nearest due date first. */
  public Page<FlagView> getFlags() {
    if (flags == null) {
      flags =
          caller().hasAny(Role.READ_ALL)
              ? impact.list(caller(), "OPEN", null, null, first())
              : new Page<>(List.of(), 0, 0, SHOWN);
    }
    return flags;
  }

  /**
   * The unit whose findings are shown ({@code ?unit=}): a province-wide reader (OVERSIGHT) chooses
   * one, since checking every procedure of a province at each visit would take seconds and hold
   * them all in memory; anyone else may narrow their own units to one.
   */
  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit == null || unit.isBlank() ? null : unit.strip();
  }

  /** The units whose findings the person may ask for. */
  public List<vn.quytrinh.org.Unit> getUnits() {
    if (readable == null) {
      readable = units.all().stream().filter(u -> caller().readsWorkOf(u.code())).toList();
    }
    return readable;
  }

  /** Whether the findings wait for a unit to be chosen. */
  public boolean isUnitToChoose() {
    return caller().hasAny(Role.READ_ALL) && caller().provinceWide() && unit == null;
  }

  /** Consistency findings on procedures (not the periodic reviews and coverage, shown apart). */
  public Part<Finding> getFindings() {
    return parts().get(0);
  }

  public Part<Finding> getReviewsDue() {
    return parts().get(1);
  }

  /** TTHC of the person's units that no procedure in force implements. */
  public Part<Finding> getUncovered() {
    return parts().get(2);
  }

  /**
   * The three parts, sorted and cut once a request: the page asks each for its count, entries and
   * what is left, and a commune has over 1,600 findings to sort.
   */
  private List<Part<Finding>> parts() {
    if (parts == null) {
      parts =
          List.of(
              part(
                  f -> !f.kind().equals("REVIEW_OVERDUE") && !f.kind().equals("COVERAGE_GAP"),
                  // errors before warnings, each in the order of the documents
                  java.util.Comparator.comparing(
                      (Finding f) -> !Finding.ERROR.equals(f.severity()))),
              part(f -> f.kind().equals("REVIEW_OVERDUE"), null),
              part(f -> f.kind().equals("COVERAGE_GAP"), null));
    }
    return parts;
  }

  /**
   * A part of the dashboard: its first {@link #SHOWN} entries and how many there are. A commune of
   * the province data set has over 1,600 findings; a page listing them all would be long to send
   * and longer to read.
   */
  public record Part<T>(List<T> items, int total) {
    public int more() {
      return total - items.size();
    }
  }

  private Part<Finding> part(
      java.util.function.Predicate<Finding> which, java.util.Comparator<Finding> order) {
    java.util.stream.Stream<Finding> s = findings().stream().filter(which);
    List<Finding> all = (order == null ? s : s.sorted(order)).toList();
    return new Part<>(all.subList(0, Math.min(SHOWN, all.size())), all.size());
  }

  private List<Finding> findings() {
    if (allFindings == null) {
      allFindings =
          !caller().hasAny(Role.READ_ALL) || isUnitToChoose()
              ? List.of()
              : findings.findings(caller(), unit, null);
    }
    return allFindings;
  }

  /** Whether anything at all waits for the person. */
  public boolean isNothingToDo() {
    return getDrafts().total() == 0
        && getToReview().total() == 0
        && getToApprove().total() == 0
        && getFlags().total() == 0
        && !isUnitToChoose()
        && findings().isEmpty();
  }

  private static PageRequest first() {
    return new PageRequest(0, SHOWN);
  }
}
