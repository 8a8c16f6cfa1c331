package vn.quytrinh.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Documents and versions for tests outside the aggregate: a drafter, a reviewer, an approver. */
public final class Drafts {

  public static final Actor DRAFTER = new Actor("tk", "Trần Thị Hoa", "Thư ký ISO");
  public static final Actor REVIEWER = new Actor("pct", "Lê Văn Minh", "Phó Chủ tịch");
  public static final Actor APPROVER = new Actor("ct", "Nguyễn Văn Hùng", "Chủ tịch");

  private Drafts() {}

  /** A procedure with no version yet, drafted by {@link #DRAFTER}. */
  public static ControlledDocument procedure(String code, String unit, Instant at) {
    return new ControlledDocument(
        DocumentCode.parse(code),
        "Quy trình chứng thực bản sao",
        DocumentKind.PROCEDURE,
        unit,
        Set.of(),
        12,
        DRAFTER,
        at);
  }

  /** Complete content with one step of half a day. */
  public static ProcedureContent content(String purpose) {
    return new ProcedureContent(
        purpose,
        "Áp dụng tại UBND xã",
        null,
        null,
        List.of(),
        null,
        List.of(),
        BigDecimal.ONE,
        null,
        null,
        null,
        null,
        List.of(
            new ProcedureContent.Step(
                1, "Tiếp nhận hồ sơ", "BPTN&TKQ", new BigDecimal("0.5"), null)),
        List.of(),
        List.of());
  }

  /** Submitted, accepted and approved to take effect on {@code effectiveFrom}. */
  public static void signOff(DocumentVersion v, LocalDate effectiveFrom, Instant at) {
    v.submitForReview(DRAFTER, at);
    v.acceptReview(REVIEWER, SignedContent.of(v).sha256(), at);
    v.approve(APPROVER, SignedContent.of(v).sha256(), effectiveFrom, at);
  }

  /** A new version of {@code d} with {@code content("Lần n")}, approved for {@code from}. */
  public static DocumentVersion approved(ControlledDocument d, LocalDate from, Instant at) {
    DocumentVersion v = d.startVersion(DRAFTER, at);
    v.edit(content("Lần " + v.issueNo()), "Ban hành", null, DRAFTER, at);
    signOff(v, from, at);
    return v;
  }
}
