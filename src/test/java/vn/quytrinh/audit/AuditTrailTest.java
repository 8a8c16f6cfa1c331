package vn.quytrinh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;

/** The hash chain on a real database: tampering of every kind is found, and appends stay a line. */
class AuditTrailTest {

  JpaHarness db;

  @BeforeEach
  void open() {
    db = new JpaHarness();
    for (int i = 1; i <= 5; i++) {
      int n = i;
      db.inTransaction(
          em -> {
            trail(em)
                .record(
                    "xa.thuky",
                    "SAVE",
                    "VERSION",
                    "1000/" + n,
                    "HY.XA.TANHOA",
                    "QT-01/HT lần " + n + " – Điều 17");
            return null;
          });
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  static AuditTrail trail(EntityManager em) {
    return new AuditTrail(em, Optional.empty());
  }

  static AuditTrail trail(EntityManager em, String key) {
    return new AuditTrail(em, Optional.of(key));
  }

  AuditTrail.Verification verify() {
    return db.inTransaction(em -> trail(em).verify());
  }

  void sql(String statement) {
    db.inTransaction(em -> em.createNativeQuery(statement).executeUpdate());
  }

  @Test
  void anUntouchedTrailVerifies() {
    AuditTrail.Verification v = verify();
    assertTrue(v.valid());
    assertEquals(5, v.events());
    assertNull(v.firstBrokenAt());
  }

  @Test
  void aChangedEventIsFound() {
    sql("UPDATE audit_event SET summary = 'QT-01/HT lần 3 – Điều 18' WHERE seq = 3");
    AuditTrail.Verification v = verify();
    assertFalse(v.valid());
    assertEquals(3L, v.firstBrokenAt());
  }

  @Test
  void aChangedActorOrTimeIsFound() {
    sql("UPDATE audit_event SET actor = 'admin' WHERE seq = 2");
    assertEquals(2L, verify().firstBrokenAt());
  }

  @Test
  void aChangedTimeIsFound() {
    sql("UPDATE audit_event SET occurred_at = occurred_at - INTERVAL '5' MINUTE WHERE seq = 4");
    assertEquals(4L, verify().firstBrokenAt());
  }

  /**
   * What someone who can write to the database but holds no key can do: change an event and
   * recompute every hash from there on, and the head, with plain SHA-256.
   */
  void rewriteFrom(long seq, String newSummary) {
    db.inTransaction(
        em -> {
          em.createNativeQuery("UPDATE audit_event SET summary = ?1 WHERE seq = ?2")
              .setParameter(1, newSummary)
              .setParameter(2, seq)
              .executeUpdate();
          List<AuditChain.Event> all = trail(em).page(null, null, 0, 100);
          String prev = all.get((int) seq - 2).hash();
          for (AuditChain.Event e : all.subList((int) seq - 1, all.size())) {
            String h =
                AuditChain.hash(
                    prev,
                    e.seq(),
                    e.at(),
                    e.actor(),
                    e.action(),
                    e.entity(),
                    e.entityId(),
                    e.unitCode(),
                    e.summary());
            em.createNativeQuery("UPDATE audit_event SET prev_hash = ?1, hash = ?2 WHERE seq = ?3")
                .setParameter(1, prev)
                .setParameter(2, h)
                .setParameter(3, e.seq())
                .executeUpdate();
            prev = h;
          }
          return em.createNativeQuery("UPDATE audit_head SET hash = ?1 WHERE id = 1")
              .setParameter(1, prev)
              .executeUpdate();
        });
  }

  @Test
  void aChainRebuiltWithoutTheKeyIsFoundWhenTheInstallationHasOne() {
    rewriteFrom(3, "QT-01/HT lần 3 – đã sửa");
    assertTrue(verify().valid(), "without a key, a chain rebuilt whole cannot be told apart");

    String key = "khoa-kiem-toan-cua-so-khcn-hung-yen-2026";
    sql("DELETE FROM audit_event");
    sql("UPDATE audit_head SET seq = 0, hash = '" + AuditChain.GENESIS + "' WHERE id = 1");
    for (int i = 1; i <= 5; i++) {
      int n = i;
      db.inTransaction(
          em -> {
            trail(em, key).record("tk", "SAVE", "VERSION", "7/" + n, "XA", "lần " + n);
            return null;
          });
    }
    assertTrue(db.inTransaction(em -> trail(em, key).verify()).valid());

    rewriteFrom(3, "lần 3 – đã sửa");
    AuditTrail.Verification keyed = db.inTransaction(em -> trail(em, key).verify());
    assertFalse(keyed.valid());
    assertEquals(3L, keyed.firstBrokenAt(), "no event made without the key verifies under it");
  }

  @Test
  void aShortKeyIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> AuditTrail.keyOf("ngan-qua"));
    assertNull(AuditTrail.keyOf(" "));
  }

