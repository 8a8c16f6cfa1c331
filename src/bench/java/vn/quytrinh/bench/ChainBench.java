package vn.quytrinh.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.CountingDataSource;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.time.TimeSource;

/**
 * What the one audit chain itself allows (issue 12, point 6), apart from HTTP, the container, nginx
 * and the search followers that share this machine's two cores in {@code scripts/two-instances}:
 * two persistence units on one PostgreSQL database stand for two instances, each with its own
 * connection pool, and writer threads register legal documents through {@link
 * LegalService#register} exactly as {@code POST /legal-documents} does, each registration one
 * transaction that appends one event to the chain (the head row locked from the append to the
 * commit). One writer, then 16 (8 on each "instance"), for {@code bench.chain.seconds} each (15);
 * the chain is verified after. With one writer, also how long a write holds the head: the time
 * inside the database from the head's UPDATE to the end of the COMMIT, summed over those calls (the
 * Java between them aside), so that the chain's own cap is about 1 / that time.
 *
 * <p>{@code java -Xmx512m -cp … vn.quytrinh.bench.ChainBench} with {@code bench.pg.url}, {@code
 * bench.pg.user}, {@code bench.pg.password}; it migrates an empty database first. Report: {@code
 * bench.dir}/chain.md.
 */
public final class ChainBench {

  static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

  private final TimeSource time =
      new TimeSource(
          Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC));
  private final Duration window = Duration.ofSeconds(Integer.getInteger("bench.chain.seconds", 15));
  private final AtomicInteger serial = new AtomicInteger();
  private final long base = System.currentTimeMillis() / 1000 % 1_000_000 * 1_000;
  private final StringBuilder md = new StringBuilder();
  private final List<CountingDataSource> counting = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new ChainBench().run();
  }

  record Rate(int writers, double perSecond, double heldMs) {}

  void run() throws Exception {
    String url = System.getProperty("bench.pg.url");
    DataSource plain = ProvinceDataSet.dataSource(url);
    SchemaMigration.migrate(plain, getClass().getClassLoader());
    String product = ProvinceDataSet.product(plain);
    List<com.zaxxer.hikari.HikariDataSource> pools = new ArrayList<>();
    List<EntityManagerFactory> instances = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      com.zaxxer.hikari.HikariDataSource pool =
          ProvinceDataSet.pooled(plain, 8, "instance-" + (char) ('a' + i));
      pools.add(pool);
      CountingDataSource counted = new CountingDataSource(pool);
      counting.add(counted);
      instances.add(
          Persistence.createEntityManagerFactory(
              "quytrinh-se", Map.of("jakarta.persistence.nonJtaDataSource", counted)));
    }
    try {
      write(instances, 4, Duration.ofSeconds(3)); // warm-up: classes loaded, pools filled
      Rate one = write(instances, 1, window);
      Rate sixteen = write(instances, 16, window);
      AuditTrail.Verification v = verify(instances.get(0));
      report(product, url, one, sixteen, v);
    } finally {
      instances.forEach(EntityManagerFactory::close);
      pools.forEach(com.zaxxer.hikari.HikariDataSource::close);
    }
    Path out = Path.of(System.getProperty("bench.dir", "target/bench")).resolve("chain.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
    System.out.println(md);
    System.out.println("Written to " + out);
  }

  /**
   * {@code writers} threads, alternating the instances, registering for {@code span}; the rate, and
   * how long on average a registration held the chain's head (append to commit).
   */
  private Rate write(List<EntityManagerFactory> instances, int writers, Duration span)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    long end = System.nanoTime() + span.toNanos();
    long t0 = System.nanoTime();
    List<Future<long[]>> done = new ArrayList<>();
    for (int k = 0; k < writers; k++) {
      EntityManagerFactory emf = instances.get(k % instances.size());
      CountingDataSource counted = writers == 1 ? counting.get(k % instances.size()) : null;
      done.add(
          pool.submit(
              () -> {
                long n = 0;
                long held = 0;
                while (System.nanoTime() < end) {
                  if (counted != null) {
                    counted.reset();
                  }
                  register(emf);
                  if (counted != null) {
                    held += heldInDatabase(counted.calls());
                  }
                  n++;
                }
                return new long[] {n, held};
              }));
    }
    long n = 0;
    long held = 0;
    for (Future<long[]> f : done) {
      long[] r = f.get();
      n += r[0];
      held += r[1];
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    Rate rate = new Rate(writers, n / seconds, n == 0 ? 0 : held / 1e6 / n);
    System.out.printf(Locale.ROOT, "%d writers: %.0f writes/s%n", writers, rate.perSecond());
    return rate;
  }

  /** Nanoseconds inside the database from the head's UPDATE to the end of the COMMIT. */
  static long heldInDatabase(List<CountingDataSource.Call> calls) {
    long held = 0;
    boolean holding = false;
    for (CountingDataSource.Call c : calls) {
      holding |= c.sql() != null && c.sql().startsWith("UPDATE audit_head");
      if (holding) {
        held += c.nanos();
      }
    }
    return held;
  }

  /** One registration in its own transaction, as {@code POST /legal-documents} makes it. */
  private void register(EntityManagerFactory emf) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      BenchWiring w = new BenchWiring(em, time);
      String number = (base + serial.incrementAndGet()) + "/2026/NĐ-CP";
      w.legal.register(
          ImpactBench.CALLER,
          new LegalService.Registration(
              number,
              LegalDocumentType.NGHI_DINH,
              "Chính phủ",
              "Nghị định thử tải",
              LocalDate.of(2026, 1, 5),
              LocalDate.of(2026, 3, 1),
              null));
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private AuditTrail.Verification verify(EntityManagerFactory emf) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      AuditTrail.Verification v = new AuditTrail(em, java.util.Optional.empty()).verify();
      em.getTransaction().commit();
      return v;
    } finally {
      em.close();
    }
  }

  private void report(String product, String url, Rate one, Rate sixteen, AuditTrail.Verification v)
      throws Exception {
    line("# Audit chain bench");
    line("");
    line("Database: " + product + " (`" + url + "`); two persistence units, one pool each.");
    line("");
    line(
        "| writers | writes/s | head held per write, in the database (UPDATE head to COMMIT), ms |");
    line("|---:|---:|---:|");
    line(String.format(Locale.ROOT, "| 1 | **%.0f** | %.2f |", one.perSecond(), one.heldMs()));
    line(String.format(Locale.ROOT, "| 16 (8 a unit) | **%.0f** | — |", sixteen.perSecond()));
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Chain after the run: %,d events, valid: %s. 16 writers get %.1f× what one gets.",
            v.events(),
            v.valid(),
            sixteen.perSecond() / one.perSecond()));
  }

  private void line(String s) {
    md.append(s).append('\n');
  }
}
