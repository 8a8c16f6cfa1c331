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

  private Page<QueuedVersion> drafts;
  private Page<QueuedVersion> toReview;
  private Page<QueuedVersion> toApprove;
  private Page<FlagView> flags;
  private List<Finding> allFindings;

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

  /** Consistency findings on procedures (not the periodic reviews and coverage, shown apart). */
  public List<Finding> getFindings() {
    return findings().stream()
        .filter(f -> !f.kind().equals("REVIEW_OVERDUE") && !f.kind().equals("COVERAGE_GAP"))
        .toList();
  }

  public List<Finding> getReviewsDue() {
    return findings().stream().filter(f -> f.kind().equals("REVIEW_OVERDUE")).toList();
  }

  /** TTHC of the person's units that no procedure in force implements. */
  public List<Finding> getUncovered() {
    return findings().stream().filter(f -> f.kind().equals("COVERAGE_GAP")).toList();
  }

  private List<Finding> findings() {
    if (allFindings == null) {
      allFindings =
          caller().hasAny(Role.READ_ALL) ? findings.findings(caller(), null, null) : List.of();
    }
    return allFindings;
  }

  /** Whether anything at all waits for the person. */
  public boolean isNothingToDo() {
    return getDrafts().total() == 0
        && getToReview().total() == 0
        && getToApprove().total() == 0
        && getFlags().total() == 0
        && findings().isEmpty();
  }

  private static PageRequest first() {
    return new PageRequest(0, SHOWN);
  }
}
