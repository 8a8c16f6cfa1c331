package vn.quytrinh.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.web.errors.ErrorPage;

/**
 * What a page tells the person after an action, in the session's language: its own words from the
 * {@code ui} bundle, or what a service said when it refused (the problem's detail, each field
 * error, the reasons or findings that block a move), never a text typed in Java.
 */
public final class Notices {

  private Notices() {}

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** A word of the interface ({@code ui_vi.properties} / {@code ui_en.properties}). */
  public static String ui(String key, Object... args) {
    String pattern = ResourceBundle.getBundle("vn.quytrinh.web.ui", locale()).getString(key);
    return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale()).format(args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, ui(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, ui(key, args));
  }

  /** A service's refusal: its detail, then what it lists (field errors, reasons, findings). */
  public static void refused(ProblemException e) {
    Locale l = locale();
    add(FacesMessage.SEVERITY_ERROR, e.detail(l));
    if (e instanceof InvalidInput invalid) {
      invalid.errors().forEach(f -> add(FacesMessage.SEVERITY_ERROR, f.text(l)));
    }
    for (String list : List.of("reasons", "findings")) {
      if (e.extensions().get(list) instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof vn.quytrinh.platform.i18n.Message m) {
            add(FacesMessage.SEVERITY_ERROR, m.in(l));
          } else if (item instanceof vn.quytrinh.impact.Finding f) {
            add(FacesMessage.SEVERITY_ERROR, f.detail().in(l));
          }
        }
      }
    }
  }

  /** Answers the request with the service's refusal as the error page, as the API would. */
  public static void refuseRequest(ProblemException e) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getRequestMap().put(ErrorPage.PROBLEM, e);
    faces.getExternalContext().responseSendError(e.status(), null);
    faces.responseComplete();
  }

  /** Keeps the messages over a redirect (the next page shows them once). */
  public static void keepOverRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
