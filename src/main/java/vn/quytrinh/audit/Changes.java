package vn.quytrinh.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/** The before/after summary of a change: only the fields that changed, "field: before → after". */
public final class Changes {

  private Changes() {}

  /** Starts a summary; {@link Builder#field} each field with its value before and after. */
  public static Builder of() {
    return new Builder();
  }

  public static final class Builder {
    private final Map<String, Object[]> fields = new LinkedHashMap<>();

    public Builder field(String name, Object before, Object after) {
      fields.put(name, new Object[] {before, after});
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
      return out.length() == 0 ? "không thay đổi" : out.toString();
    }
  }

  static String shorten(Object o) {
    String s = String.valueOf(o);
    return s.length() > 200 ? s.substring(0, 197) + "…" : s;
  }
}