  @Test
  void severalEventsOfOneChangeJoinTheChainInOrder() {
    db.inTransaction(
        em -> {
          trail(em)
              .recordAll(
                  List.of(
                      new AuditTrail.Entry(
                          "tk", "FLAGS_RAISED", "LEGAL_RELATION", 9, "XA-A", "2 cờ"),
                      new AuditTrail.Entry(
                          "tk", "FLAGS_RAISED", "LEGAL_RELATION", 9, "XA-B", "1 cờ"),
                      new AuditTrail.Entry(
                          "tk", "FLAGS_RAISED", "LEGAL_RELATION", 9, "XA-C", "4 cờ")));
          trail(em).record("tk", "SAVE", "VERSION", "1/1", "XA-A", "sau");
          return null;
        });
    AuditTrail.Verification v = verify();
    assertTrue(v.valid());
    assertEquals(9, v.events());
    List<AuditChain.Event> raised =
        db.inTransaction(em -> trail(em).page("LEGAL_RELATION", "9", 0, 10));
    assertEquals(List.of(6L, 7L, 8L), raised.stream().map(AuditChain.Event::seq).toList());
    assertEquals(
        List.of("XA-A", "XA-B", "XA-C"), raised.stream().map(AuditChain.Event::unitCode).toList());
    sql("UPDATE audit_event SET unit_code = 'XA-A' WHERE seq = 7");
    assertEquals(7L, verify().firstBrokenAt());
  }

