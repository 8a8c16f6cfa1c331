package vn.quytrinh.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import vn.quytrinh.platform.i18n.Messages;

/**
 * The before/after summary of a change: only the fields that changed, "field: before → after". A
 * summary is a record: it is written once, in Vietnamese, and shown as it was written.
 */
public final class Changes {

  private Changes() {}

  /** Starts a summary; {@link Builder#field} each field with its value before and after. */
  public static Builder of() {
    return new Builder();
  }

  public static final class Builder {
    private final Map<String, Object[]> fields = new LinkedHashMap<>();

    /** {@code key}: the field's name in the bundle ({@code audit.field.…}), kept in Vietnamese. */
    public Builder field(String key, Object before, Object after) {
      fields.put(Messages.vi(key), new Object[] {before, after});
      return this;
    }

    @Override
    public String toString() {
      StringJoiner out = new StringJoiner("; ");
      fields.forEach(
          (name, v) -> {
            if (!Objects.equals(String.valueOf(v[0]), String.valueOf(v[1]))) {
              out.add(name + ": " + shorten(v[0]) + " → " + shorten(v[1]));
            }
          });
      return out.length() == 0 ? Messages.vi("audit.unchanged") : out.toString();
    }
  }

  static String shorten(Object o) {
    String s = String.valueOf(o);
    return s.length() > 200 ? s.substring(0, 197) + "…" : s;
  }
}
