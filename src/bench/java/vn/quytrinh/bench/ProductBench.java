package vn.quytrinh.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.h2.jdbcx.JdbcDataSource;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.publishing.DocxRenderer;
import vn.quytrinh.publishing.Manual;
import vn.quytrinh.publishing.PdfRenderer;
import vn.quytrinh.publishing.ProcedureSheet;
import vn.quytrinh.search.SearchEntry;
import vn.quytrinh.search.SearchIndex;

/**
 * The other bars of quality.md, each in the same run: search p95 over 1,000 mixed queries on the
 * province data set; importing 2,000 TTHC rows; a 200-procedure manual as PDF and DOCX, and
 * LibreOffice converting that DOCX, for the ratio. Results to target/bench/product.md.
 */
public final class ProductBench {

  private final StringBuilder report = new StringBuilder();
  private final Path dir;

  ProductBench(Path dir) {
    this.dir = dir;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    Files.createDirectories(dir);
    ProductBench b = new ProductBench(dir);
    b.line("# Product bench");
    b.line("");
    b.line(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + ", max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB.");
    b.line("");
    String parts = System.getProperty("bench.parts", "search,import,manual");
    if (parts.contains("search")) {
      b.search(Long.getLong("bench.seed", 20250115L));
    }
    if (parts.contains("import")) {
      b.imports();
    }
    if (parts.contains("manual")) {
      b.manual();
    }
    if (parts.contains("chain")) {
      new ChainBench().run(); // PostgreSQL: bench.pg.url, bench.pg.user, bench.pg.password
    }
    if (parts.contains("throughput")) {
      b.throughput();
    }
    if (parts.contains("crash")) {
      b.crash();
    }
    if (parts.contains("lists")) {
      b.line("## Lists paged in the database");
      b.line("");
      new ListBench(b::line, Long.getLong("bench.seed", 20250115L), b.dir).run();
    }
    if (parts.contains("restart")) {
      b.restart(Long.getLong("bench.seed", 20250115L));
    }
    if (parts.contains("pages")) {
      b.pages(Long.getLong("bench.seed", 20250115L));
    }
    boolean instancesFailed = parts.contains("instances") && !b.instances();
    Files.writeString(
        dir.resolve(
            parts.equals("search,import,manual")
                ? "product.md"
                : "product-" + parts.replace(',', '-') + ".md"),
        b.report.toString());
    System.out.println(b.report);
    if (instancesFailed) {
      System.exit(1);
    }
  }

  void line(String s) {
    report.append(s).append('\n');
  }

  // ---------------------------------------------------------------- search

