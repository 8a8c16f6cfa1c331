package vn.quytrinh.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A native SQL statement built piece by piece with numbered parameters, for the few set-based
 * statements JPQL cannot say (INSERT … SELECT). Values only ever travel as parameters.
 */
public final class NativeSql {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  public NativeSql append(String text) {
    sql.append(text);
    return this;
  }

  /** Appends a placeholder for the value. */
  public NativeSql param(Object value) {
    params.add(value);
    sql.append('?').append(params.size());
    return this;
  }

  /** Appends {@code (?, ?, …)} for the values; the caller makes sure there is at least one. */
  public NativeSql list(Collection<?> values) {
    sql.append('(');
    boolean first = true;
    for (Object v : values) {
      if (!first) {
        sql.append(", ");
      }
      first = false;
      param(v);
    }
    sql.append(')');
    return this;
  }

  /**
   * A copy with {@code head} in front, the parameters unchanged: for a count and a page of one
   * filter.
   */
  public NativeSql prefixed(String head) {
    NativeSql copy = new NativeSql();
    copy.sql.append(head).append(sql);
    copy.params.addAll(params);
    return copy;
  }

  public Query on(EntityManager em) {
    Query q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return q;
  }

  @Override
  public String toString() {
    return sql.toString();
  }
}
