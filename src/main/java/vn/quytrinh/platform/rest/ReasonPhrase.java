package vn.quytrinh.platform.rest;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reason phrase of statuses the server's HTTP layer (Grizzly) does not know: it writes "CUSTOM"
 * for 429. Servlet 6 has no way to set a reason phrase, so this reaches the Grizzly response under
 * Payara's facade; elsewhere it does nothing (the status code is what clients read).
 */
public final class ReasonPhrase {

  private static final Logger LOG = Logger.getLogger(ReasonPhrase.class.getName());
  private static final Map<Integer, String> PHRASES =
      Map.of(429, "Too Many Requests", 428, "Precondition Required", 422, "Unprocessable Content");

  private ReasonPhrase() {}

  /** Sets the standard phrase for {@code status} if the server would not; best effort. */
  public static void set(ServletResponse response, int status) {
    String phrase = PHRASES.get(status);
    if (phrase == null) {
      return;
    }
    try {
      ServletResponse r = response;
      while (r instanceof ServletResponseWrapper w) {
        r = w.getResponse();
      }
      Object catalina = field(r, "response");
      Object grizzly = catalina.getClass().getMethod("getCoyoteResponse").invoke(catalina);
      Object packet = grizzly.getClass().getMethod("getResponse").invoke(grizzly);
      packet.getClass().getMethod("setReasonPhrase", String.class).invoke(packet, phrase);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.FINE, "No reason phrase for " + status, e);
    }
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
      } catch (NoSuchFieldException next) {
        // look further up
      }
    }
    throw new NoSuchFieldException(name);
  }
}
