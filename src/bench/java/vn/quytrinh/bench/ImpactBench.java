package vn.quytrinh.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.platform.CountingDataSource;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The impact bench of {@code docs/quality.md}: on the province data set, an amending decree is
 * recorded against a decree cited by 5,000 procedure versions, and against one cited by 500, in the
 * same run, alternately, each time with a fresh amending decree so that flags are really raised.
 * One repetition is the service call behind {@code POST /api/v1/legal-documents/{id}/relations}
 * (the resource's JSON mapping aside, and RESOURCE_LOCAL here where the container uses JTA): an
 * entity manager, a transaction around {@link ImpactService#recordRelation}, the flags computed,
 * stored and read back, the commit. Every statement that reaches the database is counted through a
 * wrapping DataSource. Then the reverse index ({@link ImpactService#dependents}) is timed.
 *
 * <p>System properties: {@code bench.seed}, {@code bench.db} ({@code file}, the default, an H2 file
 * under {@code bench.dir} with {@code WRITE_DELAY=0} as in production, {@code mem}, or {@code
 * postgresql}: the database of {@code bench.pg.url} with {@code bench.pg.user} and {@code
 * bench.pg.password}), {@code bench.scale} ({@code province}, the default, or {@code national}: 35
 * provinces, a decree cited by 175,000 versions), {@code bench.generate} ({@code true}; {@code
 * false} on PostgreSQL measures a database the generator filled before, {@code ProvinceDataSet
 * <url> <seed> national}, with the same seed and scale), {@code bench.reps} (9), {@code
 * bench.warmup} (2), {@code bench.dir} ({@code target/bench}), {@code bench.flags} ({@code delete},
 * the default: the flags a repetition raised are deleted after it, untimed, so that every
 * repetition meets the generated data set as it is; {@code keep}: they stay, and the table grows by
 * some 5,800 flags a round, to see how the time follows its size).
 */
public final class ImpactBench {

  static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
  static final LocalDate AMENDMENT_FROM = LocalDate.of(2026, 3, 1);
  static final List<String> AMENDED_ARTICLES = List.of("5", "12", "17", "24", "31");
  static final String REVERSE_ARTICLE = "17";
  static final Caller CALLER =
      new Caller(
          "bench.ct",
          "Nguyễn Văn Hùng",
          "Chủ tịch",
          "UBND-T",
          EnumSet.of(Role.COORDINATOR, Role.APPROVER, Role.OVERSIGHT),
          Set.of("UBND-T"),
          true);

  record Run(
      String size, long nanos, int flags, int affected, List<CountingDataSource.Call> calls) {
    double ms() {
      return nanos / 1e6;
    }

    int roundTrips() {
      return calls.size();
    }
  }

  private final long seed = Long.getLong("bench.seed", ProvinceDataSet.DEFAULT_SEED);
  private final String db = System.getProperty("bench.db", "file");
  private final boolean postgresql = "postgresql".equals(db);
  private final boolean national = "national".equals(System.getProperty("bench.scale"));
  private final boolean generate =
      !"false".equals(System.getProperty("bench.generate")) || !postgresql;
  private final ProvinceDataSet.Sizes sizes =
      national ? ProvinceDataSet.Sizes.national() : ProvinceDataSet.Sizes.province();
  private final int reps = Integer.getInteger("bench.reps", 9);
  private final int warmup = Integer.getInteger("bench.warmup", 2);
  private final boolean keepFlags = "keep".equals(System.getProperty("bench.flags", "delete"));
  private final Path dir =
      Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
  private final TimeSource time =
      new TimeSource(
          Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC));
  private final StringBuilder md = new StringBuilder();

  private String url;
  private CountingDataSource counting;
  private EntityManagerFactory emf;

  public static void main(String[] args) throws Exception {
    if (Integer.getInteger("bench.reps", 9) < 7) {
      throw new IllegalArgumentException("bench.reps must be at least 7");
    }
    new ImpactBench().run();
  }

  void run() throws Exception {
    Files.createDirectories(dir);
    url =
        postgresql
            ? System.getProperty("bench.pg.url")
            : databaseUrl(dir, "db", "province-" + seed, "mem".equals(db));
    line("# Impact bench" + (national ? ", national scale" : ""));
    line("");
    line("Machine: " + machine());
    line("");
    javax.sql.DataSource plain = ProvinceDataSet.dataSource(url);
    line(
        "Database: "
            + ProvinceDataSet.product(plain)
            + ", "
            + (postgresql ? "server" : "mem".equals(db) ? "in memory" : "embedded file")
            + " (`"
            + url
            + "`); EclipseLink SE, persistence unit quytrinh-se, RESOURCE_LOCAL.");
    line("");

    ProvinceDataSet.Result data;
    String checksum = null;
    SchemaMigration.migrate(plain, getClass().getClassLoader()); // of a reused database: since
    if (generate) {
      try (Connection c = plain.getConnection()) {
        data = ProvinceDataSet.generate(c, seed, sizes);
        if (!national) {
          long t0 = System.nanoTime();
          checksum = ProvinceDataSet.checksum(c);
          System.out.printf("checksum in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
      }
    } else {
      try (Connection c = plain.getConnection()) {
        data = ProvinceDataSet.planOf(c, seed, sizes);
      }
    }
    describe(data, checksum);

    javax.sql.DataSource pool;
    if (postgresql) {
      pool = ProvinceDataSet.pooled(plain, 4, "impact");
    } else {
      pool = JdbcConnectionPool.create(url, "sa", "");
    }
    counting = new CountingDataSource(pool);
    emf =
        Persistence.createEntityManagerFactory(
            "quytrinh-se", Map.of("jakarta.persistence.nonJtaDataSource", counting));
    try {
      amendments(data);
      reverseIndex(data);
      if (!postgresql) {
        branches(data); // what-ifs on H2 alone
      }
    } finally {
      emf.close();
      if (pool instanceof JdbcConnectionPool h2) {
        h2.dispose();
      } else if (pool instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
    Path out = dir.resolve("impact.md");
    Files.writeString(out, md.toString());
    System.out.println();
    System.out.println(md);
    System.out.println("Written to " + out);
  }

  /**
   * A bench's database: in memory ({@code bench.db=mem}), or an embedded H2 file in {@code
   * dir/folder}, emptied first, with {@code WRITE_DELAY=0} as in production.
   */
  static String databaseUrl(Path dir, String folder, String name, boolean memory)
      throws IOException {
    if (memory) {
      return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }
    Path base = dir.resolve(folder);
    Files.createDirectories(base);
    try (var files = Files.list(base)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    return "jdbc:h2:file:" + base.resolve("province") + ";WRITE_DELAY=0";
  }

  // ---------------------------------------------------------------- the data set

  private void describe(ProvinceDataSet.Result r, String checksum) {
    line("## Data set");
    line("");
    line(
        "Generated by `ProvinceDataSet` (seed "
            + r.seed()
            + ", "
            + r.sizes()
            + ")"
            + (r.millis() > 0
                ? String.format(Locale.ROOT, " in %.1f s", r.millis() / 1000.0)
                : " before the run")
            + ", plain JDBC batches into the Flyway schema"
            + (checksum == null
                ? "."
                : "; row checksum `"
                    + checksum.substring(0, 16)
                    + "…` (same seed, same checksum)."));
    line("");
    line("| table | rows |");
    line("|---|---:|");
    r.rows().forEach((t, n) -> line("| " + t + " | " + String.format("%,d", n) + " |"));
    line("");
    line(
        "Legal relations by kind: "
            + r.relationKinds()
            + "; longest guidance chain (GUIDES/BASED_ON): "
            + r.maxChainDepth()
            + " deep.");
    line("");
    line(
        "| planted decree | versions citing it | citation rows | TTHC citing it | chain below it |"
            + " documents citing the chain | documents an amendment must flag |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    for (ProvinceDataSet.Planted p : List.of(r.big(), r.small())) {
      line(
          String.format(
              "| %s | %,d | %,d | %d | %d deep | %d | %,d |",
              p.number(),
              p.citingVersions(),
              p.citationRows(),
              p.citingTthc(),
              p.chainDepth(),
              p.documentsCitingChain(),
              p.expectedFlags()));
    }
    line("");
  }

  // ---------------------------------------------------------------- amendments

  private void amendments(ProvinceDataSet.Result data) throws SQLException {
    List<ProvinceDataSet.Planted> targets = List.of(data.big(), data.small());
    int total = (warmup + reps) * targets.size();
    // the amending decrees, registered beforehand (not timed): one per repetition
    List<Long> amending = new ArrayList<>();
    // numbers of this run's own: a PostgreSQL database measured again keeps the earlier runs'
    long base = generate ? 0 : (System.currentTimeMillis() / 1000 % 1_000_000) * 100;
    for (int k = 1; k <= total; k++) {
      String number = (base + k) + "/2026/NĐ-CP";
      amending.add(
          inTransaction(
              w ->
                  w.legal
                      .register(
                          CALLER,
                          new LegalService.Registration(
                              number,
                              LegalDocumentType.NGHI_DINH,
                              "Chính phủ",
                              "Nghị định sửa đổi, bổ sung một số điều",
                              AMENDMENT_FROM.minusDays(30),
                              AMENDMENT_FROM,
                              null))
                      .id()));
    }
    Iterator<Long> next = amending.iterator();
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < warmup + reps; i++) {
      for (ProvinceDataSet.Planted p : targets) {
        long before = count("SELECT COUNT(*) FROM revision_flag WHERE id > ?", 0);
        Run r = amend(p, next.next());
        System.out.printf(
            Locale.ROOT,
            "%s %-3s %-15s %7.1f ms  flags %,6d (%,7d before)  round trips %d  (slowest: %s)%n",
            i < warmup ? "warmup" : "run   ",
            i < warmup ? "" : Integer.toString(i - warmup + 1),
            p.number(),
            r.ms(),
            r.flags(),
            before,
            r.roundTrips(),
            r.calls().stream()
                .sorted(Comparator.comparingLong(CountingDataSource.Call::nanos).reversed())
                .limit(3)
                .map(
                    c ->
                        String.format(
                            Locale.ROOT,
                            "%s %.0f ms",
                            c.sql().substring(0, Math.min(18, c.sql().length())),
                            c.nanos() / 1e6))
                .collect(Collectors.joining(", ")));
        if (i >= warmup) {
          runs.add(r);
        }
      }
    }

    line("## Amendment: flags computed, stored and read back");
    line("");
    line(
        "One repetition: an amending decree AMENDS the planted decree, articles "
            + AMENDED_ARTICLES
            + ", through `ImpactService.recordRelation` in one RESOURCE_LOCAL transaction (entity"
            + " manager opened, relation recorded, flags raised by the engine, flags read back as"
            + " `FlagView`s, commit, close). A fresh amending decree each time, so every"
            + " repetition raises its flags; "
            + (keepFlags
                ? "flags of earlier repetitions stay in the table (`-Dbench.flags=keep`), which"
                    + " grows by some 5,800 flags a round."
                : "the flags a repetition raised are deleted after it (untimed), so that every"
                    + " repetition meets the generated data set, which holds no flags.")
            + " Alternating the two decrees, "
            + warmup
            + " warm-up rounds, then "
            + reps
            + " measured rounds.");
    line("");
    line(
        "| decree | versions citing it | median ms | min ms | max ms | flags raised (AFFECTED)"
            + " | round trips |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    Map<String, Double> medians = new TreeMap<>();
    for (ProvinceDataSet.Planted p : targets) {
      List<Run> mine = runs.stream().filter(r -> r.size().equals(p.number())).toList();
      List<Double> ms = mine.stream().map(Run::ms).sorted().toList();
      Set<Integer> flags = mine.stream().map(Run::flags).collect(Collectors.toSet());
      Set<Integer> affected = mine.stream().map(Run::affected).collect(Collectors.toSet());
      Set<Integer> trips =
          mine.stream()
              .map(Run::roundTrips)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      medians.put(p.number(), median(ms));
      line(
          String.format(
              Locale.ROOT,
              "| %s | %,d | **%.1f** | %.1f | %.1f | %s (%s) | %s |",
              p.number(),
              p.citingVersions(),
              median(ms),
              ms.get(0),
              ms.get(ms.size() - 1),
              join(flags),
              join(affected),
              join(trips)));
    }
    line("");
    // a run whose count differs from the others: say which statements made the difference
    for (ProvinceDataSet.Planted p : targets) {
      List<Run> mine = runs.stream().filter(r -> r.size().equals(p.number())).toList();
      Map<Integer, Long> byCount =
          mine.stream().collect(Collectors.groupingBy(Run::roundTrips, Collectors.counting()));
      int usual =
          byCount.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      Run reference = mine.stream().filter(r -> r.roundTrips() == usual).findFirst().orElseThrow();
      List<String> expected = reference.calls().stream().map(CountingDataSource.Call::sql).toList();
      for (Run r : mine) {
        if (r.roundTrips() != usual) {
          List<String> extra =
              new ArrayList<>(r.calls().stream().map(CountingDataSource.Call::sql).toList());
          expected.forEach(extra::remove);
          line(
              String.format(
                  "%s: one run made %d round trips instead of %d; the extra: %s.",
                  p.number(),
                  r.roundTrips(),
                  usual,
                  extra.stream()
                      .map(x -> "`" + abbreviate(x) + "`")
                      .collect(Collectors.joining(", "))));
          line("");
        }
      }
    }
    double big = medians.get(data.big().number());
    double small = medians.get(data.small().number());
    line(
        String.format(
            Locale.ROOT,
            "Ratio of the medians, 5,000 / 500 hits, same run: %.2f. Every run: %s.",
            big / small,
            runs.stream()
                .map(r -> String.format(Locale.ROOT, "%.0f", r.ms()))
                .collect(Collectors.joining(", "))));
    line("");
    for (ProvinceDataSet.Planted p : targets) {
      List<Run> mine =
          runs.stream()
              .filter(r -> r.size().equals(p.number()))
              .sorted(Comparator.comparingLong(Run::nanos))
              .toList();
      Run median = mine.get(mine.size() / 2);
      line(
          String.format(
              Locale.ROOT,
              "### What goes to the database for %s (the median run, %.1f ms, %d round trips)",
              p.number(),
              median.ms(),
              median.roundTrips()));
      line("");
      line("| # | call | ms | SQL |");
      line("|---:|---|---:|---|");
      long inDb = 0;
      int n = 0;
      for (CountingDataSource.Call c : median.calls()) {
        inDb += c.nanos();
        line(
            String.format(
                Locale.ROOT,
                "| %d | %s | %.1f | `%s` |",
                ++n,
                c.kind(),
                c.nanos() / 1e6,
                abbreviate(c.sql())));
      }
      line("");
      line(
          String.format(
              Locale.ROOT,
              "Inside JDBC calls: %.1f ms; in Java (EclipseLink, mapping the flags listed to"
                  + " FlagView, %,d of %,d raised, wiring): %.1f ms.",
              inDb / 1e6,
              Math.min(median.flags(), ImpactService.ANSWER_MAX_FLAGS),
              median.flags(),
              (median.nanos() - inDb) / 1e6));
      line("");
    }
  }

  private Run amend(ProvinceDataSet.Planted p, long actingId) throws SQLException {
    counting.reset();
    long t0 = System.nanoTime();
    EntityManager em = emf.createEntityManager();
    ImpactService.RelationOutcome o;
    try {
      em.getTransaction().begin();
      o =
          new BenchWiring(em, time)
              .impact.recordRelation(
                  CALLER,
                  actingId,
                  RelationKind.AMENDS,
                  p.number(),
                  AMENDED_ARTICLES,
                  AMENDMENT_FROM);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
    long nanos = System.nanoTime() - t0;
    List<CountingDataSource.Call> calls = counting.calls();
    if (!o.created()) {
      throw new IllegalStateException("relation not created for " + p.number());
    }
    // above ImpactService.ANSWER_MAX_FLAGS the answer lists a page and counts the rest
    int flags = o.flagsRaised().size() + o.flagsNotListed() + o.flagsElsewhere();
    int affected =
        (int)
            count(
                "SELECT COUNT(*) FROM revision_flag WHERE severity = 'AFFECTED' AND relation_id = ?",
                o.relation().id());
    long stored =
        count("SELECT COUNT(*) FROM revision_flag WHERE relation_id = ?", o.relation().id());
    if (flags != p.expectedFlags() || stored != flags) {
      throw new IllegalStateException(
          "flags for "
              + p.number()
              + ": answered "
              + flags
              + ", stored "
              + stored
              + ", expected "
              + p.expectedFlags());
    }
    if (count(
            "SELECT COUNT(DISTINCT document_id) FROM revision_flag WHERE relation_id = ?",
            o.relation().id())
        != flags) {
      throw new IllegalStateException("a document flagged twice for one change");
    }
    if (!keepFlags) {
      try (Connection c = counting.getConnection();
          PreparedStatement ps =
              c.prepareStatement("DELETE FROM revision_flag WHERE relation_id = ?")) {
        ps.setLong(1, o.relation().id());
        ps.executeUpdate();
        if (!c.getAutoCommit()) {
          c.commit();
        }
      }
    }
    return new Run(p.number(), nanos, flags, affected, calls);
  }

  // ---------------------------------------------------------------- reverse index

  private void reverseIndex(ProvinceDataSet.Result data) throws SQLException {
    int n = Math.max(21, reps);
    line("## Reverse index: what cites article N of a document");
    line("");
    line(
        "`ImpactService.dependents(caller, id, article, page)` in its own transaction (as the"
            + " resource runs it), a province-wide caller so every item is visible; it answers"
            + " the first page (50 items) of the procedure versions and TTHC resting on the"
            + " document, directly and through its chain, and counts them all (`items`). "
            + n
            + " repetitions after 3 warm-ups.");
    line("");
    line("| document | article | items | median ms | min ms | max ms |");
    line("|---|---|---:|---:|---:|---:|");
    for (ProvinceDataSet.Planted p : List.of(data.big(), data.small())) {
      reverse(p.number(), p.legalId(), REVERSE_ARTICLE, n);
      reverse(p.number(), p.legalId(), null, n);
    }
    // the most cited document of the registry: the worst case of real data
    long[] top = mostCited();
    reverse(numberOf(top[0]) + " (most cited)", top[0], "5", n);

    // typical documents: a seeded sample of cited documents, an article each
    List<Long> cited = citedDocuments();
    SplittableRandom r = new SplittableRandom(seed);
    List<Long> sample = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sample.add(cited.get(r.nextInt(cited.size())));
    }
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < sample.size(); i++) {
      articles.add(Integer.toString(1 + r.nextInt(20)));
    }
    for (int i = 0; i < sample.size(); i++) {
      dependents(sample.get(i), articles.get(i)); // warm-up pass
    }
    List<Double> ms = new ArrayList<>();
    long items = 0;
    for (int i = 0; i < sample.size(); i++) {
      long t0 = System.nanoTime();
      items += dependents(sample.get(i), articles.get(i));
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    ms.sort(null);
    line(
        String.format(
            Locale.ROOT,
            "| %d cited documents drawn at random (seeded), one article each | 1–20 | %.0f on"
                + " average | **%.1f** | %.1f | %.1f (p95 %.1f) |",
            sample.size(),
            items * 1.0 / sample.size(),
            median(ms),
            ms.get(0),
            ms.get(ms.size() - 1),
            ms.get((int) Math.ceil(ms.size() * 0.95) - 1)));
    line("");
  }

  private void reverse(String label, long id, String article, int n) {
    List<Double> ms = new ArrayList<>();
    int items = 0;
    for (int i = 0; i < n + 3; i++) {
      long t0 = System.nanoTime();
      items = dependents(id, article);
      if (i >= 3) {
        ms.add((System.nanoTime() - t0) / 1e6);
      }
    }
    ms.sort(null);
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %s | %,d | **%.1f** | %.1f | %.1f |",
            label,
            article == null ? "(whole document)" : article,
            items,
            median(ms),
            ms.get(0),
            ms.get(ms.size() - 1));
    line(row);
    System.out.println(row);
  }

  /** The first page (of 50, the API's default) and how many items there are in all. */
  private int dependents(long id, String article) {
    long total =
        inTransaction(
            w ->
                w.impact
                    .dependents(
                        CALLER, id, article, new vn.quytrinh.platform.rest.PageRequest(0, 50))
                    .total());
    return (int) total;
  }

  private long[] mostCited() throws SQLException {
    try (Connection c = counting.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT d.id, COUNT(*) FROM version_citation c JOIN legal_document d"
                    + " ON d.number_key = c.number_key GROUP BY d.id ORDER BY COUNT(*) DESC, d.id"
                    + " LIMIT 1")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  private List<Long> citedDocuments() throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Connection c = counting.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT d.id FROM legal_document d WHERE EXISTS (SELECT 1 FROM version_citation c"
                    + " WHERE c.number_key = d.number_key) ORDER BY d.id")) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  private String numberOf(long id) throws SQLException {
    try (Connection c = counting.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT number FROM legal_document WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  // ---------------------------------------------------------------- diagnostic

  /**
   * Where the time of the engine's INSERT … SELECT goes: each branch of its UNION ALL run alone as
   * a SELECT, with the engine's own fragments (LIVE_STATUSES, TTHC_JOIN) and the same parameters;
   * then the TTHC branches once more with the TTHC's national code as an indexed column (added to
   * this throw-away database only, after everything else was measured), to show what an equality
   * join would cost.
   */
  private void branches(ProvinceDataSet.Result data) throws SQLException {
    line("## Diagnostic: the branches of the engine's INSERT … SELECT, run alone");
    line("");
    line(
        "Each branch of the UNION ALL in `ImpactEngine.raise`, with the engine's own SQL fragments"
            + " and parameters, run as a plain SELECT over JDBC (median of 7). Last two rows: the"
            + " TTHC branches with `dt.tthc_code = tc.tthc_code OR SUBSTRING(dt.tthc_code, 1, 8) ="
            + " tc.tthc_code` replaced by an equality on an indexed generated column holding the"
            + " first 8 characters (added to this bench database after all measurements; not in"
            + " the application's schema).");
    line("");
    line(
        "| branch | "
            + data.big().number()
            + " rows | ms | "
            + data.small().number()
            + " rows | ms |");
    line("|---|---:|---:|---:|---:|");
    Map<String, List<String>> chains = new TreeMap<>();
    for (ProvinceDataSet.Planted p : List.of(data.big(), data.small())) {
      chains.put(p.number(), inTransaction(w -> w.chainKeys(p.legalId())));
    }
    String live = BenchWiring.LIVE_STATUSES;
    String direct =
        "SELECT v.document_id, v.issue_no FROM version_citation c JOIN document_version v"
            + " ON v.id = c.version_id WHERE c.number_key %s AND v.status IN "
            + live;
    String tthc =
        "SELECT dt.document_id, v.issue_no"
            + BenchWiring.TTHC_JOIN
            + " WHERE tc.number_key %s AND v.status IN "
            + live;
    String national =
        "SELECT dt.document_id, v.issue_no FROM tthc_citation tc JOIN document_tthc dt"
            + " ON dt.bench_national = tc.tthc_code JOIN document_version v"
            + " ON v.document_id = dt.document_id WHERE tc.number_key %s AND v.status IN "
            + live;
    branch("direct: versions citing the decree", direct, data, chains, false);
    branch("through TTHC citing the decree (engine's join)", tthc, data, chains, false);
    branch("chain: versions citing the chain", direct, data, chains, true);
    branch("chain: through TTHC citing the chain (engine's join)", tthc, data, chains, true);
    try (Connection c = counting.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "ALTER TABLE document_tthc ADD COLUMN bench_national VARCHAR(8)"
              + " GENERATED ALWAYS AS (SUBSTRING(tthc_code, 1, 8))");
      s.execute("CREATE INDEX ix_bench_national ON document_tthc (bench_national)");
      s.execute("ANALYZE TABLE document_tthc");
    }
    branch("what-if: through TTHC, equality on the national code", national, data, chains, false);
    branch(
        "what-if: chain through TTHC, equality on the national code", national, data, chains, true);
    line("");
  }

  private void branch(
      String label,
      String sql,
      ProvinceDataSet.Result data,
      Map<String, List<String>> chains,
      boolean chain)
      throws SQLException {
    StringBuilder row = new StringBuilder("| " + label);
    for (ProvinceDataSet.Planted p : List.of(data.big(), data.small())) {
      List<String> keys = chain ? chains.get(p.number()) : List.of(p.numberKey());
      // as the engine writes them: "= ?" for the decree, "IN (?, …)" for its chain
      String q =
          String.format(
              sql,
              chain
                  ? "IN ("
                      + String.join(", ", java.util.Collections.nCopies(keys.size(), "?"))
                      + ")"
                  : "= ?");
      List<Double> ms = new ArrayList<>();
      int rows = 0;
      try (Connection c = counting.getConnection()) {
        for (int i = 0; i < 9; i++) {
          // a new SQL text each time, so that H2 answers from no cached result
          try (PreparedStatement ps = c.prepareStatement(q + " /* " + i + " */")) {
            for (int k = 0; k < keys.size(); k++) {
              ps.setString(k + 1, keys.get(k));
            }
            long t0 = System.nanoTime();
            rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                rows++;
              }
            }
            if (i >= 2) {
              ms.add((System.nanoTime() - t0) / 1e6);
            }
          }
        }
      }
      ms.sort(null);
      row.append(String.format(Locale.ROOT, " | %,d | %.1f", rows, median(ms)));
    }
    line(row.append(" |").toString());
  }

  // ---------------------------------------------------------------- helpers

  private <T> T inTransaction(Function<BenchWiring, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(new BenchWiring(em, time));
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private long count(String sql, long param) throws SQLException {
    try (Connection c = counting.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String join(Set<Integer> values) {
    return values.stream().map(v -> String.format("%,d", v)).collect(Collectors.joining(" / "));
  }

  private static String abbreviate(String sql) {
    String s = sql.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
    return s.length() <= 150 ? s : s.substring(0, 147) + "…";
  }

  private static String machine() {
    String cpu = "?";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .findFirst()
              .orElse("?");
    } catch (IOException ignored) {
      // not Linux
    }
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), Java "
        + System.getProperty("java.vm.version")
        + " ("
        + System.getProperty("java.vm.name")
        + "), max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB, "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version");
  }

  private void line(String s) {
    md.append(s).append('\n');
  }
}
