package vn.quytrinh.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.quytrinh.audit.AuditChain;
import vn.quytrinh.audit.AuditService;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.web.Filters;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * The audit trail ({@code /app/audit.xhtml?entity=&id=&before=}): the events the person may read,
 * newest first, filtered, counted and paged by the database ({@link AuditService#events}), deeper
 * pages by the {@code before=} cursor as the API's; and for those who may ({@link
 * AuditService#mayVerify}), one button that verifies the whole chain and says how well it is
 * protected.
 */
@Named
@RequestScoped
public class AuditLog {

  static final int PAGE_SIZE = 50;

  /** The entities the trail records, as api.md lists them: the entity filter's choices. */
  static final List<String> ENTITIES =
      List.of(
          "DOCUMENT",
          "VERSION",
          "FLAG",
          "LEGAL_DOCUMENT",
          "LEGAL_RELATION",
          "TTHC",
          "TTHC_CHANGE",
          "IMPORT",
          "MANUAL",
          "REPORT",
          "UNIT",
          "USER",
          "INSTALLATION");

  private CurrentUser user;
  private AuditService audit;

  private String entity;
  private String id;
  private Long before;
  private Page<AuditChain.Event> result;
  private AuditTrail.Verification verification;

  @Inject
  public AuditLog(CurrentUser user, AuditService audit) {
    this.user = user;
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected AuditLog() {}

  /** Someone who reads no unit's work is answered 403, as {@code GET /audit}. */
  public void load() throws IOException {
    try {
      getResult();
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  public Page<AuditChain.Event> getResult() {
    if (result == null) {
      String e = Filters.blankToNull(entity);
      Long cursor = before != null && before < 1 ? null : before;
      result =
          audit.events(
              user.caller(),
              e == null ? null : e.toUpperCase(Locale.ROOT),
              Filters.blankToNull(id),
              cursor,
              new PageRequest(0, PAGE_SIZE));
    }
    return result;
  }

  /** The cursor of the next (older) page: the last event's sequence number, or null at the end. */
  public Long getOlder() {
    List<AuditChain.Event> items = getResult().items();
    return getResult().total() > items.size() && !items.isEmpty()
        ? items.get(items.size() - 1).seq()
        : null;
  }

  public List<String> getEntities() {
    return ENTITIES;
  }

  public boolean isMayVerify() {
    return AuditService.mayVerify(user.caller());
  }

  public void verify() {
    try {
      verification = audit.verify(user.caller());
    } catch (ProblemException e) {
      Notices.refused(e);
    }
  }

  public AuditTrail.Verification getVerification() {
    return verification;
  }

  /** An action in the page's words when the interface has them, else as recorded. */
  public String action(String action) {
    return label("audit.action.", action);
  }

  /** An entity in the page's words when the interface has them, else as recorded. */
  public String entityLabel(String entity) {
    return label("audit.entity.", entity);
  }

  private static String label(String prefix, String value) {
    ResourceBundle ui = ResourceBundle.getBundle("vn.quytrinh.web.ui", Notices.locale());
    return value != null && ui.containsKey(prefix + value) ? ui.getString(prefix + value) : value;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
    result = null; // read again with the filter: a postback's view parameters arrive after a read
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
    result = null; // read again with the filter: a postback's view parameters arrive after a read
  }

  public Long getBefore() {
    return before;
  }

  public void setBefore(Long before) {
    this.before = before;
    result = null; // read again with the filter: a postback's view parameters arrive after a read
  }
}
