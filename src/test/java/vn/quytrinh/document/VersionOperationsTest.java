package vn.quytrinh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;

/**
 * What each person may do to a version, through its whole life, as the pages and the API ask it.
 */
class VersionOperationsTest {

  private static final String UNIT = "UBND-XA-A";
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static final Caller THU_KY = caller("thuky", Role.COORDINATOR);
  private static final Caller XEM_XET = caller("xemxet", Role.REVIEWER);
  private static final Caller PHE_DUYET = caller("pheduyet", Role.APPROVER);
  private static final Caller CAN_BO = caller("canbo", Role.READER);
  private static final Caller DANH_GIA = caller("danhgia", Role.AUDITOR);
  private static final Caller GIAM_SAT =
      new Caller("giamsat", "Giám Sát", null, "TINH", Set.of(Role.OVERSIGHT), Set.of(), true);
  private static final Caller THU_KY_XA_KHAC =
      new Caller(
          "khac", "Thư Ký Khác", null, "XA-B", Set.of(Role.COORDINATOR), Set.of("XA-B"), false);

  private ControlledDocument doc;

  private static Caller caller(String username, Role... roles) {
    return new Caller(username, username, null, UNIT, Set.of(roles), Set.of(UNIT), false);
  }

  private static Actor actor(Caller c) {
    return new Actor(c.username(), c.fullName(), c.position());
  }

  private static Set<VersionOperation> ops(VersionOperation... o) {
    return o.length == 0 ? EnumSet.noneOf(VersionOperation.class) : EnumSet.copyOf(List.of(o));
  }

  @BeforeEach
  void newDocument() {
    doc = Drafts.procedure("QT-01/HT", UNIT, T0);
  }

  private DocumentVersion draft() {
    DocumentVersion v = doc.startVersion(actor(THU_KY), T0);
    v.edit(Drafts.content("Mục đích"), null, null, actor(THU_KY), T0);
    return v;
  }

  @Test
  void aDraftIsTheCoordinatorsToEditAndSubmitAndNobodyElsesButTheApproversToWithdraw() {
    DocumentVersion v = draft();
    assertEquals(ops(VersionOperation.EDIT, VersionOperation.SUBMIT), allowed(THU_KY, v));
    assertEquals(ops(), allowed(XEM_XET, v));
    assertEquals(ops(VersionOperation.WITHDRAW), allowed(PHE_DUYET, v));
    assertEquals(ops(), allowed(CAN_BO, v));
    assertEquals(ops(), allowed(DANH_GIA, v));
    assertEquals(ops(), allowed(GIAM_SAT, v));
    assertEquals(ops(), allowed(THU_KY_XA_KHAC, v), "another unit's coordinator");
  }

  @Test
  void inReviewOnlyAReviewerWhoDidNotDraftItMayReview() {
    DocumentVersion v = draft();
    v.submitForReview(actor(THU_KY), T0);
    assertEquals(ops(VersionOperation.REVIEW), allowed(XEM_XET, v));
    assertEquals(ops(), allowed(THU_KY, v));
    Caller draftingReviewer = caller("thuky", Role.COORDINATOR, Role.REVIEWER);
    assertEquals(ops(), allowed(draftingReviewer, v), "the drafter may not review");
  }

  @Test
  void reviewedOnlyAnApproverWhoNeitherDraftedNorReviewedMayApprove() {
    DocumentVersion v = draft();
    v.submitForReview(actor(THU_KY), T0);
    v.acceptReview(actor(XEM_XET), SignedContent.of(v).sha256(), T0);
    assertEquals(ops(VersionOperation.APPROVE, VersionOperation.WITHDRAW), allowed(PHE_DUYET, v));
    Caller reviewerApprover = caller("xemxet", Role.REVIEWER, Role.APPROVER);
    assertEquals(ops(VersionOperation.WITHDRAW), allowed(reviewerApprover, v));
    assertEquals(ops(), allowed(XEM_XET, v));
  }

  @Test
  void inForceTheCoordinatorStartsARevisionOnceAndTheApproverMayWithdraw() {
    DocumentVersion v = draft();
    v.submitForReview(actor(THU_KY), T0);
    v.acceptReview(actor(XEM_XET), SignedContent.of(v).sha256(), T0);
    v.approve(actor(PHE_DUYET), SignedContent.of(v).sha256(), LocalDate.of(2026, 3, 2), T0);
    doc.activate(v, LocalDate.of(2026, 3, 2), actor(PHE_DUYET), T0);
    assertEquals(ops(VersionOperation.START_REVISION), allowed(THU_KY, v));
    assertEquals(ops(VersionOperation.WITHDRAW), allowed(PHE_DUYET, v));
    assertEquals(ops(), allowed(CAN_BO, v));

    doc.startVersion(actor(THU_KY), T0);
    assertEquals(ops(), allowed(THU_KY, v), "a revision is already on its way");

    doc.withdraw("Không còn áp dụng", actor(PHE_DUYET), LocalDate.of(2026, 4, 1), T0);
    assertEquals(ops(), allowed(PHE_DUYET, v), "nothing more on a withdrawn document");
    assertEquals(ops(), allowed(THU_KY, v));
  }

  private Set<VersionOperation> allowed(Caller c, DocumentVersion v) {
    return VersionOperations.allowed(c, doc, v);
  }
}
