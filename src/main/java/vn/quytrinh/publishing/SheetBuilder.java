package vn.quytrinh.publishing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.quytrinh.document.Actor;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.Signature;
import vn.quytrinh.document.SignatureCapacity;
import vn.quytrinh.document.SignatureCheck;
import vn.quytrinh.document.VersionAction;
import vn.quytrinh.document.VersionEvent;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalWords;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.time.TimeSource;

/**
 * Turns a version and what surrounds it into the printed {@link ProcedureSheet}: the approval block
 * from the signatures, the revision page from the versions, full legal citations from the registry.
 * Plain Java: everything it needs is passed in.
 */
public final class SheetBuilder {

  static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter VN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private SheetBuilder() {}

  /**
   * @param agency the name printed in the header
   * @param registered a citation's number key → the one registered document, when there is one
   * @param legalLimitDays the TTHC's time limit, when the document implements a registered TTHC
   * @param exportedBy who exports, for the controlled-copy note of a version in force
   */
  public static ProcedureSheet sheet(
      String agency,
      DocumentVersion v,
      Function<String, Optional<LegalDocument>> registered,
      BigDecimal legalLimitDays,
      String timeLimitText,
      String exportedBy,
      Instant exportedAt) {
    ControlledDocument d = v.document();
    ProcedureContent c = v.content();
    SignatureCheck check = SignatureCheck.of(v);

    List<ProcedureSheet.Approval> approvals = new ArrayList<>();
    Map<String, Actor> drafted = new LinkedHashMap<>();
    LocalDate draftedOn = null;
    for (VersionEvent e : v.events()) {
      if (e.action() == VersionAction.CREATED || e.action() == VersionAction.SAVED) {
        drafted.put(e.actor().username(), e.actor());
        draftedOn = e.occurredAt().atZone(TimeSource.VIETNAM).toLocalDate();
      }
    }
    Actor drafter =
        drafted.isEmpty() ? null : new ArrayList<>(drafted.values()).get(drafted.size() - 1);
    approvals.add(
        new ProcedureSheet.Approval(
            Messages.vi("form.approval.drafted"),
            drafter == null ? null : drafter.fullName(),
            drafter == null ? null : drafter.position(),
            draftedOn,
            null));
    approvals.add(
        approval(
            Messages.vi("form.approval.reviewed"), v.signature(SignatureCapacity.REVIEW), check));
    approvals.add(
        approval(
            Messages.vi("form.approval.approved"), v.signature(SignatureCapacity.APPROVAL), check));

    List<ProcedureSheet.Revision> revisions = new ArrayList<>();
    int no = 1;
    for (DocumentVersion x : d.versions()) {
      boolean issued = x.signature(SignatureCapacity.APPROVAL).isPresent();
      if (x.issueNo() > v.issueNo() || (!issued && x != v)) {
        continue;
      }
      LocalDate date =
          x.effectiveFrom() != null
              ? x.effectiveFrom()
              : x.updatedAt().atZone(TimeSource.VIETNAM).toLocalDate();
      revisions.add(
          new ProcedureSheet.Revision(
              no++, date, x.changeSummary(), x.changeReason(), x.issueNo()));
    }

    List<String> basis = new ArrayList<>();
    for (ProcedureContent.Citation x : c.legalBasis()) {
      if (x != null) {
        basis.add(citation(x, registered));
      }
    }

    // a signed version that no longer matches its signatures says so across every page, whatever
    // its status, and is no controlled copy
    ProcedureSheet.Watermark mark =
        check.contentChanged() ? ProcedureSheet.Watermark.CHANGED : watermark(v.status());
    String note =
        check.contentChanged()
            ? Messages.vi("form.note.changed", SignatureCheck.CHANGED)
            : switch (v.status()) {
              case EFFECTIVE ->
                  Messages.vi(
                      "form.note.controlled",
                      exportedBy,
                      exportedAt.atZone(TimeSource.VIETNAM).format(VN_TIME));
              case APPROVED ->
                  Messages.vi(
                      "form.note.approved",
                      v.effectiveFrom() == null ? "—" : v.effectiveFrom().format(VN_DATE));
              default -> null;
            };

    String timeLimit = null;
    if (c.timeLimitDays() != null) {
      timeLimit = Messages.vi("form.workingDays", days(c.timeLimitDays()));
    }
    if (timeLimitText != null) {
      timeLimit = timeLimit == null ? timeLimitText : timeLimit + " (" + timeLimitText + ")";
    }

    return new ProcedureSheet(
        agency,
        d.code(),
        d.title(),
        v.issueNo(),
        v.effectiveFrom(),
        v.status().label(),
        mark,
        note,
        approvals,
        revisions,
        c.purpose(),
        c.scope(),
        c.references(),
        c.definitions(),
        basis,
        c.conditions(),
        c.dossier().stream()
            .filter(x -> x != null)
            .map(x -> new ProcedureSheet.Dossier(x.name(), x.copies()))
            .toList(),
        timeLimit,
        c.place(),
        c.fee(),
        c.applicants(),
        c.result(),
        c.steps().stream()
            .filter(x -> x != null)
            .map(
                x ->
                    new ProcedureSheet.Step(
                        x.order(), x.action(), x.responsible(), x.days(), x.output()))
            .toList(),
        c.totalStepDays(),
        legalLimitDays,
        c.forms().stream()
            .filter(x -> x != null)
            .map(x -> new ProcedureSheet.Form(x.code(), x.name()))
            .toList(),
        c.records().stream()
            .filter(x -> x != null)
            .map(x -> new ProcedureSheet.Kept(x.name(), x.keeper(), x.retention()))
            .toList(),
        List.of());
  }

