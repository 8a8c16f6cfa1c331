package vn.quytrinh.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import vn.quytrinh.audit.AuditService;
import vn.quytrinh.document.rest.DocumentViews.DocumentView;
import vn.quytrinh.impact.FindingsService;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.org.rest.OrgViews.UnitView;
import vn.quytrinh.platform.CountingDataSource;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.rest.TthcViews.TthcView;

/**
 * The lists of the API on the province data set: page 1 and page 100 of each (size 20, so that
 * every registry has a page 100), what the resource does for one request (the service's page and
 * the views it builds), each in its own entity manager and transaction, timed and with the
 * statements counted by {@link CountingDataSource}. Part {@code lists} of {@link ProductBench}.
 */
final class ListBench {

  static final int SIZE = 20;

  private final Consumer<String> out;
  private final long seed;
  private final int reps;
  private final Path dir;
  private CountingDataSource counting;
  private EntityManagerFactory emf;

  ListBench(Consumer<String> out, long seed, Path dir) {
    this.out = out;
    this.seed = seed;
    this.reps = Integer.getInteger("bench.reps", 9);
    this.dir = dir;
  }

  /** One request: what it asks, of whom, and how page {@code n} of it is read. */
  record Case(
      String list, String who, Function<Ctx, Object> page1, Function<Ctx, Object> page100) {}

  /** The services of one request, on its own entity manager. */
  record Ctx(Wiring w, AuditService audit, FindingsService findings) {}

  /** Times and statements of one case. */
  record Result(Case c, double ms1, double ms100, int st1, int st100, String sizes) {}

