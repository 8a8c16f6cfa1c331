package vn.quytrinh.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import vn.quytrinh.org.InterfaceLanguage;

/**
 * The language of a page that anyone may open (the sign-in page, an error page) without making a
 * session for it: the {@code lang} parameter when it names one (the sign-in page's switch is two
 * links), else the session's {@link Language} when there is a session already, else Vietnamese. An
 * anonymous request thus never creates a session, which an anonymous caller could otherwise pile up
 * until memory runs out: a session is made at sign-in only.
 */
@Named
@RequestScoped
public class VisitorLanguage {

  private HttpServletRequest request;
  private Language session;

  @Inject
  public VisitorLanguage(HttpServletRequest request, Language session) {
    this.request = request;
    this.session = session;
  }

  /** For the CDI client proxy only. */
  protected VisitorLanguage() {}

  public Locale getLocale() {
    return of(request.getParameter("lang"), request.getSession(false) != null ? session : null);
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  /** The language asked for by {@code lang}, else the session's (when there is one), else VI. */
  static Locale of(String asked, Language session) {
    return InterfaceLanguage.of(asked)
        .map(InterfaceLanguage::locale)
        .orElseGet(() -> session == null ? Language.VIETNAMESE : session.getLocale());
  }
}
