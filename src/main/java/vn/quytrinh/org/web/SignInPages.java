package vn.quytrinh.org.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import vn.quytrinh.org.security.ApiAuthenticationMechanism;
import vn.quytrinh.org.security.WebSessions;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.CurrentCaller;

/**
 * {@code GET /dang-nhap}: the sign-in form, posting {@code username}, {@code password} and {@code
 * next} to the mechanism. {@code GET /tai-khoan}: who is signed in, with the sign-out form carrying
 * the session's token. Plain HTML with no script or inline style (the CSP forbids both).
 */
@WebServlet(urlPatterns = {ApiAuthenticationMechanism.SIGN_IN, SignInPages.ACCOUNT})
public class SignInPages extends HttpServlet {

  static final String ACCOUNT = "/tai-khoan";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getServletPath();
    String ctx = req.getContextPath();
    res.setContentType("text/html;charset=UTF-8");
    res.setHeader("Cache-Control", "no-store");
    if (ApiAuthenticationMechanism.SIGN_IN.equals(path)) {
      String next = req.getParameter("next");
      String error =
          req.getParameter("loi") == null
              ? ""
              : "<p role=\"alert\">" + Messages.vi("text.signIn.wrong") + "</p>\n";
      res.getWriter()
          .write(
              page(
                  Messages.vi("text.signIn.title"),
                  error
                      + "<form method=\"post\" action=\""
                      + escape(ctx + ApiAuthenticationMechanism.SIGN_IN)
                      + "\">\n<p><label for=\"username\">"
                      + Messages.vi("text.signIn.username")
                      + "</label>"
                      + " <input id=\"username\" name=\"username\" autocomplete=\"username\""
                      + " required maxlength=\"64\"></p>\n"
                      + "<p><label for=\"password\">"
                      + Messages.vi("text.signIn.password")
                      + "</label> <input id=\"password\""
                      + " name=\"password\" type=\"password\" autocomplete=\"current-password\""
                      + " required></p>\n"
                      + "<input type=\"hidden\" name=\"next\" value=\""
                      + escape(next == null ? ACCOUNT : next)
                      + "\">\n<p><button type=\"submit\">"
                      + Messages.vi("text.signIn.title")
                      + "</button></p>\n</form>"));
      return;
    }
    Caller caller =
        req.getAttribute(CurrentCaller.ATTRIBUTE) instanceof Caller c
                && req.getSession(false) != null
            ? c
            : null;
    HttpSession s = req.getSession(false);
    Object token = s == null ? null : s.getAttribute(WebSessions.CSRF);
    if (caller == null || token == null) {
      res.setStatus(303);
      res.setHeader("Location", ctx + ApiAuthenticationMechanism.SIGN_IN + "?next=" + ACCOUNT);
      return;
    }
    res.getWriter()
        .write(
            page(
                Messages.vi("text.account.title"),
                "<p>"
                    + Messages.vi("text.account.signedInAs")
                    + " <strong>"
                    + escape(caller.fullName())
                    + "</strong> ("
                    + escape(caller.username())
                    + ")</p>\n<form method=\"post\" action=\""
                    + escape(ctx + ApiAuthenticationMechanism.SIGN_OUT)
                    + "\">\n<input type=\"hidden\" name=\""
                    + ApiAuthenticationMechanism.CSRF_FIELD
                    + "\" value=\""
                    + escape(token.toString())
                    + "\">\n<p><button type=\"submit\">"
                    + Messages.vi("text.signOut")
                    + "</button></p>\n</form>"));
  }

  private static String page(String title, String body) {
    return "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + title
        + " – "
        + Messages.vi("text.product")
        + "</title>\n<meta name=\"viewport\" content=\"width=device-width,"
        + " initial-scale=1\">\n</head>\n<body>\n<main>\n<h1>"
        + title
        + "</h1>\n"
        + body
        + "\n</main>\n</body>\n</html>\n";
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
