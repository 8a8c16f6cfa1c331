package vn.quytrinh.web.legal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalReading;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.web.IdRef;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.session.CurrentUser;

/**
 * Adding a legal document to the registry or correcting one ({@code /app/legal-edit.xhtml[?id=]}),
 * for those who keep it ({@link LegalService#keeps}); the service checks the number, the dates and
 * a concurrent correction (the row version read with the page).
 */
@Named
@ViewScoped
public class LegalEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private CurrentUser user;
  private IdRef ref;
  private LegalService legal;

  private boolean loaded;
  private Long id;
  private String etag;
  private String number;
  private LegalDocumentType type;
  private String issuer;
  private String title;
  private LocalDate signedOn;
  private LocalDate effectiveFrom;
  private LocalDate effectiveUntil;

  @Inject
  public LegalEditor(CurrentUser user, IdRef ref, LegalService legal) {
    this.user = user;
    this.ref = ref;
    this.legal = legal;
  }

  /** For the CDI client proxy only. */
  protected LegalEditor() {}

  public void load() throws IOException {
    if (loaded) {
      return;
    }
    try {
      LegalService.requireKeeper(user.caller());
      id = ref.getId();
      if (id != null) {
        LegalReading r = legal.reading(id);
        etag = r.etag();
        number = r.number();
        type = r.type();
        issuer = r.issuer();
        title = r.title();
        signedOn = r.signedOn();
        effectiveFrom = r.effectiveFrom();
        effectiveUntil = r.effectiveUntil();
      }
      loaded = true;
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  public String save() {
    LegalService.Registration r =
        new LegalService.Registration(
            number, type, issuer, title, signedOn, effectiveFrom, effectiveUntil);
    try {
      LegalDocument d =
          id == null ? legal.register(user.caller(), r) : legal.update(user.caller(), id, r, etag);
      Notices.info(id == null ? "legal.added" : "legal.saved", d.number());
      Notices.keepOverRedirect();
      return "/app/legal-document?faces-redirect=true&id=" + d.id();
    } catch (ProblemException e) {
      Notices.refused(e);
      return null;
    }
  }

  public boolean isCreating() {
    return id == null;
  }

  public List<LegalDocumentType> getTypes() {
    return Arrays.asList(LegalDocumentType.values());
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LegalDocumentType getType() {
    return type;
  }

  public void setType(LegalDocumentType type) {
    this.type = type;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public LocalDate getEffectiveUntil() {
    return effectiveUntil;
  }

  public void setEffectiveUntil(LocalDate effectiveUntil) {
    this.effectiveUntil = effectiveUntil;
  }
}
