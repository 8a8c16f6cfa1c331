package vn.quytrinh.web.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentService.DocumentData;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * A new document ({@code /app/new-document.xhtml}): code, title, kind, unit, the TTHC it carries
 * out and its review period; created with its first draft, which opens in the editor. The units
 * offered are those {@link DocumentService#unitsForNewDocuments} gives the person; creating is
 * refused by the service all the same.
 */
@Named
@RequestScoped
public class NewDocument {

  private CurrentUser user;
  private DocumentService documents;

  private String code;
  private String title;
  private DocumentKind kind = DocumentKind.PROCEDURE;
  private String unit;
  private String tthcCodes;
  private Integer reviewPeriodMonths = 12;

  @Inject
  public NewDocument(CurrentUser user, DocumentService documents) {
    this.user = user;
    this.documents = documents;
  }

  /** For the CDI client proxy only. */
  protected NewDocument() {}

  public String create() {
    try {
      ControlledDocument d =
          documents.create(
              user.caller(),
              new DocumentData(code, title, kind, unit, codes(), reviewPeriodMonths));
      DocumentVersion v = documents.startVersion(user.caller(), d.id());
      Notices.info("newDocument.created", d.code());
      Notices.keepOverRedirect();
      return "/app/editor?faces-redirect=true&id=" + d.id() + "&issue=" + v.issueNo();
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    }
  }

  /** TTHC codes as typed: separated by commas, semicolons or blanks. */
  private List<String> codes() {
    if (tthcCodes == null || tthcCodes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(tthcCodes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  public List<String> getUnits() {
    return documents.unitsForNewDocuments(user.caller());
  }

  public List<DocumentKind> getKinds() {
    return List.of(DocumentKind.values());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getTthcCodes() {
    return tthcCodes;
  }

  public void setTthcCodes(String tthcCodes) {
    this.tthcCodes = tthcCodes;
  }

  public Integer getReviewPeriodMonths() {
    return reviewPeriodMonths;
  }

  public void setReviewPeriodMonths(Integer reviewPeriodMonths) {
    this.reviewPeriodMonths = reviewPeriodMonths;
  }
}