  void search(long seed) throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:search-bench;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    SchemaMigration.migrate(ds, getClass().getClassLoader());
    List<String> codes = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    List<String> tthcCodes = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    java.util.Set<String> units = new java.util.TreeSet<>();
    long built;
    try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory());
        Connection c = ds.getConnection()) {
      ProvinceDataSet.generate(c, seed, ProvinceDataSet.Sizes.province());
      long t0 = System.nanoTime();
      int n = 0;
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT d.id, d.code, d.title, d.unit_code, d.kind, d.effective_issue_no, v.content_json FROM controlled_document d"
                      + " JOIN document_version v ON v.document_id = d.id AND v.issue_no = (SELECT MAX(issue_no) FROM document_version x WHERE x.document_id = d.id)")) {
        while (r.next()) {
          index.upsert(
              new SearchEntry(
                  "document",
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getObject(6) != null,
                  List.of(r.getString(2)),
                  r.getObject(6) != null ? r.getString(7) : "",
                  r.getObject(6) != null ? "" : r.getString(7)));
          codes.add(r.getString(2));
          titles.add(r.getString(3));
          units.add(r.getString(4));
          n++;
        }
      }
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT code, name, field FROM tthc")) {
        while (r.next()) {
          index.upsert(
              new SearchEntry(
                  "tthc",
                  r.getString(1),
                  r.getString(1),
                  r.getString(2),
                  null,
                  null,
                  true,
                  List.of(r.getString(1)),
                  r.getString(3),
                  ""));
          tthcCodes.add(r.getString(1));
          n++;
        }
      }
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id, number, title, issuer FROM legal_document")) {
        while (r.next()) {
          index.upsert(
              new SearchEntry(
                  "legal",
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  null,
                  null,
                  true,
                  List.of(r.getString(2)),
                  r.getString(4),
                  ""));
          numbers.add(r.getString(2));
          n++;
        }
      }
      index.commit(1);
      built = (System.nanoTime() - t0) / 1_000_000;

      Random rnd = new Random(seed);
      List<String> queries = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        switch (i % 5) {
          case 0 -> queries.add(codes.get(rnd.nextInt(codes.size())).toLowerCase());
          case 1 -> {
            String num = numbers.get(rnd.nextInt(numbers.size()));
            String[] p = num.split("/");
            queries.add(p.length > 2 ? p[0] + "/" + p[1] : num);
          }
          case 2 -> queries.add(tthcCodes.get(rnd.nextInt(tthcCodes.size())));
          case 3 -> queries.add(words(titles.get(rnd.nextInt(titles.size())), rnd, false));
          default -> queries.add(words(titles.get(rnd.nextInt(titles.size())), rnd, true));
        }
      }
      // every other query as a province-wide overseer, the rest as a coordinator of one unit
      List<String> unitList = new ArrayList<>(units);
      List<SearchIndex.Scope> scopes = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) {
        String unit = unitList.get(rnd.nextInt(unitList.size()));
        scopes.add(
            i % 2 == 0
                ? new SearchIndex.Scope(true, Set.of(), null)
                : new SearchIndex.Scope(false, Set.of(unit), Set.of(unit)));
      }
      for (int w = 0; w < 200; w++) {
        index.search(queries.get(w), null, null, scopes.get(w), 0, 20);
      }
      long[] ns = new long[queries.size()];
      long hits = 0;
      for (int i = 0; i < queries.size(); i++) {
        long q0 = System.nanoTime();
        hits += index.search(queries.get(i), null, null, scopes.get(i), 0, 20).hits().size();
        ns[i] = System.nanoTime() - q0;
      }
      Arrays.sort(ns);
      line("## Search: 1,000 mixed queries on the province data set");
      line("");
      line(
          "Index of "
              + n
              + " entries (documents with the text of their latest version, TTHC, legal documents) built in "
              + built
              + " ms from the database; queries a fifth each: document codes, legal numbers as `serial/year`, TTHC codes, two or three title words with diacritics, the same without (folded); every other query as a province-wide overseer, the rest as a coordinator who sees one unit (the public text of its units' versions in force, plus its own drafts); 200 warm-up queries first; first page of 20 with an exact total.");
      line("");
      line("| p50 ms | p95 ms | p99 ms | max ms | hits returned |");
      line("|---:|---:|---:|---:|---:|");
      line(
          String.format(
              "| %.2f | **%.2f** | %.2f | %.2f | %d |",
              ms(ns[499]), ms(ns[949]), ms(ns[989]), ms(ns[999]), hits));
      line("");
      line("Bar: p95 ≤ 50 ms — " + (ms(ns[949]) <= 50 ? "met" : "NOT met") + ".");
      line("");
    }
  }

  /**
   * Read throughput against a server already running (`bench.url`, the demo start of the README):
   * one version in force read with HTTP Basic as `bench.user`, against `/health/live`, alternately.
   */
  void throughput() throws Exception {
    String url = System.getProperty("bench.url", "http://localhost:8080/");
    String user = System.getProperty("bench.user", "xa.canbo:quytrinh-demo");
    int threads = Integer.getInteger("bench.threads", 8);
    int seconds = Integer.getInteger("bench.seconds", 10);
    int rounds = Integer.getInteger("bench.rounds", 3);
    Throughput t = new Throughput(url, user);
    String version = t.aVersionInForce();
    int warmup = Integer.getInteger("bench.warmupSeconds", 15);
    t.drive("health/live", false, threads, warmup);
    t.drive(version, true, threads, warmup);
    double[] health = new double[rounds];
    double[] read = new double[rounds];
    long failed = 0;
    for (int r = 0; r < rounds; r++) {
      Throughput.Round h = t.drive("health/live", false, threads, seconds);
      Throughput.Round v = t.drive(version, true, threads, seconds);
      health[r] = h.perSecond();
      read[r] = v.perSecond();
      failed += h.failed() + v.failed();
    }
    Arrays.sort(health);
    Arrays.sort(read);
    double ratio = read[rounds / 2] / health[rounds / 2];
    line("## Read throughput: one version with HTTP Basic against /health/live");
    line("");
    line(
        "A running server ("
            + url
            + ", the demo start of the README: embedded H2, sample data); "
            + threads
            + " client threads on loopback over keep-alive connections (Java's HttpClient, a"
            + " stand-in for wrk), "
            + rounds
            + " rounds of "
            + seconds
            + " s per endpoint, alternately, after "
            + warmup
            + " s of warm-up each; the reader `"
            + user.substring(0, user.indexOf(':'))
            + "` reads `GET /"
            + version
            + "` with its password on every request. Client and server share the 2 cores.");
    line("");
    line("| endpoint | requests/s (median of rounds) | every round | answers not 200 |");
    line("|---|---:|---|---:|");
    line(String.format("| `/health/live` | %.0f | %s | |", health[rounds / 2], rounded(health)));
    line(
        String.format(
            "| `GET /%s` (HTTP Basic) | %.0f | %s | %d |",
            version, read[rounds / 2], rounded(read), failed));
    line("");
    line(
        String.format(
            "Ratio %.0f %% (bar ≥ 50 %%) — %s.", ratio * 100, ratio >= 0.5 ? "met" : "NOT met"));
    line("");
  }

  /**
   * Two instances on one PostgreSQL behind nginx ({@link InstancesBench}); true when every check
   * passed.
   */
  boolean instances() throws Exception {
    Path payara = Path.of(System.getProperty("bench.payara", CrashBench.payaraJar().toString()));
    Path war = Path.of(System.getProperty("bench.war", "target/quytrinh.war")).toAbsolutePath();
    Path work = dir.resolve("instances-" + System.currentTimeMillis()).toAbsolutePath();
    InstancesBench.Db db =
        new InstancesBench.Db(
            System.getProperty("bench.pg.url"),
            System.getProperty("bench.pg.user"),
            System.getProperty("bench.pg.password"));
    if (db.url() == null || db.url().isBlank()) {
      throw new IllegalArgumentException("bench.pg.url is needed (see scripts/two-instances)");
    }
    List<InstancesBench.Check> checks =
        new InstancesBench(
                work,
                payara,
                war,
                Path.of(System.getProperty("bench.nginx.conf", "scripts/nginx-instances.conf")),
                db,
                Integer.getInteger("bench.port.a", 8181),
                Integer.getInteger("bench.port.b", 8182),
                Integer.getInteger("bench.port.https", 8443))
            .run();
    line("## Two instances on one PostgreSQL behind nginx (HTTPS)");
    line("");
    line(
        "Payara Micro started twice by the bench on `target/quytrinh.war`, one PostgreSQL database,"
            + " nginx in front terminating HTTPS and keeping a web session on its instance by the route cookie;"
            + " the shared test"
            + " clock is a file (`quytrinh.clock.offset-file`). Logs in `"
            + work
            + "`.");
    line("");
    line("| check | figure | result |");
    line("|---|---|---|");
    for (InstancesBench.Check c : checks) {
      line(
          "| " + c.name() + " | " + c.figure() + " | " + (c.passed() ? "pass" : "**FAIL**") + " |");
    }
    line("");
    return checks.stream().allMatch(InstancesBench.Check::passed);
  }

  /** The crash bar: kill -9 in the middle of concurrent writes, then restart on the same files. */
  void crash() throws Exception {
    int writes = Integer.getInteger("bench.writes", 200);
    int threads = Integer.getInteger("bench.threads", 8);
    Path payara = Path.of(System.getProperty("bench.payara", CrashBench.payaraJar().toString()));
    Path war = Path.of(System.getProperty("bench.war", "target/quytrinh.war")).toAbsolutePath();
    Path work = dir.resolve("crash-" + System.currentTimeMillis()).toAbsolutePath();
    CrashBench.Outcome o = new CrashBench(work, payara, war, 8191).run(writes, threads);
    line("## Crash: kill -9 in the middle of " + writes + " concurrent writes");
    line("");
    line(
        "Payara Micro started by the bench on `target/quytrinh.war` with an embedded H2 file in a"
            + " fresh folder (`"
            + work.getFileName()
            + "`, `WRITE_DELAY="
            + Integer.getInteger("bench.writeDelay", 0)
            + "`); "
            + threads
            + " client threads POST "
            + writes
            + " legal documents (each its own number); once half were answered 2xx the server"
            + " JVM gets SIGKILL; then it is started again on the same files and every"
            + " acknowledged number is looked up, its title compared, and the audit trail verified.");
    line("");
    line(
        "| writes sent | answered 2xx before the kill | cut or refused | found whole after restart"
            + " | lost | audit trail valid | restart to first answer |");
    line("|---:|---:|---:|---:|---:|---|---:|");
    line(
        String.format(
            "| %d | %d | %d | %d | %d | %s | %.1f s |",
            o.sent(),
            o.answered2xx(),
            o.failedOrCut(),
            o.foundAfterRestart(),
            o.lost().size(),
            o.trailValid() ? "yes" : "NO",
            o.restartMillis() / 1000.0));
    line("");
    line(
        "Bar: every acknowledged write there, none half-done — "
            + (o.lost().isEmpty() && o.trailValid() ? "met" : "NOT met: " + o.lost())
            + ".");
    line("");
  }

  /** The restart bar: an installation holding the province data set, stopped and started. */
  void restart(long seed) throws Exception {
    Path payara = Path.of(System.getProperty("bench.payara", CrashBench.payaraJar().toString()));
    Path war = Path.of(System.getProperty("bench.war", "target/quytrinh.war")).toAbsolutePath();
    Path work = dir.resolve("restart-" + System.currentTimeMillis()).toAbsolutePath();
    CrashBench.Restart r = new CrashBench(work, payara, war, 8192).restart(seed);
    line("## Restart of an installation holding the province data set");
    line("");
    line(
        "The province data set (seed "
            + seed
            + ") generated into an embedded H2 file; Payara Micro started on it by the bench"
            + " (`target/quytrinh.war`, `-Xmx512m`), left to build its search index in the"
            + " background, stopped normally (SIGTERM), and started again; each time until the"
            + " first authenticated answer (`GET /api/v1/me`).");
    line("");
    line(
        "| first start to first answer | search index built after it (documents found) |"
            + " restart to first answer |");
    line("|---:|---:|---:|");
    line(
        String.format(
            "| %.1f s | %.1f s (%,d) | **%.1f s** |",
            r.firstStartMillis() / 1000.0,
            r.indexMillis() / 1000.0,
            r.indexed(),
            r.restartMillis() / 1000.0));
    line("");
    line(
        "Bar: restart ≤ 30 s, no full re-index or re-load at start — "
            + (r.restartMillis() <= 30_000 ? "met" : "NOT met")
            + ".");
    line("");
  }

  /** The web interface's pages on the province data set ({@link PagesBench}). */
  void pages(long seed) throws Exception {
    Path payara = Path.of(System.getProperty("bench.payara", CrashBench.payaraJar().toString()));
    Path war = Path.of(System.getProperty("bench.war", "target/quytrinh.war")).toAbsolutePath();
    Path work = dir.resolve("pages-" + System.currentTimeMillis()).toAbsolutePath();
    int warmup = Integer.getInteger("bench.warmup", 10);
    int rounds = Integer.getInteger("bench.reps", 31);
    List<String> notes = new ArrayList<>();
    List<PagesBench.Timing> timings =
        new PagesBench(work, payara, war, Integer.getInteger("bench.port", 8193))
            .run(seed, warmup, rounds, notes::add);
    line("## Pages of the web interface on the province data set");
    line("");
    line(
        "Payara Micro (`target/quytrinh.war`, `-Xmx512m`) on an embedded H2 file holding the"
            + " province data set (seed "
            + seed
            + "); each page fetched with a signed-in session, "
            + warmup
            + " warm-up requests then "
            + rounds
            + " timed, one after another; time to the last byte on loopback. "
            + String.join("; ", notes)
            + ". Logs in `"
            + work
            + "`.");
    line("");
    line("| page | who | median ms | p90 ms | bytes | bar ≤ 200 ms median |");
    line("|---|---|---:|---:|---:|---|");
    for (PagesBench.Timing t : timings) {
      line(
          String.format(
              "| %s | %s | **%.1f** | %.1f | %,d | %s |",
              t.page(),
              t.who(),
              t.median(),
              t.p90(),
              t.bytes(),
              t.median() <= 200 ? "met" : "NOT met"));
    }
    line("");
  }

  static String rounded(double[] values) {
    return Arrays.stream(values)
        .mapToObj(v -> String.format("%.0f", v))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  static String words(String title, Random rnd, boolean fold) {
    String[] w = title.split("\\s+");
    int from = rnd.nextInt(Math.max(1, w.length - 2));
    String q =
        String.join(
            " ", Arrays.copyOfRange(w, from, Math.min(w.length, from + 2 + rnd.nextInt(2))));
    return fold ? vn.quytrinh.platform.text.Text.fold(q) : q;
  }

  static double ms(long ns) {
    return ns / 1_000_000.0;
  }

  // ---------------------------------------------------------------- import

  void imports() throws Exception {
    byte[] file = annex(2000);
    List<Long> times = new ArrayList<>();
    List<Long> again = new ArrayList<>();
    int created = 0;
    for (int rep = 0; rep < 5; rep++) {
      try (ImportBenchWiring w = new ImportBenchWiring("import-bench-" + rep)) {
        long t0 = System.nanoTime();
        created = w.importTthc(file).created();
        times.add((System.nanoTime() - t0) / 1_000_000);
        long t1 = System.nanoTime();
        w.importTthc(file);
        again.add((System.nanoTime() - t1) / 1_000_000);
      }
    }
    times.sort(null);
    again.sort(null);
    line("## Import: 2,000 TTHC rows (XLSX, national layout)");
    line("");
    line(
        "A generated annex of "
            + (file.length / 1024)
            + " KB: 2,000 rows with name, field, level, time limit text, fee, legal basis text with 2–3 citations (recognised and linked), agency. Each repetition on a fresh in-memory H2 with the Flyway schema and the legal registry empty; then the same file again (every row unchanged). Five repetitions.");
    line("");
    line("| first import median ms | min | max | rows created | same file again, median ms |");
    line("|---:|---:|---:|---:|---:|");
    line(
        "| **"
            + times.get(2)
            + "** | "
            + times.get(0)
            + " | "
            + times.get(4)
            + " | "
            + created
            + " | "
            + again.get(2)
            + " |");
    line("");
    line("Bar: ≤ 5 s — " + (times.get(2) <= 5000 ? "met" : "NOT met") + ".");
    line("");
  }

  static byte[] annex(int rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var s = wb.createSheet("Phu luc");
      s.createRow(0).createCell(0).setCellValue("PHỤ LỤC DANH MỤC THỦ TỤC HÀNH CHÍNH");
      String[] h = {
        "STT",
        "Mã TTHC",
        "Tên thủ tục hành chính",
        "Lĩnh vực",
        "Cấp thực hiện",
        "Thời hạn giải quyết",
        "Phí, lệ phí",
        "Căn cứ pháp lý",
        "Cơ quan thực hiện"
      };
      var hr = s.createRow(2);
      for (int c = 0; c < h.length; c++) {
        hr.createCell(c).setCellValue(h[c]);
      }
      Random rnd = new Random(7);
      for (int i = 0; i < rows; i++) {
        var r = s.createRow(3 + i);
        r.createCell(0).setCellValue(i + 1);
        r.createCell(1).setCellValue(String.format("%d.%06d", 1 + i % 2, 100000 + i));
        r.createCell(2)
            .setCellValue(
                "Thủ tục cấp giấy chứng nhận số "
                    + (i + 1)
                    + " trong lĩnh vực hộ tịch, chứng thực");
        r.createCell(3).setCellValue(i % 3 == 0 ? "Hộ tịch" : "Chứng thực");
        r.createCell(4).setCellValue(i % 2 == 0 ? "Cấp xã" : "Cấp tỉnh");
        r.createCell(5).setCellValue(String.format("%02d ngày làm việc", 1 + rnd.nextInt(15)));
        r.createCell(6).setCellValue("2.000 đồng/trang");
        r.createCell(7)
            .setCellValue(
                "- Điều "
                    + (1 + rnd.nextInt(40))
                    + " Nghị định số "
                    + (10 + rnd.nextInt(150))
                    + "/2015/NĐ-CP;\n- Thông tư số 0"
                    + (1 + rnd.nextInt(8))
                    + "/2020/TT-BTP");
        r.createCell(8).setCellValue("Ủy ban nhân dân cấp xã");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  // ---------------------------------------------------------------- manual

  void manual() throws Exception {
    Manual m = manual200();
    PdfRenderer pdf = new PdfRenderer();
    DocxRenderer docx = new DocxRenderer(Path.of("templates"));
    for (int w = 0; w < 2; w++) {
      pdf.manual(m, OutputStream.nullOutputStream());
      docx.manual(m, OutputStream.nullOutputStream());
    }
    List<Long> pdfMs = new ArrayList<>();
    List<Long> docxMs = new ArrayList<>();
    byte[] docxBytes = null;
    long pdfSize = 0;
    for (int rep = 0; rep < 5; rep++) {
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      long t0 = System.nanoTime();
      pdf.manual(m, a);
      pdfMs.add((System.nanoTime() - t0) / 1_000_000);
      pdfSize = a.size();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      long t1 = System.nanoTime();
      docx.manual(m, b);
      docxMs.add((System.nanoTime() - t1) / 1_000_000);
      docxBytes = b.toByteArray();
    }
    pdfMs.sort(null);
    docxMs.sort(null);
    Path docxFile = dir.resolve("manual-200.docx");
    Files.write(docxFile, docxBytes);
    List<Long> lo = new ArrayList<>();
    String office = Files.exists(Path.of("/usr/bin/soffice")) ? "/usr/bin/soffice" : null;
    if (office != null) {
      for (int rep = 0; rep < 3; rep++) {
        Path out = Files.createDirectories(dir.resolve("lo-" + rep));
        long t0 = System.nanoTime();
        Process p =
            new ProcessBuilder(
                    office,
                    "--headless",
                    "-env:UserInstallation=file://" + dir.toAbsolutePath().resolve("lo-profile"),
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    out.toString(),
                    docxFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("lo-" + rep + ".log").toFile())
                .start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
        lo.add((System.nanoTime() - t0) / 1_000_000);
      }
      lo.sort(null);
    }
    line("## Manual: 200 procedures as PDF and DOCX");
    line("");
    line(
        "A manual of 200 procedures (8 steps, 6 citations, 3 revisions, dossier, forms and records each; Vietnamese text). Renderers warmed twice, then five runs; LibreOffice (`soffice --headless --convert-to pdf`) converts our own DOCX of the same manual, three runs, in the same process run.");
    line("");
    line("| output | median ms | min | max | size |");
    line("|---|---:|---:|---:|---:|");
    line(
        "| PDF (PDFBox) | **"
            + pdfMs.get(2)
            + "** | "
            + pdfMs.get(0)
            + " | "
            + pdfMs.get(4)
            + " | "
            + pdfSize / 1024
            + " KB |");
    line(
        "| DOCX (POI) | **"
            + docxMs.get(2)
            + "** | "
            + docxMs.get(0)
            + " | "
            + docxMs.get(4)
            + " | "
            + docxBytes.length / 1024
            + " KB |");
    if (!lo.isEmpty()) {
      line(
          "| LibreOffice DOCX → PDF | "
              + lo.get(1)
              + " | "
              + lo.get(0)
              + " | "
              + lo.get(2)
              + " | |");
      line("");
      line(
          String.format(
              "PDF ≤ 5 s — %s; ratio LibreOffice / PDFBox (medians) = **%.1f×** (bar ≥ 10×) — %s; DOCX ≤ 3 s — %s.",
              pdfMs.get(2) <= 5000 ? "met" : "NOT met",
              lo.get(1) / (double) pdfMs.get(2),
              lo.get(1) >= 10 * pdfMs.get(2) ? "met" : "NOT met",
              docxMs.get(2) <= 3000 ? "met" : "NOT met"));
    } else {
      line("");
      line(
          "LibreOffice is not installed here (`apt-get install --no-install-recommends libreoffice-writer-nogui`): no ratio.");
    }
    line("");
  }

  static Manual manual200() {
    List<ProcedureSheet> sheets = new ArrayList<>();
    List<Manual.MasterRow> master = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      String code = String.format("QT-%03d/HT", i);
      List<ProcedureSheet.Step> steps = new ArrayList<>();
      for (int s = 1; s <= 8; s++) {
        steps.add(
            new ProcedureSheet.Step(
                s,
                "Bước "
                    + s
                    + ": tiếp nhận, kiểm tra, thẩm định hồ sơ và trình lãnh đạo ký duyệt theo quy định",
                "Công chức Tư pháp – Hộ tịch",
                new BigDecimal("0.5"),
                "Mẫu 0" + (s % 6 + 1)));
      }
      List<String> basis = new ArrayList<>();
      for (int c = 0; c < 6; c++) {
        basis.add(
            "Điều "
                + (c + 5)
                + " Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch");
      }
      sheets.add(
          new ProcedureSheet(
              "Ủy ban nhân dân xã Tân Hòa",
              code,
              "Quy trình giải quyết thủ tục hành chính số " + i + " về đăng ký hộ tịch",
              2,
              LocalDate.of(2026, 1, 15),
              "Đang hiệu lực",
              ProcedureSheet.Watermark.NONE,
              "Bản kiểm soát · Xuất bởi Trần Thị Hoa lúc 28/11/2026 10:15",
              List.of(
                  new ProcedureSheet.Approval(
                      "Soạn thảo",
                      "Trần Thị Hoa",
                      "Công chức Văn phòng – Thống kê",
                      LocalDate.of(2026, 1, 5),
                      null),
                  new ProcedureSheet.Approval(
                      "Xem xét",
                      "Lê Văn Minh",
                      "Phó Chủ tịch UBND xã",
                      LocalDate.of(2026, 1, 10),
                      "Đã ký điện tử · SHA-256 70b190e79130"),
                  new ProcedureSheet.Approval(
                      "Phê duyệt",
                      "Nguyễn Văn Hùng",
                      "Chủ tịch UBND xã",
                      LocalDate.of(2026, 1, 12),
                      "Đã ký điện tử · SHA-256 70b190e79130")),
              List.of(
                  new ProcedureSheet.Revision(
                      1,
                      LocalDate.of(2024, 3, 1),
                      "Ban hành lần đầu",
                      "Áp dụng TCVN ISO 9001:2015",
                      1),
                  new ProcedureSheet.Revision(
                      2,
                      LocalDate.of(2026, 1, 15),
                      "Cập nhật theo Nghị định 07/2025/NĐ-CP",
                      "Nghị định 07/2025/NĐ-CP sửa đổi Điều 5, 17",
                      2)),
              "Quy định trình tự, thủ tục, trách nhiệm giải quyết thủ tục hành chính bảo đảm đúng quy định, đúng thời hạn.",
              "Áp dụng tại Ủy ban nhân dân xã Tân Hòa.",
              "TCVN ISO 9001:2015",
              "UBND: Ủy ban nhân dân; TTHC: thủ tục hành chính.",
              basis,
              "Theo quy định của pháp luật.",
              List.of(
                  new ProcedureSheet.Dossier("Tờ khai theo mẫu", 1),
                  new ProcedureSheet.Dossier("Giấy tờ chứng minh nhân thân (bản sao)", 1)),
              "04 ngày làm việc",
              "Bộ phận tiếp nhận và trả kết quả",
              "Miễn lệ phí",
              "Cá nhân, tổ chức",
              "Giấy chứng nhận",
              steps,
              new BigDecimal("4"),
              new BigDecimal("5"),
              List.of(new ProcedureSheet.Form("Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")),
              List.of(
                  new ProcedureSheet.Kept(
                      "Hồ sơ giải quyết", "Công chức Tư pháp – Hộ tịch", "Vĩnh viễn")),
              List.of()));
      master.add(new Manual.MasterRow(code, "Quy trình số " + i, 2, LocalDate.of(2026, 1, 15)));
    }
    return new Manual(
        "Ủy ban nhân dân xã Tân Hòa",
        "Ủy ban nhân dân xã Tân Hòa",
        LocalDate.of(2026, 11, 28),
        "Trần Thị Hoa",
        master,
        sheets);
  }

  static Caller coordinator() {
    return new Caller(
        "tk",
        "Trần Thị Hoa",
        "Thư ký ISO",
        "XA",
        EnumSet.of(Role.COORDINATOR),
        Set.of("XA"),
        false);
  }
}
