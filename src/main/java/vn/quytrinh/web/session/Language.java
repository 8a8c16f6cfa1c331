package vn.quytrinh.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import vn.quytrinh.org.InterfaceLanguage;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.platform.problem.ProblemException;

/**
 * The language of the interface for this session: the one the signed-in person chose, read once
 * when the session's first page asks (sign-in makes a new session, so it is applied at every
 * sign-in); Vietnamese before sign-in unless switched there. Switching from a page after sign-in
 * stores the choice for the person ({@link OrgService#chooseLanguage}), so it holds at the next
 * sign-in too.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Locale VIETNAMESE = InterfaceLanguage.VI.locale();

  private CurrentUser user;
  private OrgService org;

  /** Null until known: the person's stored choice is read on the first page after sign-in. */
  private Locale locale;

  @Inject
  public Language(CurrentUser user, OrgService org) {
    this.user = user;
    this.org = org;
  }

  /** For the CDI client proxy only. */
  protected Language() {}

  public Locale getLocale() {
    if (locale == null) {
      if (!user.isSignedIn()) {
        return VIETNAMESE;
      }
      try {
        locale = org.language(user.caller()).locale();
      } catch (ProblemException gone) {
        return VIETNAMESE; // the person was deactivated meanwhile: the session is about to end
      }
    }
    return locale;
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  /**
   * Switches, stores the choice for the signed-in person, and shows the same page again (a POST,
   * then a redirect to a GET).
   */
  public String switchTo(String tag) {
    InterfaceLanguage chosen = InterfaceLanguage.of(tag).orElse(InterfaceLanguage.VI);
    locale = chosen.locale();
    if (user.isSignedIn()) {
      try {
        org.chooseLanguage(user.caller(), chosen, "*");
      } catch (ProblemException gone) {
        // the person was deactivated meanwhile: this session still switches, and is about to end
      }
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
