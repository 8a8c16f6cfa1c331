package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A change to a person ends their web sessions on this instance, except the one they changed their
 * own password from: it is kept through that change's audit event (so the trail's follower, which
 * reads the same event a moment later, leaves it too), and ends at any later change.
 */
class WebSessionsTest {

  /** A session that remembers its attributes and whether it was ended. */
  static final class Fake {
    private static final java.util.concurrent.atomic.AtomicLong CLOCK =
        new java.util.concurrent.atomic.AtomicLong();
    final Map<String, Object> attributes = new HashMap<>();
    final long created = CLOCK.incrementAndGet();
    volatile boolean ended;
    final HttpSession session;

    Fake(String id) {
      session =
          (HttpSession)
              Proxy.newProxyInstance(
                  HttpSession.class.getClassLoader(),
                  new Class<?>[] {HttpSession.class},
                  (proxy, method, args) ->
                      switch (method.getName()) {
                        case "getId" -> id;
                        case "getCreationTime" -> created;
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "invalidate" -> {
                          if (ended) {
                            throw new IllegalStateException("ended");
                          }
                          ended = true;
                          yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                      });
    }
  }

  @Test
  void theSessionAPersonChangedTheirPasswordFromIsKeptThroughThatChangeOnly() {
    WebSessions sessions = new WebSessions();
    Fake here = new Fake("here");
    Fake phone = new Fake("phone");
    sessions.signedIn("ws.hoa", here.session);
    sessions.signedIn("ws.hoa", phone.session);

    sessions.keep("ws.hoa", "here", 41);
    assertEquals(1, sessions.end("ws.hoa", 41), "the change's own observer");
    assertTrue(phone.ended);
    assertFalse(here.ended);
    assertEquals(0, sessions.end("ws.hoa", 41), "the trail's follower reads the same event");
    assertFalse(here.ended);

    assertEquals(1, sessions.end("ws.hoa", 42), "a later change ends it");
    assertTrue(here.ended);
    assertEquals(0, sessions.end("ws.hoa"));
  }

  /**
   * One account signing in again and again ends its oldest sessions beyond ten: 4,000 sign-ins of
   * one reader held 4,000 sessions (about 10 KB each for 30 minutes).
   */
  @Test
  void signingInBeyondTenSessionsEndsTheOldest() {
    WebSessions sessions = new WebSessions();
    java.util.List<Fake> all = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      Fake f = new Fake("s" + i);
      all.add(f);
      sessions.signedIn("ws.vu", f.session);
    }
    for (int i = 0; i < 25; i++) {
      assertEquals(i < 15, all.get(i).ended, "session " + i);
    }
    assertEquals(WebSessions.MAX_PER_PERSON, sessions.end("ws.vu"));
  }

  @Test
  void withoutAKeptSessionEverySessionEnds() {
    WebSessions sessions = new WebSessions();
    Fake a = new Fake("a");
    Fake b = new Fake("b");
    sessions.signedIn("ws.minh", a.session);
    sessions.signedIn("ws.minh", b.session);
    sessions.keep("ws.minh", "unknown", 7);
    assertEquals(2, sessions.end("ws.minh"));
    assertTrue(a.ended && b.ended);
  }

  /**
   * A sign-in racing the end of the person's last session: the session is registered in the set the
   * registry keeps, never in one that {@code end} just dropped as empty, so a later change ends it.
   */
  @Test
  void aSignInRacingTheEndOfTheLastSessionIsNotLost() throws Exception {
    WebSessions sessions = new WebSessions();
    String user = "ws.race." + System.nanoTime();
    int n = 100_000;
    java.util.List<Fake> fakes = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      fakes.add(new Fake("s" + i));
    }
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    Thread ender =
        new Thread(
            () -> {
              while (!done.get()) {
                sessions.end(user);
              }
            });
    ender.start();
    try {
      for (Fake f : fakes) {
        sessions.signedIn(user, f.session);
      }
    } finally {
      done.set(true);
      ender.join();
    }
    sessions.end(user);
    assertEquals(
        0, fakes.stream().filter(f -> !f.ended).count(), "every session signed in was ended");
  }
}
