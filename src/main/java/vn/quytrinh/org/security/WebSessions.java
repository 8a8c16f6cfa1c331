package vn.quytrinh.org.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web sessions this instance holds, by person, so that a change to a person (deactivated, new
 * roles, new password) ends their sessions here at once. Sessions stay on their instance (see
 * docs/architecture.md); every instance ends its own when it hears of the change.
 */
@ApplicationScoped
public class WebSessions {

  /** Session attribute: the username signed in. */
  public static final String USER = "vn.quytrinh.session.user";

  /** Session attribute: the token that state-changing requests outside Faces must carry. */
  public static final String CSRF = "vn.quytrinh.session.csrf";

  private static final Map<String, Set<HttpSession>> BY_USER = new ConcurrentHashMap<>();

  public void signedIn(String username, HttpSession session) {
    BY_USER.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
  }

  /** Ends every session of the person on this instance; returns how many. */
  public int end(String username) {
    Set<HttpSession> sessions = BY_USER.remove(username);
    if (sessions == null) {
      return 0;
    }
    int n = 0;
    for (HttpSession s : sessions) {
      try {
        s.invalidate();
        n++;
      } catch (IllegalStateException alreadyEnded) {
        // ended meanwhile
      }
    }
    return n;
  }

  static void forget(HttpSession session) {
    Object user = session.getAttribute(USER);
    if (user instanceof String u) {
      Set<HttpSession> sessions = BY_USER.get(u);
      if (sessions != null) {
        sessions.remove(session);
      }
    }
  }

  /** Drops a session from the registry when it ends by time-out or sign-out. */
  @WebListener
  public static class Listener implements HttpSessionListener {
    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
      forget(se.getSession());
    }
  }
}
