package vn.quytrinh.impact;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.quytrinh.platform.i18n.Localized;
import vn.quytrinh.platform.i18n.Message;

/**
 * A revision flag as the API shows it. {@code reason} is the Vietnamese text stored with the flag;
 * a flag raised since message keys were stored also has {@code reasonKey} and its arguments, and
 * {@link #in} words its reason in the reader's language.
 */
public record FlagView(
    long id,
    long documentId,
    String documentCode,
    String documentTitle,
    String unitCode,
    int issueNo,
    Severity severity,
    Trigger trigger,
    String reason,
    LocalDate raisedOn,
    LocalDate dueOn,
    FlagStatus status,
    LocalDate resolvedOn,
    Integer resolvedByIssue,
    String dismissedBy,
    String dismissedByName,
    Instant dismissedAt,
    String justification,
    String reasonKey,
    @JsonbTransient String reasonArgs,
    List<ArticleChange> wordings)
    implements Localized {

  /**
   * A cited article's wording before the change and after it, as the stored texts have them; when
   * one is not known, {@code missing} says which text is missing ({@code GET /flags/{id}} only).
   */
  public record ArticleChange(
      String article,
      FlagChanges.Wording before,
      FlagChanges.Wording after,
      FlagChanges.Missing missing,
      String missingLabel) {}

  /** This flag with the wordings of the articles it concerns. */
  public FlagView withWordings(List<ArticleChange> w) {
    return with(reason, w);
  }

  private FlagView with(String newReason, List<ArticleChange> w) {
    return new FlagView(
        id,
        documentId,
        documentCode,
        documentTitle,
        unitCode,
        issueNo,
        severity,
        trigger,
        newReason,
        raisedOn,
        dueOn,
        status,
        resolvedOn,
        resolvedByIssue,
        dismissedBy,
        dismissedByName,
        dismissedAt,
        justification,
        reasonKey,
        reasonArgs,
        w);
  }

  /**
   * What raised the flag: the relation kind or TTHC change kind, the acting document or decision.
   */
  public record Trigger(
      String kind, String number, String targetNumber, String tthcCode, List<String> articles) {}

  static final String COLUMNS =
      "f.id, f.document_id, d.code, d.title, d.unit_code, f.issue_no, f.severity, f.trigger_kind,"
          + " f.acting_number, f.target_number, f.tthc_code, f.articles, f.reason, f.raised_on, f.due_on,"
          + " f.status, f.resolved_on, f.resolved_by_issue, f.dismissed_by, f.dismissed_at, f.justification,"
          + " f.reason_key, f.reason_args, u.full_name";

  static final String FROM =
      " FROM revision_flag f JOIN controlled_document d ON d.id = f.document_id"
          + " LEFT JOIN app_user u ON u.username = f.dismissed_by";

  static FlagView of(Object[] r) {
    String articles = (String) r[11];
    return new FlagView(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        ((Number) r[5]).intValue(),
        Severity.valueOf((String) r[6]),
        new Trigger(
            (String) r[7],
            (String) r[8],
            (String) r[9],
            (String) r[10],
            articles == null || articles.isEmpty()
                ? List.of()
                : Arrays.asList(articles.split(","))),
        (String) r[12],
        date(r[13]),
        date(r[14]),
        FlagStatus.valueOf((String) r[15]),
        date(r[16]),
        r[17] == null ? null : ((Number) r[17]).intValue(),
        (String) r[18],
        (String) r[23],
        instant(r[19]),
        (String) r[20],
        (String) r[21],
        (String) r[22],
        null);
  }

  /** This flag with its reason in {@code locale}'s language; a flag stored as text stays as is. */
  @Override
  public FlagView in(Locale locale) {
    if (reasonKey == null) {
      return this;
    }
    return with(Message.fromJson(reasonKey, reasonArgs).in(locale), wordings);
  }

  static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(o.toString().substring(0, 10));
  }

  static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Instant i) {
      return i;
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return OffsetDateTime.parse(o.toString()).toInstant();
  }
}
