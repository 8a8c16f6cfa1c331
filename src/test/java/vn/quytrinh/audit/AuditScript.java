package vn.quytrinh.audit;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.quytrinh.platform.JpaHarness;

/**
 * One fixed series of audit events, appended through the real {@link AuditTrail} with a fixed
 * clock: the same events give the same stored chain on any database. The events hold what a
 * database could change on the way in or out: Vietnamese text in both Unicode forms, a character
 * outside the BMP, quotes and backslashes, trailing blanks, nulls, an actor and a summary longer
 * than their columns, sub-millisecond times, single appends and a batch.
 */
final class AuditScript {

  static final String KEY = "khoa-chuoi-kiem-toan-cua-tinh-hung-yen-2026";

  /** The first event's time; nanoseconds on purpose, the trail keeps milliseconds. */
  static final Instant T0 = Instant.parse("2026-11-28T04:00:00.123456789Z");

  private AuditScript() {}

  /** The appends, in order: each inner list is one call (one transaction, one time). */
  static List<List<AuditTrail.Entry>> calls() {
    String nfd = Normalizer.normalize("Nghị định 23/2015/NĐ-CP, Điều 17", Normalizer.Form.NFD);
    List<List<AuditTrail.Entry>> calls = new ArrayList<>();
    calls.add(
        List.of(
            new AuditTrail.Entry(
                "xa.thuky",
                "SAVE",
                "VERSION",
                1000L,
                "HY.XA.TANHOA",
                "QT-01/HT lần 1 – chứng thực bản sao từ bản chính")));
    calls.add(
        List.of(new AuditTrail.Entry("x".repeat(80), "LOGIN_FAILED", "USER", null, null, null)));
    calls.add(
        List.of(
            new AuditTrail.Entry(
                "admin", "FLAGS_RAISED", "LEGAL_RELATION", 7L, "HY.XA.TANHOA", nfd),
            new AuditTrail.Entry(
                "admin", "FLAGS_RAISED", "LEGAL_RELATION", 7L, "HY.SKHCN", "Điều 5a 𠀀 ‘ngoặc’"),
            new AuditTrail.Entry(
                "admin", "FLAGS_RAISED", "LEGAL_RELATION", 7L, null, "it's \\ \"quoted\"  \t ")));
    calls.add(
        List.of(
            new AuditTrail.Entry(
                "xa.pheduyet", "APPROVE", "VERSION", "1000/2", "HY.XA.TANHOA", "ể".repeat(4100))));
    calls.add(List.of(new AuditTrail.Entry(null, "EXPORT", "MANUAL", "HY", "HY", "")));
    return calls;
  }

  /** The time of the n-th call: 1.75 ms apart, so truncation to milliseconds matters. */
  static Instant timeOf(int call) {
    return T0.plusNanos(call * 1_750_000L);
  }

  /** Appends every call through the real trail; answers the events as stored, in order. */
  static List<AuditChain.Event> appendOn(JpaHarness db, String key) {
    List<List<AuditTrail.Entry>> calls = calls();
    for (int i = 0; i < calls.size(); i++) {
      List<AuditTrail.Entry> entries = calls.get(i);
      Instant at = timeOf(i);
      db.inTransaction(
          em -> {
            AuditTrail trail = new AuditTrail(em, java.util.Optional.ofNullable(key));
            trail.clock = Clock.fixed(at, ZoneOffset.UTC);
            trail.recordAll(entries);
            return null;
          });
    }
    return db.inTransaction(
        em -> new AuditTrail(em, java.util.Optional.ofNullable(key)).page(null, null, 0, 1000));
  }

  /** The head row: last sequence and hash. */
  static List<Object> head(JpaHarness db) {
    return db.inTransaction(
        em -> {
          Object[] r =
              (Object[])
                  em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
                      .getSingleResult();
          return List.of(((Number) r[0]).longValue(), r[1]);
        });
  }

  /**
   * The chain computed in Java from the events as given, without any database: what every database
   * must store.
   */
  static List<String> expectedHashes(String key) {
    byte[] k = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    long seq = 0;
    List<List<AuditTrail.Entry>> calls = calls();
    for (int i = 0; i < calls.size(); i++) {
      Instant at = timeOf(i).truncatedTo(ChronoUnit.MILLIS);
      for (AuditTrail.Entry e : calls.get(i)) {
        String summary =
            e.summary() == null || e.summary().length() <= 4000
                ? e.summary()
                : e.summary().substring(0, 3997) + "…";
        String actor =
            e.actor() == null ? "?" : e.actor().substring(0, Math.min(64, e.actor().length()));
        String id = e.entityId() == null ? null : String.valueOf(e.entityId());
        prev =
            AuditChain.hash(
                k, prev, ++seq, at, actor, e.action(), e.entity(), id, e.unitCode(), summary);
        out.add(prev);
      }
    }
    return out;
  }
}
