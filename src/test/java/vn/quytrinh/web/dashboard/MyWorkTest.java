package vn.quytrinh.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.quytrinh.impact.Finding;
import vn.quytrinh.impact.FindingsService;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.web.session.CurrentUser;

/** The dashboard's findings: asked of the service for the right units, shown a few at a time. */
class MyWorkTest {

  static final Caller COORDINATOR =
      new Caller(
          "tk.xa-001",
          "Trần Thị Hoa",
          "Thư ký ISO",
          "XA-001",
          EnumSet.of(Role.COORDINATOR),
          Set.of("XA-001"),
          false);
  static final Caller OVERSEER =
      new Caller(
          "giamsat",
          "Lê Văn Tra",
          "Thanh tra viên",
          null,
          EnumSet.of(Role.OVERSIGHT),
          Set.of(),
          true);

  /** Units the service was asked for ("null" for the caller's own scope). */
  final List<String> asked = new ArrayList<>();

  MyWork as(Caller c, List<Finding> answer) {
    MyWork w = new MyWork();
    w.user =
        new CurrentUser() {
          @Override
          public Caller caller() {
            return c;
          }
        };
    w.findings =
        new FindingsService() {
          @Override
          public List<Finding> findings(Caller caller, String unit, Long documentId) {
            asked.add(String.valueOf(unit));
            return answer;
          }
        };
    return w;
  }

  static Finding finding(String kind, String severity, int n) {
    return new Finding(
        kind, severity, (long) n, "QT-" + n, 1, "XA-001", null, Message.of("finding." + kind));
  }

  @Test
  void aCommuneWithManyFindingsShowsTenErrorsFirstAndCountsTheRest() {
    List<Finding> many = new ArrayList<>();
    IntStream.range(0, 1_600)
        .forEach(i -> many.add(finding("UNREGISTERED_CITATION", Finding.WARNING, i)));
    many.add(finding("TIME_EXCEEDS_LIMIT", Finding.ERROR, 9_999));
    IntStream.range(0, 30).forEach(i -> many.add(finding("REVIEW_OVERDUE", Finding.WARNING, i)));
    MyWork w = as(COORDINATOR, many);
    MyWork.Part<Finding> shown = w.getFindings();
    assertEquals(MyWork.SHOWN, shown.items().size());
    assertEquals(1_601, shown.total());
    assertEquals(1_591, shown.more());
    assertEquals(Finding.ERROR, shown.items().get(0).severity(), "the error comes first");
    assertEquals(30, w.getReviewsDue().total());
    assertEquals(MyWork.SHOWN, w.getReviewsDue().items().size());
    assertEquals(List.of("null"), asked, "the coordinator's own units, asked once");
    assertSame(
        shown, w.getFindings(), "sorted and cut once a request, however often the page asks");
  }

  @Test
  void aProvinceWideReaderChoosesTheUnitBeforeAnythingIsChecked() {
    MyWork w = as(OVERSEER, List.of(finding("TIME_EXCEEDS_LIMIT", Finding.ERROR, 1)));
    assertTrue(w.isUnitToChoose());
    assertEquals(0, w.getFindings().total());
    assertEquals(0, w.getUncovered().total());
    assertEquals(List.of(), asked, "the whole province is not checked at each visit");

    MyWork chosen = as(OVERSEER, List.of(finding("TIME_EXCEEDS_LIMIT", Finding.ERROR, 1)));
    chosen.setUnit(" XA-001 ");
    assertFalse(chosen.isUnitToChoose());
    assertEquals(1, chosen.getFindings().total());
    assertEquals(List.of("XA-001"), asked);
  }

  /** The services' own answer on which queues a role gives, with empty queues. */
  static vn.quytrinh.document.DocumentService noVersions() {
    return new vn.quytrinh.document.DocumentService() {
      @Override
      public vn.quytrinh.platform.rest.Page<vn.quytrinh.document.DocumentService.QueuedVersion>
          queue(Caller c, Queue q, vn.quytrinh.platform.rest.PageRequest page) {
        return new vn.quytrinh.platform.rest.Page<>(List.of(), 0, 0, page.size());
      }
    };
  }

  static List<Object> names(MyWork w) {
    return w.getQueues().stream().map(q -> q.get(0)).toList();
  }

  @Test
  void eachPersonIsShownTheQueuesTheirRolesGive() {
    MyWork coordinator = as(COORDINATOR, List.of());
    coordinator.documents = noVersions();
    MyWork overseer = as(OVERSEER, List.of());
    overseer.documents = noVersions();
    assertEquals(List.of("drafts"), names(coordinator), "no review or approval queue of hers");
    assertEquals(List.of(), names(overseer), "an overseer drafts, reviews and approves nothing");
  }
}
