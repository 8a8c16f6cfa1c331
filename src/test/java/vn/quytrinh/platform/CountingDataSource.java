package vn.quytrinh.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that counts what goes to the database: every {@code execute}, {@code executeQuery},
 * {@code executeUpdate} and {@code executeBatch} of every statement of every connection it hands
 * out, and every commit and rollback; each with its SQL and how long it took, so a slow run shows
 * which statement dominates. The benches measure round trips with it; tests keep the number of
 * statements of a read from growing with what it reads ({@link JpaHarness#counting()}).
 */
public final class CountingDataSource implements DataSource {

  /** One call that reached the database. */
  public record Call(String kind, String sql, long nanos) {}

  private final DataSource target;
  private final List<Call> calls = new ArrayList<>();

  public CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** Forgets what was counted so far. */
  public synchronized void reset() {
    calls.clear();
  }

  /** What was counted since the last reset. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized void record(String kind, String sql, long nanos) {
    calls.add(new Call(kind, sql, nanos));
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return wrap(target.getConnection(user, password));
  }

  private Connection wrap(Connection c) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new ConnectionHandler(c));
  }

  private final class ConnectionHandler implements InvocationHandler {
    private final Connection c;

    ConnectionHandler(Connection c) {
      this.c = c;
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
      String name = m.getName();
      if ((name.equals("commit") || name.equals("rollback")) && (args == null)) {
        long t0 = System.nanoTime();
        Object r = call(c, m, args);
        record(name, name.toUpperCase(), System.nanoTime() - t0);
        return r;
      }
      Object r = call(c, m, args);
      switch (name) {
        case "createStatement" -> {
          return statement(Statement.class, (Statement) r, null);
        }
        case "prepareStatement" -> {
          return statement(PreparedStatement.class, (Statement) r, (String) args[0]);
        }
        case "prepareCall" -> {
          return statement(CallableStatement.class, (Statement) r, (String) args[0]);
        }
        default -> {
          return r;
        }
      }
    }
  }

  private Object statement(Class<?> type, Statement s, String sql) {
    return Proxy.newProxyInstance(
        type.getClassLoader(), new Class<?>[] {type}, new StatementHandler(s, sql));
  }

  private final class StatementHandler implements InvocationHandler {
    private final Statement s;
    private final String sql;

    StatementHandler(Statement s, String sql) {
      this.s = s;
      this.sql = sql;
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
      String name = m.getName();
      if (!name.startsWith("execute")) {
        return call(s, m, args);
      }
      String text = args != null && args.length > 0 && args[0] instanceof String q ? q : sql;
      long t0 = System.nanoTime();
      try {
        return call(s, m, args);
      } finally {
        record(name, text, System.nanoTime() - t0);
      }
    }
  }

  private static Object call(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
