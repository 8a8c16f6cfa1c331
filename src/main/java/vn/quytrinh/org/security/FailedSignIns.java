package vn.quytrinh.org.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.platform.i18n.Messages;

/**
 * Failed sign-ins, gathered in memory and written to the audit trail as one {@code SIGN_IN_FAILED}
 * event per source address and period (the count and the usernames tried), so that anonymous
 * callers cannot flood the trail or slow every writer with its head lock. The usernames are the
 * attacker's text: they are cut short, stripped of control and format characters, and at most
 * {@link #MAX_NAMES} are listed. At most {@link #MAX_SOURCES} sources are told apart in one period;
 * the rest are counted together.
 */
public final class FailedSignIns {

  static final int MAX_NAMES = 10;
  static final int MAX_NAME_LENGTH = 32;
  static final int MAX_SOURCES = 1_000;
  static final String OTHER_SOURCES = "*";

  private static final class Tally {
    long count;
    boolean more;
    final Set<String> names = new LinkedHashSet<>();
  }

  private final Map<String, Tally> tallies = new LinkedHashMap<>();

  public synchronized void record(String source, String username) {
    String key =
        tallies.containsKey(source) || tallies.size() < MAX_SOURCES ? source : OTHER_SOURCES;
    Tally t = tallies.computeIfAbsent(key, k -> new Tally());
    t.count++;
    String name = clean(username);
    if (t.names.size() < MAX_NAMES) {
      t.names.add(name);
    } else if (!t.names.contains(name)) {
      t.more = true;
    }
  }

  /** The period's events, one per source, and a fresh period. */
  public List<AuditTrail.Entry> drain(String via) {
    Map<String, Tally> period;
    synchronized (this) {
      if (tallies.isEmpty()) {
        return List.of();
      }
      period = new LinkedHashMap<>(tallies);
      tallies.clear();
    }
    List<AuditTrail.Entry> out = new ArrayList<>(period.size());
    period.forEach(
        (source, t) ->
            out.add(
                new AuditTrail.Entry(
                    "anonymous",
                    "SIGN_IN_FAILED",
                    "SOURCE",
                    source,
                    null,
                    Messages.vi(
                        "audit.signInFailed.summary",
                        t.count,
                        via,
                        String.join(", ", t.names) + (t.more ? ", …" : "")))));
    return out;
  }

  /** A username as the attacker typed it, made harmless for a record: short, printable. */
  static String clean(String username) {
    if (username == null) {
      return "?";
    }
    StringBuilder b = new StringBuilder();
    username
        .codePoints()
        .filter(
            cp ->
                !Character.isISOControl(cp)
                    && Character.getType(cp) != Character.FORMAT
                    && Character.getType(cp) != Character.SURROGATE)
        .limit(MAX_NAME_LENGTH)
        .forEach(b::appendCodePoint);
    String s = b.toString().replace(",", "‚");
    return s.isBlank() ? "?" : s;
  }
}
