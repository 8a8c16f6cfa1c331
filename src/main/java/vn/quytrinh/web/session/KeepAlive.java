package vn.quytrinh.web.session;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /app/con-phien}: "keep working" of the session warning ({@code js/session.js}). The
 * request itself renews the session's idle time; it answers 204 and changes nothing else. Like
 * every post of a session it carries the session's token and comes from our own origin (checked by
 * the authentication mechanism before it gets here); without a session {@link SignInRequired} sends
 * it to the sign-in page instead, which the script takes as "the session has ended".
 */
@WebServlet(urlPatterns = KeepAlive.PATH)
public class KeepAlive extends HttpServlet {

  public static final String PATH = "/app/con-phien";

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) {
    req.getSession(false); // accessed: its idle time starts again
    res.setHeader("Cache-Control", "no-store");
    res.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