  void run() throws Exception {
    String url =
        ImpactBench.databaseUrl(
            dir, "db-lists", "lists-" + seed, "mem".equals(System.getProperty("bench.db", "file")));
    JdbcDataSource plain = new JdbcDataSource();
    plain.setURL(url);
    plain.setUser("sa");
    SchemaMigration.migrate(plain, getClass().getClassLoader());
    String commune;
    String department;
    long rows;
    try (Connection c = plain.getConnection()) {
      ProvinceDataSet.Result r =
          ProvinceDataSet.generate(c, seed, ProvinceDataSet.Sizes.province());
      rows = r.rows().getOrDefault("audit_event", 0L);
      out.accept(
          "Data set: seed "
              + seed
              + ", generated in "
              + r.millis() / 1000
              + " s; "
              + r.rows()
              + ".");
      out.accept("");
      commune = first(c, "SELECT MIN(code) FROM org_unit WHERE level = 'XA'");
      department = first(c, "SELECT MIN(code) FROM org_unit WHERE level = 'SO'");
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    counting = new CountingDataSource(pool);
    emf =
        Persistence.createEntityManagerFactory(
            "quytrinh-se", Map.of("jakarta.persistence.nonJtaDataSource", counting));
    try {
      Caller coordinator =
          new Caller(
              "tk." + commune.toLowerCase(),
              "tk",
              null,
              commune,
              EnumSet.of(Role.COORDINATOR),
              Set.of(commune),
              false);
      Caller auditor =
          new Caller(
              "dg." + department.toLowerCase(),
              "dg",
              null,
              department,
              EnumSet.of(Role.AUDITOR),
              Set.of(department),
              false);
      Caller overseer =
          new Caller("giamsat", "gs", null, null, EnumSet.of(Role.OVERSIGHT), Set.of(), true);
      long before = cursorOfPage100(coordinator);
      List<Case> cases = new ArrayList<>();
      for (Caller c : List.of(coordinator, auditor, overseer)) {
        cases.add(
            new Case(
                "`GET /audit`",
                who(c),
                x -> x.audit().events(c, null, null, null, page(0)),
                x -> x.audit().events(c, null, null, null, page(99))));
      }
      cases.add(
          new Case(
              "`GET /audit?before=` (page 100 by the cursor)",
              who(coordinator),
              x -> x.audit().events(coordinator, null, null, null, page(0)),
              x -> x.audit().events(coordinator, null, null, before, page(0))));
      cases.add(
          new Case(
              "`GET /tthc`",
              "anyone",
              x ->
                  x.w()
                      .tthc
                      .list(null, null, null, null, null, page(0))
                      .map(t -> TthcView.of(t, null)),
              x ->
                  x.w()
                      .tthc
                      .list(null, null, null, null, null, page(99))
                      .map(t -> TthcView.of(t, null))));
      cases.add(
          new Case(
              "`GET /tthc?q=dang ky`",
              "anyone",
              x ->
                  x.w()
                      .tthc
                      .list("dang ky", null, null, null, null, page(0))
                      .map(t -> TthcView.of(t, null)),
              x ->
                  x.w()
                      .tthc
                      .list("dang ky", null, null, null, null, page(99))
                      .map(t -> TthcView.of(t, null))));
      cases.add(
          new Case(
              "`GET /legal-documents`", "anyone", x -> legal(x, null, 0), x -> legal(x, null, 99)));
      cases.add(
          new Case(
              "`GET /legal-documents?status=IN_FORCE`",
              "anyone",
              x -> legal(x, LegalStatus.IN_FORCE, 0),
              x -> legal(x, LegalStatus.IN_FORCE, 99)));
      cases.add(
          new Case(
              "`GET /units` (page 1 and the last, 6)",
              "anyone",
              x -> x.w().org.units(null, null, page(0)).map(UnitView::of),
              x -> x.w().org.units(null, null, page(5)).map(UnitView::of)));
      for (Caller c : List.of(coordinator, overseer)) {
        cases.add(
            new Case(
                "`GET /documents` (for comparison)",
                who(c),
                x -> documents(x, c, 0),
                x -> documents(x, c, 99)));
      }
      cases.add(
          new Case(
              "`GET /findings` (computed, then one page cut)",
              who(coordinator),
              x -> x.findings().findings(coordinator, null, null),
              x -> x.findings().findings(coordinator, null, null)));
      cases.add(
          new Case(
              "`GET /findings?unit=" + commune + "`",
              who(overseer),
              x -> x.findings().findings(overseer, commune, null),
              x -> x.findings().findings(overseer, commune, null)));
      List<Result> results = new ArrayList<>();
      for (Case c : cases) {
        results.add(measure(c));
      }
      out.accept(
          "Each request "
              + reps
              + " times after 2 warm-up rounds, median; `page=0` and `page=99`, `size="
              + SIZE
              + "`; a commune's coordinator ("
              + commune
              + "), a department's auditor ("
              + department
              + "), the province's overseer. Statements: every `execute…` and the commit, counted"
              + " by `CountingDataSource`. The trail holds "
              + rows
              + " events.");
      out.accept("");
      out.accept(
          "| list | who | page 1 ms | page 100 ms | statements page 1 | statements page 100 |"
              + " items, total |");
      out.accept("|---|---|---:|---:|---:|---:|---|");
      for (Result r : results) {
        out.accept(
            String.format(
                "| %s | %s | %.1f | %.1f | %d | %d | %s |",
                r.c().list(), r.c().who(), r.ms1(), r.ms100(), r.st1(), r.st100(), r.sizes()));
      }
      out.accept("");
    } finally {
      emf.close();
      pool.dispose();
    }
  }

  private static String who(Caller c) {
    return c.provinceWide()
        ? "overseer (province-wide)"
        : c.roles().iterator().next().name().toLowerCase() + " of " + c.unitCode();
  }

  private static PageRequest page(int n) {
    return new PageRequest(n, SIZE);
  }

  private static Object legal(Ctx x, LegalStatus status, int n) {
    java.time.LocalDate today = x.w().time.today();
    Page<vn.quytrinh.legal.LegalDocument> p = x.w().legal.list(null, null, status, today, page(n));
    Map<Long, LegalStatus> statuses = x.w().legal.statuses(p.items(), today);
    return p.map(d -> d.number() + statuses.get(d.id()));
  }

  private static Object documents(Ctx x, Caller c, int n) {
    return x.w()
        .documents
        .list(
            c,
            new vn.quytrinh.document.DocumentService.Criteria(
                null, null, null, null, null, null, false),
            page(n))
        .map(d -> DocumentView.of(d, x.w().documents.versionsFor(c, d)));
  }

  /** The sequence number just above page 100's first event, for the cursor's request. */
  private long cursorOfPage100(Caller c) {
    EntityManager em = emf.createEntityManager();
    try {
      Page<vn.quytrinh.audit.AuditChain.Event> p =
          new AuditService(new vn.quytrinh.audit.AuditTrail(em, java.util.Optional.empty()))
              .events(c, null, null, null, new PageRequest(98, SIZE));
      return p.items().get(p.items().size() - 1).seq();
    } finally {
      em.close();
    }
  }

  private Result measure(Case c) {
    for (int i = 0; i < 2; i++) {
      once(c.page1());
      once(c.page100());
    }
    double[] t1 = new double[reps];
    double[] t100 = new double[reps];
    int st1 = 0;
    int st100 = 0;
    Object last1 = null;
    Object last100 = null;
    for (int i = 0; i < reps; i++) {
      Timed a = once(c.page1());
      Timed b = once(c.page100());
      t1[i] = a.ms();
      t100[i] = b.ms();
      st1 = a.statements();
      st100 = b.statements();
      last1 = a.result();
      last100 = b.result();
    }
    System.out.printf("%s %s: %.1f / %.1f ms%n", c.list(), c.who(), median(t1), median(t100));
    return new Result(
        c, median(t1), median(t100), st1, st100, sizes(last1) + "; " + sizes(last100));
  }

  private static String sizes(Object o) {
    if (o instanceof Page<?> p) {
      return p.items().size() + " of " + p.total();
    }
    if (o instanceof List<?> l) {
      return l.size() + " findings";
    }
    return String.valueOf(o);
  }

  record Timed(double ms, int statements, Object result) {}

  private Timed once(Function<Ctx, Object> work) {
    EntityManager em = emf.createEntityManager();
    try {
      counting.reset();
      long t0 = System.nanoTime();
      em.getTransaction().begin();
      Wiring w = new Wiring(em, new TimeSource(Clock.systemUTC()));
      FindingsService f = new FindingsService(w.documents, w.legal, w.tthc, w.time, w.texts);
      Object r = work.apply(new Ctx(w, new AuditService(w.audit), f));
      em.getTransaction().commit();
      long t = System.nanoTime() - t0;
      return new Timed(t / 1e6, counting.calls().size(), r);
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private static double median(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static String first(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
