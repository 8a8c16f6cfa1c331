package vn.quytrinh.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the interface for this session: Vietnamese first, English on request. */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private Locale locale = VIETNAMESE;

  public Locale getLocale() {
    return locale;
  }

  public String getTag() {
    return locale.getLanguage();
  }

  /** Switches and shows the same page again (a POST, then a redirect to a GET). */
  public String switchTo(String tag) {
    locale = "en".equals(tag) ? Locale.ENGLISH : VIETNAMESE;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
