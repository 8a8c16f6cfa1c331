package vn.quytrinh.document;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.quytrinh.platform.time.WorkingDays;

/**
 * A deterministic JSON form of records and lists (keys sorted, no blanks, decimals in plain form),
 * so that the same content always gives the same bytes and the same SHA-256.
 */
public final class Canonical {

  private Canonical() {}

  /** Records become ordered maps, lists stay lists, scalars stay scalars. */
  public static Object tree(Object o) {
    if (o == null || o instanceof String || o instanceof Boolean) {
      return o;
    }
    if (o instanceof BigDecimal d) {
      return WorkingDays.normalize(d);
    }
    if (o instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (o instanceof Enum<?> e) {
      return e.name();
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(tree(x)));
      return out;
    }
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), tree(v)));
      return out;
    }
    if (o instanceof Record r) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          out.put(c.getName(), tree(c.getAccessor().invoke(r)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return out;
    }
    return o.toString();
  }

  public static String json(Object o) {
    StringBuilder b = new StringBuilder();
    write(tree(o), b);
    return b.toString();
  }

  public static String sha256(Object o) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(json(o).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Object t, StringBuilder b) {
    if (t == null) {
      b.append("null");
    } else if (t instanceof String s) {
      string(s, b);
    } else if (t instanceof BigDecimal d) {
      b.append(d.toPlainString());
    } else if (t instanceof Boolean x) {
      b.append(x);
    } else if (t instanceof List<?> l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(l.get(i), b);
      }
      b.append(']');
    } else if (t instanceof Map<?, ?> m) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        string((String) e.getKey(), b);
        b.append(':');
        write(e.getValue(), b);
      }
      b.append('}');
    } else {
      string(t.toString(), b);
    }
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
