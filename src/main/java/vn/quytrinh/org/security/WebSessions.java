package vn.quytrinh.org.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Session attribute: the audit event (its sequence number) up to which a change to the person
   * leaves this session signed in — the session in which they changed their own password.
   */
  static final String KEPT_THROUGH = "vn.quytrinh.session.keptThrough";

  private static final Map<String, Set<HttpSession>> BY_USER = new ConcurrentHashMap<>();

  /**
   * Registers the session inside the map's atomic update of the person's entry, so it cannot land
   * in a set that {@link #end} has just dropped as empty (and so escape a later change).
   */
  public void signedIn(String username, HttpSession session) {
    List<HttpSession> over = new ArrayList<>();
    BY_USER.compute(
        username,
        (u, known) -> {
          Set<HttpSession> set = known == null ? ConcurrentHashMap.newKeySet() : known;
          set.add(session);
          over.addAll(oldestBeyond(set, MAX_PER_PERSON));
          over.forEach(set::remove);
          return set;
        });
    for (HttpSession s : over) {
      try {
        s.invalidate();
      } catch (IllegalStateException alreadyEnded) {
        // ended meanwhile
      }
    }
  }

  /**
   * Sessions one person may hold on an instance; signing in once more ends their oldest. Each
   * session holds its pages' state (about 10 KB) for 30 idle minutes, and a successful sign-in is
   * not throttled: without a bound, one account could sign in until the heap was full.
   */
  public static final int MAX_PER_PERSON = 10;

  /** The sessions beyond the {@code max} most recently created, oldest first (ended ones first). */
  static List<HttpSession> oldestBeyond(Set<HttpSession> sessions, int max) {
    // one copy, counted once: the set is concurrent, and ended sessions leave it meanwhile
    List<HttpSession> byAge = new ArrayList<>(sessions);
    if (byAge.size() <= max) {
      return List.of();
    }
    byAge.sort(java.util.Comparator.comparingLong(WebSessions::created));
    return List.copyOf(byAge.subList(0, byAge.size() - max));
  }

  private static long created(HttpSession s) {
    try {
      return s.getCreationTime();
    } catch (IllegalStateException ended) {
      return Long.MIN_VALUE;
    }
  }

  /** Ends every session of the person on this instance; returns how many. */
  public int end(String username) {
    return end(username, Long.MAX_VALUE);
  }

  /**
   * Ends every session of the person on this instance but one kept through the change recorded at
   * {@code seq} or later ({@link #keep}); returns how many ended.
   */
  public int end(String username, long seq) {
    Set<HttpSession> sessions = BY_USER.get(username);
    if (sessions == null) {
      return 0;
    }
    int n = 0;
    for (HttpSession s : sessions) {
      try {
        if (s.getAttribute(KEPT_THROUGH) instanceof Long kept && kept >= seq) {
          continue;
        }
        sessions.remove(s);
        s.invalidate();
        n++;
      } catch (IllegalStateException alreadyEnded) {
        sessions.remove(s); // ended meanwhile
      }
    }
    BY_USER.computeIfPresent(username, (u, left) -> left.isEmpty() ? null : left);
    return n;
  }

  /**
   * Keeps the person's session {@code sessionId} signed in through the change the audit event
   * {@code seq} records (called inside that change's transaction, so before any instance can read
   * the event and end the person's sessions).
   */
  public void keep(String username, String sessionId, long seq) {
    Set<HttpSession> sessions = BY_USER.get(username);
    if (sessions == null || sessionId == null) {
      return;
    }
    for (HttpSession s : sessions) {
      try {
        if (s.getId().equals(sessionId)) {
          s.setAttribute(KEPT_THROUGH, seq);
        }
      } catch (IllegalStateException alreadyEnded) {
        // ended meanwhile
      }
    }
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
