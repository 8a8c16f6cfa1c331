package vn.quytrinh.web.tthc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.tthc.TthcService;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * One TTHC ({@code /app/tthc-detail.xhtml?code=}): its time limit, fee, dossier, result and legal
 * basis, the units carrying it out, the changes announced for it, and the procedures implementing
 * it that the person may see ({@link DocumentService#list} narrowed to the TTHC: a reader's list
 * holds documents in force only).
 */
@Named
@RequestScoped
public class TthcPage {

  /** How many implementing procedures the page lists; the documents list shows them all. */
  static final int PROCEDURES = 50;

  /** A procedure implementing the TTHC. */
  public record Procedure(long id, String code, String title, String unitCode, Integer inForce) {
    static Procedure of(ControlledDocument d, List<DocumentVersion> visible) {
      return new Procedure(d.id(), d.code(), d.title(), d.unitCode(), d.effectiveIssueNo());
    }
  }

  @Inject CurrentUser user;
  @Inject TthcService tthc;
  @Inject DocumentService documents;

  private String code;
  private TthcService.Reading reading;
  private Page<Procedure> procedures;

  public void load() throws IOException {
    try {
      reading = tthc.reading(code == null ? "" : code.strip());
      procedures =
          documents.list(
              user.caller(),
              new DocumentService.Criteria(
                  null, null, null, reading.tthc().code(), null, null, false),
              new PageRequest(0, PROCEDURES),
              Procedure::of);
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  public TthcService.Reading getReading() {
    return reading;
  }

  public Page<Procedure> getProcedures() {
    return procedures;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