  /**
   * A national amendment audits one event per unit hit, some 4,000: more rows than one INSERT may
   * carry on PostgreSQL (32,767 bind parameters, ten a row), and more than EclipseLink binds
   * quickly in one native query. They join the chain in order all the same.
   */
  @Test
  void moreEventsThanOneStatementCarriesJoinTheChain() {
    int n = 4_007; // one batch, not one statement of 40,070 parameters
    List<AuditTrail.Entry> many = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      many.add(
          new AuditTrail.Entry(
              "tk", "FLAGS_RAISED", "LEGAL_RELATION", 11, "XA-" + i, (i + 1) + " cờ rà soát"));
    }
    db.inTransaction(
        em -> {
          trail(em).recordAll(many);
          return null;
        });
    AuditTrail.Verification v = verify();
    assertTrue(v.valid());
    assertEquals(5 + n, v.events());
    List<AuditChain.Event> raised =
        db.inTransaction(em -> trail(em).page("LEGAL_RELATION", "11", 0, n + 1));
    assertEquals(n, raised.size());
    assertEquals("XA-" + (n - 1), raised.get(n - 1).unitCode());
    assertEquals(5L + n, raised.get(n - 1).seq());
  }

  @Test
  void aDeletedEventIsFound() {
    sql("DELETE FROM audit_event WHERE seq = 4");
    assertEquals(4L, verify().firstBrokenAt());
  }

  @Test
  void aDeletedLastEventIsFoundAgainstTheHead() {
    sql("DELETE FROM audit_event WHERE seq = 5");
    assertEquals(5L, verify().firstBrokenAt());
  }

  @Test
  void anInsertedEventIsFoundEvenWithAPlausibleHash() {
    // a forger who knows the algorithm rewrites one event and its hash, but cannot fix the next
    // one's link
    // (in two steps: PostgreSQL checks the key row by row, so seq + 1 would collide on the way)
    sql("UPDATE audit_event SET seq = seq + 1000 WHERE seq >= 3");
    sql("UPDATE audit_event SET seq = seq - 999 WHERE seq >= 1003");
    db.inTransaction(
        em -> {
          String prev =
              (String)
                  em.createNativeQuery("SELECT hash FROM audit_event WHERE seq = 2")
                      .getSingleResult();
          Instant at = Instant.parse("2026-01-01T00:00:00Z");
          String hash =
              AuditChain.hash(prev, 3, at, "admin", "DELETE", "DOCUMENT", "9", null, "xóa");
          em.createNativeQuery(
                  "INSERT INTO audit_event VALUES (3, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'admin',"
                      + " 'DELETE', 'DOCUMENT', '9', NULL, 'xóa', '"
                      + prev
                      + "', '"
                      + hash
                      + "')")
              .executeUpdate();
          return null;
        });
    assertEquals(4L, verify().firstBrokenAt());
  }

  @Test
  void concurrentAppendsKeepOneLine() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      done.add(
          pool.submit(
              () ->
                  db.inTransaction(
                      em -> {
                        trail(em).record("u" + n, "EXPORT", "MANUAL", "HY", "HY", "lần " + n);
                        return null;
                      })));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    AuditTrail.Verification v = verify();
    assertTrue(v.valid(), "first broken at " + v.firstBrokenAt());
    assertEquals(45, v.events());
  }

  @Test
  void hashesDependOnEveryField() {
    Instant at = Instant.parse("2026-11-28T04:00:00.123Z");
    String base = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "SAVE", "VERSION", "1", "U", "s");
    assertNotEquals(
        base, AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "SAVE", "VERSION", "1", null, "s"));
    assertNotEquals(
        base,
        AuditChain.hash(
            AuditChain.GENESIS, 1, at.plusMillis(1), "a", "SAVE", "VERSION", "1", "U", "s"));
    assertNotEquals(
        AuditChain.hash(AuditChain.GENESIS, 1, at, "ab", "c", "VERSION", "1", "U", "s"),
        AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "bc", "VERSION", "1", "U", "s"),
        "fields cannot slide into each other");
  }

  /**
   * The chain stored on this run's database (H2, or PostgreSQL in the profile {@code postgresql})
   * is the one computed in Java from the events as given: no field is changed on its way in or out
   * (see {@link AuditChainAcrossDatabasesTest} for both databases side by side).
   */
  @Test
  void storedHashesAreTheChainOfTheEventsAsGiven() {
    try (JpaHarness fresh = new JpaHarness()) {
      List<AuditChain.Event> stored = AuditScript.appendOn(fresh, AuditScript.KEY);
      assertEquals(
          AuditScript.expectedHashes(AuditScript.KEY),
          stored.stream().map(AuditChain.Event::hash).toList());
      assertEquals(7, stored.size());
      // pinned: a change to what the hash covers, or how, fails here even if Java and the
      // database change together (the chain written by earlier releases must keep verifying)
      assertEquals(
          "7a03026adf1b34c682eb7c7fc850517f7732b16fa7855e3dfd20ae47af4becd2", stored.get(0).hash());
      assertEquals(
          "9674920461fcca2a536da6198e9ff130652e2124035311fce3afa5d202ae1c0d", stored.get(6).hash());
      assertEquals("?", stored.get(6).actor());
      assertEquals("x".repeat(64), stored.get(1).actor());
      assertEquals(
          3998, stored.get(5).summary().length(), "cut to 3997 characters and an ellipsis");
      assertEquals(
          AuditScript.timeOf(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
          stored.get(1).at());
      assertTrue(
          fresh
              .inTransaction(
                  em -> new AuditTrail(em, java.util.Optional.ofNullable(AuditScript.KEY)).verify())
              .valid());
    }
  }

  @Test
  void verifyTellsTheTrailsProtectionLevel() {
    AuditTrail.Verification plain = verify();
    assertEquals(AuditTrail.Protection.UNKEYED, plain.protection());
    assertTrue(plain.protectionNote().contains("QUYTRINH_AUDIT_KEY"), plain.protectionNote());
    AuditTrail.Verification keyed =
        db.inTransaction(
            em -> new AuditTrail(em, Optional.of("k".repeat(32) + "-cua-tinh-hung-yen")).verify());
    assertEquals(AuditTrail.Protection.KEYED, keyed.protection());
    assertNotEquals(plain.protectionNote(), keyed.protectionNote());
  }

  @Test
  void aStartWithoutTheKeyWarnsLoudly() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(AuditTrail.class.getName());
    List<java.util.logging.LogRecord> seen = new ArrayList<>();
    java.util.logging.Handler h =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord r) {
            seen.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(h);
    try {
      db.inTransaction(em -> new AuditTrail(em, Optional.empty()).warnIfUnkeyed());
      assertTrue(
          seen.stream()
              .anyMatch(
                  r ->
                      r.getLevel() == java.util.logging.Level.WARNING
                          && r.getMessage().contains("QUYTRINH_AUDIT_KEY")),
          "a warning naming the key");
      seen.clear();
      db.inTransaction(em -> new AuditTrail(em, Optional.of("k".repeat(40))).warnIfUnkeyed());
      assertTrue(
          seen.stream().noneMatch(r -> r.getLevel().intValue() >= 900), "no warning with a key");
    } finally {
      log.removeHandler(h);
    }
  }
}
