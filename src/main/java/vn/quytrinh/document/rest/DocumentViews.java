package vn.quytrinh.document.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.quytrinh.document.Actor;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentStatus;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.Signature;
import vn.quytrinh.document.SignatureCapacity;
import vn.quytrinh.document.SignatureCheck;
import vn.quytrinh.document.VersionAction;
import vn.quytrinh.document.VersionDiff;
import vn.quytrinh.document.VersionEvent;
import vn.quytrinh.document.VersionOperation;
import vn.quytrinh.document.VersionStatus;

/** Request and response bodies of the document context, apart from the entities. */
public final class DocumentViews {

  private DocumentViews() {}

  // ---- requests (classes: Payara's OpenAPI scanner trips over annotated record parameters)

  public static class CreateDocumentBody {
    public String code;
    public String title;
    public DocumentKind kind;
    public String unitCode;
    public List<String> tthcCodes;
    public Integer reviewPeriodMonths;
  }

  public static class DescribeDocumentBody {
    public String title;
    public List<String> tthcCodes;
    public Integer reviewPeriodMonths;
  }

  public static class DraftBody {
    public ProcedureContent content;
    public String changeSummary;
    public String changeReason;
  }

  public static class ReviewBody {
    public String decision;
    public String comment;
    public String password;
  }

  public static class ApproveBody {
    public String decision;
    public String comment;
    public String password;
    public LocalDate effectiveFrom;
  }

  public static class WithdrawBody {
    public String reason;
  }

  // ---- responses

  public record VersionSummary(
      int issueNo, VersionStatus status, LocalDate effectiveFrom, LocalDate endedOn) {
    static VersionSummary of(DocumentVersion v) {
      return new VersionSummary(v.issueNo(), v.status(), v.effectiveFrom(), v.endedOn());
    }
  }

  public record DocumentView(
      long id,
      String code,
      String title,
      DocumentKind kind,
      String unitCode,
      List<String> tthcCodes,
      int reviewPeriodMonths,
      DocumentStatus status,
      Integer effectiveIssueNo,
      String withdrawnReason,
      Instant withdrawnAt,
      String createdBy,
      Instant createdAt,
      List<VersionSummary> versions) {

    public static DocumentView of(ControlledDocument d, List<DocumentVersion> visible) {
      return new DocumentView(
          d.id(),
          d.code(),
          d.title(),
          d.kind(),
          d.unitCode(),
          List.copyOf(d.tthcCodes()),
          d.reviewPeriodMonths(),
          d.status(),
          d.effectiveIssueNo(),
          d.withdrawnReason(),
          d.withdrawnAt(),
          d.createdBy(),
          d.createdAt(),
          visible.stream().map(VersionSummary::of).toList());
    }
  }

  public record VersionView(
      long documentId,
      String documentCode,
      String title,
      String unitCode,
      int issueNo,
      VersionStatus status,
      String statusLabel,
      LocalDate effectiveFrom,
      LocalDate endedOn,
      boolean editable,
      ProcedureContent content,
      BigDecimal totalStepDays,
      String changeSummary,
      String changeReason,
      String lastComment,
      List<String> drafters,
      String createdBy,
      Instant createdAt,
      Instant updatedAt) {

    public static VersionView of(DocumentVersion v) {
      ControlledDocument d = v.document();
      return new VersionView(
          d.id(),
          d.code(),
          d.title(),
          d.unitCode(),
          v.issueNo(),
          v.status(),
          v.status().label(),
          v.effectiveFrom(),
          v.endedOn(),
          v.editable(),
          v.content(),
          v.content().totalStepDays(),
          v.changeSummary(),
          v.changeReason(),
          v.lastComment(),
          List.copyOf(v.drafters()),
          v.createdBy(),
          v.createdAt(),
          v.updatedAt());
    }
  }

  public record SignatureView(
      SignatureCapacity capacity,
      String capacityLabel,
      String username,
      String fullName,
      String position,
      Instant signedAt,
      String contentHash,
      boolean withdrawn,
      boolean valid) {}

  public record SignaturesView(int issueNo, String currentHash, List<SignatureView> signatures) {
    public static SignaturesView of(DocumentVersion v) {
      SignatureCheck check = SignatureCheck.of(v);
      List<SignatureView> list = new ArrayList<>();
      for (Signature s : v.signatures()) {
        Actor a = s.signer();
        list.add(
            new SignatureView(
                s.capacity(),
                s.capacity().label(),
                a.username(),
                a.fullName(),
                a.position(),
                s.signedAt(),
                s.contentHash(),
                s.withdrawn(),
                check.valid(s)));
      }
      return new SignaturesView(v.issueNo(), check.currentHash(), list);
    }
  }

  public record PersonAt(String username, String fullName, String position, Instant at) {}

  /** One row of the revision page (trang theo dõi sửa đổi), derived from the version. */
  public record RevisionRow(
      int issueNo,
      VersionStatus status,
      List<PersonAt> draftedBy,
      PersonAt reviewedBy,
      PersonAt approvedBy,
      LocalDate effectiveFrom,
      LocalDate endedOn,
      String changeSummary,
      String changeReason) {

    public static RevisionRow of(DocumentVersion v) {
      Map<String, PersonAt> drafted = new LinkedHashMap<>();
      for (VersionEvent e : v.events()) {
        if (e.action() == VersionAction.CREATED || e.action() == VersionAction.SAVED) {
          Actor a = e.actor();
          drafted.put(
              a.username(), new PersonAt(a.username(), a.fullName(), a.position(), e.occurredAt()));
        }
      }
      return new RevisionRow(
          v.issueNo(),
          v.status(),
          List.copyOf(drafted.values()),
          v.signature(SignatureCapacity.REVIEW).map(RevisionRow::person).orElse(null),
          v.signature(SignatureCapacity.APPROVAL).map(RevisionRow::person).orElse(null),
          v.effectiveFrom(),
          v.endedOn(),
          v.changeSummary(),
          v.changeReason());
    }

    private static PersonAt person(Signature s) {
      Actor a = s.signer();
      return new PersonAt(a.username(), a.fullName(), a.position(), s.signedAt());
    }
  }

  public record EventView(
      VersionAction action,
      String actionLabel,
      String actor,
      String actorName,
      String actorPosition,
      Instant at,
      VersionStatus fromStatus,
      VersionStatus toStatus,
      String comment) {
    static EventView of(VersionEvent e) {
      Actor a = e.actor();
      return new EventView(
          e.action(),
          e.action().label(),
          a.username(),
          a.fullName(),
          a.position(),
          e.occurredAt(),
          e.fromStatus(),
          e.toStatus(),
          e.comment());
    }
  }

  public record HistoryView(
      long documentId,
      String documentCode,
      int issueNo,
      List<RevisionRow> revisions,
      List<EventView> events) {
    /** Revisions up to this issue that were issued (approved at least once), and this one. */
    public static HistoryView of(DocumentVersion v) {
      ControlledDocument d = v.document();
      List<RevisionRow> rows =
          d.versions().stream()
              .filter(x -> x.issueNo() <= v.issueNo())
              .filter(x -> x == v || x.signature(SignatureCapacity.APPROVAL).isPresent())
              .map(RevisionRow::of)
              .toList();
      return new HistoryView(
          d.id(), d.code(), v.issueNo(), rows, v.events().stream().map(EventView::of).toList());
    }
  }

  public record DiffView(
      long documentId, int issueNo, int against, List<VersionDiff.Change> changes) {}

  /** What the caller may do to the version now ({@code DocumentService.operations}). */
  public record ActionsView(long documentId, int issueNo, List<VersionOperation> actions) {}
}