  private static ProcedureSheet.Approval approval(
      String role, Optional<Signature> s, SignatureCheck check) {
    if (s.isEmpty()) {
      return new ProcedureSheet.Approval(role, null, null, null, null);
    }
    Signature x = s.get();
    String mark =
        Messages.vi("form.signatureMark", x.contentHash().substring(0, 12))
            + (check.valid(x) ? "" : " · " + SignatureCheck.CHANGED);
    return new ProcedureSheet.Approval(
        role,
        x.signer().fullName(),
        x.signer().position(),
        x.signedAt().atZone(TimeSource.VIETNAM).toLocalDate(),
        mark);
  }

  /** "Điểm a Khoản 2 Điều 35 Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ …". */
  static String citation(
      ProcedureContent.Citation x, Function<String, Optional<LegalDocument>> registered) {
    StringBuilder b = new StringBuilder();
    if (x.point() != null) {
      b.append(Messages.vi("form.citation.point", x.point())).append(' ');
    }
    if (x.clause() != null) {
      b.append(Messages.vi("form.citation.clause", x.clause())).append(' ');
    }
    if (x.article() != null) {
      String a = LegalWords.withoutArticleWord(x.article());
      b.append(Messages.vi("form.citation.article", a)).append(' ');
    }
    Optional<LegalDocument> doc;
    try {
      doc = registered.apply(vn.quytrinh.legal.LegalDocumentNumber.parse(x.number()).key());
    } catch (RuntimeException malformed) {
      doc = Optional.empty();
    }
    if (doc.isEmpty()) {
      return b.append(x.number()).toString();
    }
    LegalDocument l = doc.get();
    String label = l.type().label();
    if (l.title() != null && l.title().startsWith(label + " ")) {
      // a law is cited by its name: "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014"
      b.append(Messages.vi("form.citation.number", l.title(), l.number()));
      if (l.signedOn() != null) {
        b.append(' ').append(Messages.vi("form.citation.signedOn", l.signedOn().format(VN_DATE)));
      }
      return b.toString();
    }
    b.append(Messages.vi("form.citation.number", label, l.number()));
    if (l.signedOn() != null) {
      b.append(' ').append(Messages.vi("form.citation.signedOn", l.signedOn().format(VN_DATE)));
    }
    if (l.issuer() != null) {
      b.append(' ').append(Messages.vi("form.citation.issuer", l.issuer()));
    }
    if (l.title() != null) {
      b.append(" ")
          .append(Character.toLowerCase(l.title().charAt(0)))
          .append(l.title().substring(1));
    }
    return b.toString();
  }

  static String days(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /**
   * What a printed version says across its pages: nothing when in force or approved to take effect,
   * BẢN NHÁP while being drafted or reviewed, HẾT HIỆU LỰC once superseded or withdrawn.
   */
  static ProcedureSheet.Watermark watermark(VersionStatus status) {
    return switch (status) {
      case EFFECTIVE, APPROVED -> ProcedureSheet.Watermark.NONE;
      case SUPERSEDED, OBSOLETE -> ProcedureSheet.Watermark.OBSOLETE;
      case DRAFT, IN_REVIEW, REVIEWED -> ProcedureSheet.Watermark.DRAFT;
    };
  }
}
